#include "core/contained_path.h"

#include "core/file_system.h"

namespace press::core {

std::optional<std::string> contained_path(const std::string& root, std::string_view relative) {
  if (relative.empty() || relative.front() == '/') return std::nullopt;
  for (const unsigned char c : relative) {
    if (c < 0x20 || c == 0x7f || c == '\\') return std::nullopt;
  }
  size_t start = 0;
  while (start <= relative.size()) {
    const size_t end = std::min(relative.find('/', start), relative.size());
    const std::string_view segment = relative.substr(start, end - start);
    if (segment.empty() || segment == "." || segment == "..") return std::nullopt;
    start = end + 1;
  }
  return join_path(root, std::string(relative));
}

}  // namespace press::core
