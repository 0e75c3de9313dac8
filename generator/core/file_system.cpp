#include "core/file_system.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace press::core {

namespace fs = std::filesystem;

std::optional<std::string> DiskFileSystem::read_file(const std::string& path) const {
  // Sized from fstat, so a site's thousands of sources take exactly their bytes in memory, not
  // a growing stream buffer's slack.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat info {};
  std::optional<std::string> bytes;
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
    bytes.emplace(static_cast<size_t>(info.st_size), '\0');
    size_t done = 0;
    while (bytes && done < bytes->size()) {
      const ssize_t got = ::read(fd, bytes->data() + done, bytes->size() - done);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) bytes.reset();
      else if (got == 0) bytes->resize(done);  // the file shrank meanwhile
      else done += static_cast<size_t>(got);
    }
  }
  ::close(fd);
  return bytes;
}

namespace {

// Writes all of `bytes` to an open file and closes it; false if either fails.
bool write_and_close(int fd, std::string_view bytes) {
  if (fd < 0) return false;
  const char* data = bytes.data();
  size_t left = bytes.size();
  while (left > 0) {
    const ssize_t written = ::write(fd, data, left);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) break;
    data += written;
    left -= static_cast<size_t>(written);
  }
  return ::close(fd) == 0 && left == 0;
}

}  // namespace

bool DiskFileSystem::write_file(const std::string& path, std::string_view bytes) {
  // Open first and make the folders only when they are missing: a site writes thousands of
  // files, and checking every parent folder of each one cost more system calls than writing.
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0 && errno == ENOENT) {
    std::error_code ec;
    fs::create_directories(fs::path(path).parent_path(), ec);
    if (ec) return false;
    fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  }
  return write_and_close(fd, bytes);
}

std::vector<std::string> FileSystem::list_files(const std::string& dir) const {
  std::vector<std::string> names = list_files_unsorted(dir);
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> DiskFileSystem::list_files_unsorted(const std::string& dir) const {
  // readdir, not std::filesystem: a section folder holds thousands of files, and building a
  // path object for each one cost more than reading the folder.
  std::vector<std::string> names;
  DIR* folder = ::opendir(dir.c_str());
  if (!folder) return names;
  while (const dirent* entry = ::readdir(folder)) {
    bool regular = entry->d_type == DT_REG;
    if (entry->d_type == DT_UNKNOWN || entry->d_type == DT_LNK) {  // ask the file itself
      struct stat info {};
      regular = ::fstatat(::dirfd(folder), entry->d_name, &info, 0) == 0 && S_ISREG(info.st_mode);
    }
    if (regular) names.emplace_back(entry->d_name);
  }
  ::closedir(folder);
  return names;
}

bool DiskFileSystem::is_directory(const std::string& path) const {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

std::optional<FileStamp> DiskFileSystem::stamp(const std::string& path) const {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
  auto nanoseconds = [](const timespec& time) {
    return static_cast<uint64_t>(time.tv_sec) * 1000000000u + static_cast<uint64_t>(time.tv_nsec);
  };
  return FileStamp{static_cast<uint64_t>(info.st_size), nanoseconds(info.st_mtim), nanoseconds(info.st_ctim),
                   static_cast<uint64_t>(info.st_ino)};
}

std::optional<std::string> MemoryFileSystem::read_file(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

bool MemoryFileSystem::write_file(const std::string& path, std::string_view bytes) {
  files_[path] = std::string(bytes);
  written_at_[path] = ++writes_;
  return true;
}

std::optional<FileStamp> MemoryFileSystem::stamp(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return std::nullopt;
  return FileStamp{it->second.size(), written_at_.at(path), written_at_.at(path), 0};
}

std::vector<std::string> MemoryFileSystem::list_files_unsorted(const std::string& dir) const {
  std::vector<std::string> names;
  const std::string prefix = dir + '/';
  for (auto it = files_.lower_bound(prefix); it != files_.end(); ++it) {
    if (it->first.compare(0, prefix.size(), prefix) != 0) break;
    std::string rest = it->first.substr(prefix.size());
    if (rest.find('/') == std::string::npos) names.push_back(rest);
  }
  return names;
}

bool MemoryFileSystem::is_directory(const std::string& path) const {
  auto it = files_.lower_bound(path + '/');
  return it != files_.end() && it->first.compare(0, path.size() + 1, path + '/') == 0;
}

bool replace_file(const std::string& path, std::string_view bytes) {
  const std::string temporary = path + ".tmp" + std::to_string(::getpid());
  if (!DiskFileSystem().write_file(temporary, bytes)) return false;
  std::error_code ec;
  fs::rename(temporary, path, ec);
  return !ec;
}

bool append_to_file(const std::string& path, std::string_view bytes) {
  return write_and_close(::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC), bytes);
}

NewFile create_new_file(const std::string& path, std::string_view bytes) {
  // O_EXCL makes "is it there?" and "create it" one step: nothing written between the two can
  // be overwritten, and a link is never followed.
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return errno == EEXIST ? NewFile::exists : NewFile::failed;
  if (write_and_close(fd, bytes)) return NewFile::created;
  ::unlink(path.c_str());  // ours, made just now: half a file would only mislead
  return NewFile::failed;
}

std::string join_path(const std::string& a, const std::string& b) {
  if (a.empty() || a == ".") return b;
  if (a.back() == '/') return a + b;
  return a + '/' + b;
}

}  // namespace press::core
