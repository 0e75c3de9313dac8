#include "epub/zip_package.h"

#include <zip.h>

#include <filesystem>

namespace press::epub {

bool write_zip(const std::vector<PackageFile>& files, const std::string& path, std::time_t modified,
               std::string& error) {
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  int status = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &status);
  if (!archive) {
    error = "cannot create \"" + path + "\"";
    return false;
  }
  for (const auto& file : files) {
    zip_source_t* source = zip_source_buffer(archive, file.bytes.data(), file.bytes.size(), 0);
    const zip_int64_t index = source ? zip_file_add(archive, file.path.c_str(), source, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (source) zip_source_free(source);
      error = "cannot add \"" + file.path + "\" to \"" + path + "\": " + zip_strerror(archive);
      zip_discard(archive);
      return false;
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index),
                             file.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 6);
    zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), modified, 0);
    // Same permissions on every machine, whatever the umask.
    zip_file_set_external_attributes(archive, static_cast<zip_uint64_t>(index), 0, ZIP_OPSYS_UNIX,
                                     0100644u << 16);
  }
  if (zip_close(archive) != 0) {
    error = "cannot write \"" + path + "\": " + zip_strerror(archive);
    zip_discard(archive);
    return false;
  }
  return true;
}

}  // namespace press::epub
