// Locale search: one locale's search index, made from the records of its documents: those
// rendered in this build, and for the rest the records the last build kept in the cache.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "output/build_cache.h"
#include "output/site_writer.h"
#include "pipeline/page_renderer.h"
#include "search/search_record.h"

namespace press::pipeline {

class LocaleSearch {
 public:
  LocaleSearch() = default;
  /// Reads the records the last build kept for `locale`.
  LocaleSearch(const std::string& locale, const output::BuildCache& previous);
  /// Whether the last build kept the record of the page written to `file` from inputs `key`:
  /// only then may the page be left unrendered.
  bool known(const std::string& file, const std::string& key) const;
  /// Writes the index of the document `jobs` into `writer` (when it changed), records its files
  /// in `cache`, and keeps the records for the next build. `rendered` holds, by job index, the
  /// records of the pages rendered now; `files` and `keys`, each job's file and key.
  /// False when a file could not be written.
  bool finish(const std::vector<PageJob>& jobs, std::vector<std::optional<search::SearchRecord>>& rendered,
              const std::vector<std::string>& files, const std::vector<std::string>& keys,
              const output::SiteWriter& writer, const output::BuildCache& previous, output::BuildCache& cache) const;

 private:
  std::string locale_;
  output::CacheTable table_;  // file → key, newline, record
};

}  // namespace press::pipeline
