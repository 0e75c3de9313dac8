// Book builder: one locale's e-book, from the same document trees as its web pages.
#pragma once

#include <ctime>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "epub/epub_book.h"
#include "output/build_cache.h"
#include "output/site_writer.h"
#include "pipeline/page_renderer.h"

namespace press::pipeline {

/// The date a book says it was modified: SOURCE_DATE_EPOCH when set (reproducible builds),
/// else the newest document date, so the same content always gives the same book.
std::time_t book_modified_time(const content::SiteContent& content);

/// A locale's chapters by job index: each document's content document, rendered now or kept
/// from the last build (empty for pages that are not chapters), and the content key of its
/// bytes.
struct BookChapters {
  std::vector<std::string_view> documents;
  std::vector<std::string> keys;
};

/// Writes `<locale>/downloads/<book>-<locale>.epub` from `chapters` and records its path and
/// size in `locale`; `key` gets the fingerprint of everything in it. A book the last build made
/// from the same is kept as it is, without looking at a chapter; one that changed takes its
/// unchanged entries from the last book still compressed (their keys are saved in `cache`).
/// Problems (a missing glyph) go to `diagnostics`.
epub::BookReport write_locale_book(const SiteContext& site, LocaleData& locale, const std::vector<PageJob>& jobs,
                                   const BookChapters& chapters, std::time_t modified,
                                   const output::SiteWriter& writer, const output::BuildCache& previous,
                                   const output::BuildCache& cache, std::string& key, core::Diagnostics& diagnostics);

}  // namespace press::pipeline
