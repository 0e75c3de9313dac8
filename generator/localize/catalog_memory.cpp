#include "localize/catalog_memory.h"

namespace press::localize {

const CatalogMemory::Entry* CatalogMemory::find(const std::string& path, const core::FileStamp& file,
                                                const core::FileStamp& terminology) const {
  std::lock_guard<std::mutex> lock(mutex_);
  const auto it = kept_.find(path);
  if (it == kept_.end() || !(it->second.file == file) || !(it->second.terminology == terminology)) return nullptr;
  return &it->second.entry;
}

void CatalogMemory::keep(const std::string& path, const core::FileStamp& file, const core::FileStamp& terminology,
                         Entry entry) {
  std::lock_guard<std::mutex> lock(mutex_);
  kept_[path] = Kept{file, terminology, std::move(entry)};
}

}  // namespace press::localize
