// Output folder: the folder press builds into is its own, never the project or part of it, and
// one build at a time writes into it.
#pragma once

#include <iosfwd>
#include <string>

namespace press::output {

/// A file press puts at the top of every site it writes, so that a later build knows the
/// folder is press's to replace.
inline constexpr const char* kOutputMarker = ".press-site";

/// Why `out_dir` must not be the output folder of the project at `source_dir`, or empty when
/// it may: not the project itself, not a folder that contains it, not inside its content/,
/// translations/, themes/ or .git/, and not a non-empty folder that press did not make.
/// Nothing is touched.
std::string refuse_output_folder(const std::string& source_dir, const std::string& out_dir);

/// An exclusive lock on `<out>.lock`, held while the object lives. A second build into the
/// same folder waits for the first (saying so once on `err`); a lock of a build that was
/// killed goes with its process, so it never blocks.
class OutputLock {
 public:
  OutputLock(const std::string& out_dir, std::ostream& err);
  ~OutputLock();
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;
  /// False when the lock file could not be opened (then `error` says why).
  bool held() const { return fd_ >= 0; }
  const std::string& error() const { return error_; }

 private:
  int fd_ = -1;
  std::string error_;
};

}  // namespace press::output
