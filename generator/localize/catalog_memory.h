// Catalog memory: page catalogs as the last build read and checked them, kept in memory by a
// process that builds again and again (`press serve`), so that a build re-reads only the
// catalogs whose files changed. A large site has thousands; reading them is most of a rebuild.
#pragma once

#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "localize/localized_page.h"

namespace press::localize {

class CatalogMemory {
 public:
  /// What reading one page catalog gave: its published translations, its fuzzy keys and the
  /// problems found in it, reported again each time the catalog is used.
  struct Entry {
    bool readable = false;  // false: only `diagnostics` say anything
    Translations translations;
    std::unordered_set<std::string> fuzzy;
    core::Diagnostics diagnostics;
  };
  /// The entry kept for `path`, if the file and the terminology it was checked with are the
  /// same as then (by size, times and inode).
  const Entry* find(const std::string& path, const core::FileStamp& file,
                    const core::FileStamp& terminology) const;
  void keep(const std::string& path, const core::FileStamp& file, const core::FileStamp& terminology, Entry entry);

 private:
  struct Kept {
    core::FileStamp file;
    core::FileStamp terminology;
    Entry entry;
  };
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Kept> kept_;
};

}  // namespace press::localize
