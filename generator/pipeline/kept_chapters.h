// Kept chapters: which of a locale's e-book chapters the last build's book still holds, so
// their pages are not rendered again for the book, and the facts a new book is packed from.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "epub/zip_archive.h"
#include "output/build_cache.h"
#include "pipeline/book_builder.h"
#include "pipeline/page_renderer.h"

namespace press::pipeline {

class KeptChapters {
 public:
  KeptChapters() = default;
  /// Reads the last build's chapter facts and book entries for `locale`. A chapter counts as
  /// kept only while that book is still in the site as the last build recorded it, and its
  /// entry there still holds the bytes the last build stored (a book cut short or altered on
  /// disk since keeps nothing of what changed: those chapters are rendered again).
  /// `book_entries` holds each document job's entry in a book (`chapter_entry`).
  KeptChapters(const SiteContext& site, const std::string& locale, const std::vector<PageJob>& jobs,
               const std::vector<std::string>& book_entries, const output::BuildCache& previous);

  /// Whether job `j`'s chapter is in the last book under the key the last build saved.
  bool has(size_t j) const { return j < facts_.size() && !facts_[j].empty(); }
  /// The book's chapters: `rendered` now (by job index; empty when not rendered) and the rest
  /// kept. `changed` tells whether a chapter is new or differs from the one kept.
  BookChapters gather(const std::vector<std::string>& rendered, bool& changed) const;
  /// Saves every chapter's facts in `chapters` for the next build; false when it cannot.
  static bool save(const output::BuildCache& cache, const std::string& locale, const std::vector<PageJob>& jobs,
                   const BookChapters& chapters);

 private:
  bool stored_as_saved(const epub::ZipIndex& book, const std::string& entry) const;

  output::CacheTable facts_table_;  // the views below point into it
  output::CacheTable entries_;
  output::CacheTable stored_;  // the last book's entries' stored-bytes keys
  std::vector<std::string_view> facts_;  // by job index: the saved facts of a kept chapter
  bool needs_font_ = false;
  bool book_kept_ = false;  // the last book is in the site as the last build recorded it
};

}  // namespace press::pipeline
