#include "serve/request_path.h"

#include <filesystem>

#include "core/project_links.h"

namespace press::serve {

namespace fs = std::filesystem;

namespace {

// A path made only of plain names: no way up, no other spelling of the same file.
bool is_plain_path(const std::string& path) {
  if (path.empty() || path[0] != '/') return false;
  for (const char c : path) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f || c == '\\') return false;
  }
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    const std::string_view segment(path.data() + start, end - start);
    if (segment == "." || segment == "..") return false;
    if (segment.empty() && end != path.size()) return false;  // "//": no empty names inside
    start = end + 1;
  }
  return true;
}

}  // namespace

ResolvedRequest resolve_request_path(const std::string& site_dir, const std::string& path) {
  ResolvedRequest resolved;
  if (!is_plain_path(path)) return resolved;
  std::error_code ec;
  const fs::path root = fs::canonical(site_dir, ec);
  if (ec) return resolved;
  fs::path target = root / fs::path(path.substr(1));
  const bool names_folder = path.back() == '/';
  if (fs::is_directory(target, ec)) {
    if (!names_folder) {
      resolved.kind = ResolvedRequest::Kind::folder_redirect;
      return resolved;
    }
    target /= "index.html";
  } else if (names_folder) {
    return resolved;
  }
  const fs::path real = fs::canonical(target, ec);
  if (ec || !fs::is_regular_file(real, ec) || !core::path_is_within(real.string(), root.string())) return resolved;
  resolved.kind = ResolvedRequest::Kind::file;
  resolved.file = real.string();
  return resolved;
}

}  // namespace press::serve
