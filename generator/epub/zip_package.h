// Zip package: an EPUB's files written with libzip, byte for byte the same on every run.
#pragma once

#include <ctime>
#include <string>
#include <vector>

namespace press::epub {

struct PackageFile {
  std::string path;   // inside the package, e.g. "EPUB/package.opf"
  std::string bytes;
  bool stored = false;  // stored without compression (the `mimetype` file must be)
};

/// Writes `files` in the given order, every entry dated `modified`, so the same input and the
/// same time give an identical file. False (with `error`) on failure.
bool write_zip(const std::vector<PackageFile>& files, const std::string& path, std::time_t modified,
               std::string& error);

}  // namespace press::epub
