// FileSystem: the one door to disk, with an in-memory twin so tests stay off the disk.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace press::core {

/// What tells one version of a file from another without reading it: size, modification and
/// status-change times in nanoseconds, and inode. Any write changes the status-change time,
/// which no tool can set back, so equal stamps mean the same bytes.
struct FileStamp {
  uint64_t size = 0;
  uint64_t modified_ns = 0;
  uint64_t changed_ns = 0;
  uint64_t inode = 0;
  bool operator==(const FileStamp&) const = default;
};

/// Reads and writes whole files by '/'-separated path. Errors come back as values.
class FileSystem {
 public:
  virtual ~FileSystem() = default;
  /// The file's bytes, or nothing when it cannot be read.
  virtual std::optional<std::string> read_file(const std::string& path) const = 0;
  /// Writes the file, creating parent folders; false when that fails.
  virtual bool write_file(const std::string& path, std::string_view bytes) = 0;
  /// Names of regular files directly inside `dir`, sorted; empty when there is no such folder.
  std::vector<std::string> list_files(const std::string& dir) const;
  /// The same names in the order the folder gives them: a caller that orders what it makes of
  /// them need not pay for sorting thousands of names.
  virtual std::vector<std::string> list_files_unsorted(const std::string& dir) const = 0;
  virtual bool is_directory(const std::string& path) const = 0;
  /// The file's stamp, or nothing when there is no such file.
  virtual std::optional<FileStamp> stamp(const std::string& path) const = 0;
};

class DiskFileSystem final : public FileSystem {
 public:
  std::optional<std::string> read_file(const std::string& path) const override;
  bool write_file(const std::string& path, std::string_view bytes) override;
  std::vector<std::string> list_files_unsorted(const std::string& dir) const override;
  bool is_directory(const std::string& path) const override;
  std::optional<FileStamp> stamp(const std::string& path) const override;
};

/// Files held in a map; folders exist implicitly wherever a file path passes through them.
class MemoryFileSystem final : public FileSystem {
 public:
  std::optional<std::string> read_file(const std::string& path) const override;
  bool write_file(const std::string& path, std::string_view bytes) override;
  std::vector<std::string> list_files_unsorted(const std::string& dir) const override;
  bool is_directory(const std::string& path) const override;
  /// The size and how many writes the map has seen when the file was last written.
  std::optional<FileStamp> stamp(const std::string& path) const override;
  const std::map<std::string, std::string>& files() const { return files_; }

 private:
  std::map<std::string, std::string> files_;
  std::map<std::string, uint64_t> written_at_;
  uint64_t writes_ = 0;
};

/// Writes `path` whole or not at all: beside it first, then renamed over it, so a reader (or a
/// concurrent build) never sees half a file. Makes missing folders; false when it cannot.
bool replace_file(const std::string& path, std::string_view bytes);

/// Adds `bytes` at the end of an existing file, in one write. A reader must be able to tell a
/// cut-off end (the machine stopped halfway) from a whole one.
bool append_to_file(const std::string& path, std::string_view bytes);

/// What `create_new_file` did.
enum class NewFile { created, exists, failed };

/// Creates `path` with `bytes`, making missing folders, but never over anything already there (a
/// file, a folder, a link, even one that leads nowhere): then `exists`, and nothing is written.
NewFile create_new_file(const std::string& path, std::string_view bytes);

/// Joins two path parts with one '/'.
std::string join_path(const std::string& a, const std::string& b);

}  // namespace press::core
