// SiteWriter: writes a build into a fresh folder and swaps it in only when it succeeded.
#pragma once

#include <atomic>
#include <string>
#include <string_view>
#include <vector>

namespace press::output {

/// Stages output in `<out>.tmp` beside the target; `commit()` replaces `<out>` with it in
/// one rename, `discard()` (or destruction without commit) removes it, leaving `<out>` as it was.
/// An update (a rebuild that reuses the last one) stages only the files that changed; its
/// commit moves each into `<out>` and removes the files the build no longer makes.
class SiteWriter {
 public:
  explicit SiteWriter(std::string out_dir);
  ~SiteWriter();
  SiteWriter(const SiteWriter&) = delete;
  SiteWriter& operator=(const SiteWriter&) = delete;

  /// False when the staging folder cannot be made.
  bool open(std::string& error, bool update = false);
  /// Writes one file under the staging folder; safe to call from several threads at once.
  bool write(const std::string& relative_path, std::string_view bytes) const;
  /// Commits; an update also removes `removed` (paths below `<out>`).
  bool commit(std::string& error, const std::vector<std::string>& removed = {});
  void discard();
  const std::string& staging_dir() const { return staging_; }
  /// The published site, as the last build left it until `commit()`.
  const std::string& site_dir() const { return out_; }
  /// Counts a file that a library wrote straight into the staging folder (a zip, say).
  void count_external_file() const { ++files_written_; }
  int files_written() const { return files_written_; }

 private:
  std::string out_;
  std::string staging_;
  bool open_ = false;
  bool update_ = false;
  mutable std::atomic<int> files_written_{0};
};

}  // namespace press::output
