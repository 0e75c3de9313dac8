#include "epub/zip_package.h"

#include <memory>

#include "core/content_hash.h"
#include "core/mapped_file.h"
#include "epub/zip_archive.h"

namespace press::epub {

std::optional<std::string> pack_zip(const std::vector<PackageFile>& files, std::time_t modified, std::string& error,
                                    const EarlierPackage* earlier, std::map<std::string, std::string>* entry_keys) {
  // Without the earlier package every entry is simply compressed again. It is mapped, not read.
  std::unique_ptr<core::MappedFile> earlier_file;
  std::unique_ptr<ZipIndex> earlier_entries;
  if (earlier && earlier->entry_keys) {
    earlier_file = std::make_unique<core::MappedFile>(earlier->path);
    earlier_entries = std::make_unique<ZipIndex>(earlier_file->bytes());
  }
  // The earlier package's entry `name`, still compressed, when its bytes had the same key and
  // it is stored the same way.
  auto reusable = [&](const PackageFile& file, const std::string& key) -> const ZipEntry* {
    if (!earlier_entries || !earlier->stored_keys) return nullptr;
    auto known = earlier->entry_keys->find(file.path);
    if (known == earlier->entry_keys->end() || known->second != key) return nullptr;
    const ZipEntry* entry = earlier_entries->find(file.path);
    if (!entry || (entry->method == 0) != file.stored) return nullptr;
    auto stored = earlier->stored_keys->find(file.path);
    return stored != earlier->stored_keys->end() && stored->second == core::ContentHash::of(entry->compressed) ? entry
                                                                                                             : nullptr;
  };
  ZipWriter archive(modified);
  if (earlier_file) archive.reserve(earlier_file->bytes().size() + earlier_file->bytes().size() / 8);
  for (const auto& file : files) {
    const std::string_view content = file.content();
    const std::string key = file.key.empty() ? core::ContentHash::of(content) : file.key;
    if (entry_keys) (*entry_keys)[file.path] = key;
    if (const ZipEntry* entry = reusable(file, key)) {
      archive.copy(file.path, *entry);
    } else if (file.in_earlier_only) {
      error = "\"" + file.path + "\" is not in the earlier e-book";
      return std::nullopt;
    } else if (!archive.add(file.path, content, file.stored)) {
      error = "cannot compress \"" + file.path + "\"";
      return std::nullopt;
    }
  }
  auto bytes = archive.finish();
  if (!bytes) error = "the e-book is too large for a zip package without zip64";
  return bytes;
}

std::map<std::string, std::string> stored_keys_of(std::string_view archive) {
  std::map<std::string, std::string> keys;
  const ZipIndex index(archive);
  for (const auto& [name, entry] : index.entries()) keys.emplace(name, core::ContentHash::of(entry.compressed));
  return keys;
}

}  // namespace press::epub
