#include "epub/zip_package.h"

#include <zip.h>

#include <memory>

#include "core/content_hash.h"
#include "core/mapped_file.h"

namespace press::epub {

namespace {

// The earlier package's entry `name`, still compressed, when its bytes had the same key.
zip_source_t* reusable_entry(zip_t* archive, zip_t* earlier_archive, const EarlierPackage& earlier,
                             const std::string& name, const std::string& key) {
  auto known = earlier.entry_keys->find(name);
  if (known == earlier.entry_keys->end() || known->second != key) return nullptr;
  const zip_int64_t index = zip_name_locate(earlier_archive, name.c_str(), ZIP_FL_ENC_UTF_8);
  // Offset 0 and length -1 take the compressed data as it is.
  return index < 0 ? nullptr : zip_source_zip(archive, earlier_archive, static_cast<zip_uint64_t>(index), 0, 0, -1);
}

}  // namespace

std::optional<std::string> pack_zip(const std::vector<PackageFile>& files, std::time_t modified, std::string& error,
                                    const EarlierPackage* earlier, std::map<std::string, std::string>* entry_keys) {
  // Made in memory: libzip's file output seeks and flushes around every entry, which cost more
  // than copying a thousand compressed chapters.
  zip_error_t failure;
  zip_error_init(&failure);
  zip_source_t* output = zip_source_buffer_create(nullptr, 0, 0, &failure);
  zip_t* archive = output ? zip_open_from_source(output, ZIP_TRUNCATE, &failure) : nullptr;
  if (!archive) {
    if (output) zip_source_free(output);
    zip_error_fini(&failure);
    error = "cannot make a zip package";
    return std::nullopt;
  }
  zip_source_keep(output);  // zip_close must leave the bytes to us
  // Without the earlier package every entry is simply compressed again. It is mapped, not read.
  std::unique_ptr<core::MappedFile> earlier_file;
  zip_t* earlier_archive = nullptr;
  if (earlier && earlier->entry_keys) {
    earlier_file = std::make_unique<core::MappedFile>(earlier->path);
    const std::string_view bytes = earlier_file->bytes();
    zip_source_t* source = *earlier_file ? zip_source_buffer_create(bytes.data(), bytes.size(), 0, &failure) : nullptr;
    earlier_archive = source ? zip_open_from_source(source, ZIP_RDONLY, &failure) : nullptr;
    if (source && !earlier_archive) zip_source_free(source);
  }
  zip_error_fini(&failure);
  auto fail = [&](const std::string& message) {
    error = message + ": " + zip_strerror(archive);
    zip_discard(archive);
    zip_source_free(output);
    if (earlier_archive) zip_discard(earlier_archive);
    return std::optional<std::string>();
  };
  for (const auto& file : files) {
    const std::string_view content = file.content();
    const std::string key = file.key.empty() ? core::ContentHash::of(content) : file.key;
    if (entry_keys) (*entry_keys)[file.path] = key;
    zip_source_t* reused = earlier_archive ? reusable_entry(archive, earlier_archive, *earlier, file.path, key) : nullptr;
    if (!reused && file.in_earlier_only) return fail("\"" + file.path + "\" is not in the earlier e-book");
    zip_source_t* source = reused ? reused : zip_source_buffer(archive, content.data(), content.size(), 0);
    const zip_int64_t index = source ? zip_file_add(archive, file.path.c_str(), source, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (source) zip_source_free(source);
      return fail("cannot add \"" + file.path + "\"");
    }
    // Set on reused entries too, for the same headers; data already in that method is copied.
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), file.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 6);
    zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), modified, 0);
    // Same permissions on every machine, whatever the umask.
    zip_file_set_external_attributes(archive, static_cast<zip_uint64_t>(index), 0, ZIP_OPSYS_UNIX,
                                     0100644u << 16);
  }
  // The earlier package is read while the new one is made, so it stays open until then.
  if (zip_close(archive) != 0) return fail("cannot finish the package");
  if (earlier_archive) zip_discard(earlier_archive);
  std::string bytes;
  zip_stat_t stat;
  bool made = zip_source_stat(output, &stat) == 0 && zip_source_open(output) == 0;
  if (made) {
    bytes.resize(stat.size);
    made = zip_source_read(output, bytes.data(), stat.size) == static_cast<zip_int64_t>(stat.size);
    zip_source_close(output);
  }
  zip_source_free(output);
  if (!made) {
    error = "cannot read the package back from memory";
    return std::nullopt;
  }
  return bytes;
}

}  // namespace press::epub
