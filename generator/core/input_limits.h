// Input limits: the largest project file press reads, by kind. Each is far above any real one
// (the largest catalog today is 31 KB) and keeps one hostile file from holding the memory of
// every locale's copy of it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostics.h"
#include "core/file_system.h"

namespace press::core {

inline constexpr uint64_t kMaxContentFileBytes = 1 << 20;  // a Markdown document
inline constexpr uint64_t kMaxCatalogBytes = 4 << 20;      // a PO catalog
inline constexpr uint64_t kMaxChartFileBytes = 256 << 10;  // an infographic's YAML
inline constexpr uint64_t kMaxImageBytes = 1 << 20;        // a local image: readers on little bandwidth

/// The file's bytes when it is at most `limit` long. A longer one is reported ("<what> is N
/// bytes; at most M are read: split it") without being read; one that cannot be read is
/// reported as "cannot read <what>".
std::optional<std::string> read_within_limit(const FileSystem& fs, const std::string& path, uint64_t limit,
                                             std::string_view what, Diagnostics& diagnostics);

}  // namespace press::core
