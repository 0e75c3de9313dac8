#include "epub/zip_package.h"

#include <zip.h>

#include <filesystem>

#include "core/content_hash.h"

namespace press::epub {

namespace {

// The earlier package's entry `name`, still compressed, when its bytes had the same key.
zip_source_t* reusable_entry(zip_t* archive, zip_t* earlier_archive, const EarlierPackage& earlier,
                             const std::string& name, const std::string& key) {
  auto known = earlier.entry_keys.find(name);
  if (known == earlier.entry_keys.end() || known->second != key) return nullptr;
  const zip_int64_t index = zip_name_locate(earlier_archive, name.c_str(), ZIP_FL_ENC_UTF_8);
  // Offset 0 and length -1 take the compressed data as it is.
  return index < 0 ? nullptr : zip_source_zip(archive, earlier_archive, static_cast<zip_uint64_t>(index), 0, 0, -1);
}

}  // namespace

bool write_zip(const std::vector<PackageFile>& files, const std::string& path, std::time_t modified,
               std::string& error, const EarlierPackage* earlier, std::map<std::string, std::string>* entry_keys) {
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  int status = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &status);
  if (!archive) {
    error = "cannot create \"" + path + "\"";
    return false;
  }
  // Without the earlier package every entry is simply compressed again.
  zip_t* earlier_archive = earlier ? zip_open(earlier->path.c_str(), ZIP_RDONLY, &status) : nullptr;
  auto fail = [&](const std::string& message) {
    error = message + ": " + zip_strerror(archive);
    zip_discard(archive);
    if (earlier_archive) zip_discard(earlier_archive);
    return false;
  };
  for (const auto& file : files) {
    const std::string_view content = file.content();
    const std::string key = core::ContentHash::of(content);
    if (entry_keys) (*entry_keys)[file.path] = key;
    zip_source_t* reused = earlier_archive ? reusable_entry(archive, earlier_archive, *earlier, file.path, key) : nullptr;
    zip_source_t* source = reused ? reused : zip_source_buffer(archive, content.data(), content.size(), 0);
    const zip_int64_t index = source ? zip_file_add(archive, file.path.c_str(), source, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (source) zip_source_free(source);
      return fail("cannot add \"" + file.path + "\" to \"" + path + "\"");
    }
    // Set on reused entries too, for the same headers; data already in that method is copied.
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), file.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 6);
    zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), modified, 0);
    // Same permissions on every machine, whatever the umask.
    zip_file_set_external_attributes(archive, static_cast<zip_uint64_t>(index), 0, ZIP_OPSYS_UNIX,
                                     0100644u << 16);
  }
  // The earlier package is read while the new one is written, so it stays open until then.
  if (zip_close(archive) != 0) return fail("cannot write \"" + path + "\"");
  if (earlier_archive) zip_discard(earlier_archive);
  return true;
}

}  // namespace press::epub
