// What every fuzz target shares: the input as text, and a file to hand it to readers that take
// a path (libgettextpo and libxml2 read catalogs and XLIFF from disk).
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "config/site_config.h"

namespace press::fuzz {

inline std::string text_of(const uint8_t* data, size_t size) { return std::string(reinterpret_cast<const char*>(data), size); }

/// The input written to a file of this process's own, named with `suffix`.
inline std::string as_file(const uint8_t* data, size_t size, const char* suffix) {
  const std::string path = "/tmp/press-fuzz-" + std::to_string(getpid()) + suffix;
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data),
                                                                static_cast<std::streamsize>(size));
  return path;
}

/// A configuration that knows one report, `id`, so that a document or chart may cite it.
inline config::SiteConfig config_with_report(const char* id, const char* date) {
  config::SiteConfig config;
  config.reports.push_back({id, "A report", date});
  return config;
}

}  // namespace press::fuzz
