#include "core/input_limits.h"

namespace press::core {

std::optional<std::string> read_within_limit(const FileSystem& fs, const std::string& path, uint64_t limit,
                                             std::string_view what, Diagnostics& diagnostics) {
  if (const auto stamp = fs.stamp(path); stamp && stamp->size > limit) {
    diagnostics.error(path, std::string(what) + " is " + std::to_string(stamp->size) + " bytes; at most " +
                                std::to_string(limit) + " are read: split it");
    return std::nullopt;
  }
  auto bytes = fs.read_file(path);
  if (!bytes) diagnostics.error(path, "cannot read " + std::string(what));
  return bytes;
}

}  // namespace press::core
