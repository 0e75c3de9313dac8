#include "core/file_system.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace press::core {

namespace fs = std::filesystem;

std::optional<std::string> DiskFileSystem::read_file(const std::string& path) const {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(buffer).str();
}

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

std::vector<std::string> DiskFileSystem::list_files(const std::string& dir) const {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

bool DiskFileSystem::is_directory(const std::string& path) const {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

std::optional<std::string> MemoryFileSystem::read_file(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

bool MemoryFileSystem::write_file(const std::string& path, std::string_view bytes) {
  files_[path] = std::string(bytes);
  return true;
}

std::vector<std::string> MemoryFileSystem::list_files(const std::string& dir) const {
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

std::string join_path(const std::string& a, const std::string& b) {
  if (a.empty() || a == ".") return b;
  if (a.back() == '/') return a + b;
  return a + '/' + b;
}

}  // namespace press::core
