// MappedFile: a file's bytes mapped read-only, so large cached data is looked into, not copied.
#pragma once

#include <string>
#include <string_view>

namespace press::core {

/// Maps a whole file read-only. The bytes stay valid while the object lives, even if the file
/// is replaced by a rename meanwhile. An unreadable or empty file gives empty bytes.
class MappedFile {
 public:
  explicit MappedFile(const std::string& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }
  explicit operator bool() const { return data_ != nullptr; }

 private:
  void* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace press::core
