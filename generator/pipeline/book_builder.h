// Book builder: one locale's e-book, from the same document trees as its web pages.
#pragma once

#include <ctime>
#include <optional>
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

/// A locale's chapters by job index, none for pages that are not chapters. A chapter rendered
/// now has its document; one unchanged since the last build has only its facts, and is copied
/// from the last book, whose entries' keys `earlier_entries` holds (null when that book is not
/// in the site as the last build recorded it: then every entry is compressed anew).
struct BookChapters {
  std::vector<std::string_view> documents;
  std::vector<std::optional<epub::ChapterFacts>> facts;
  const output::CacheTable* earlier_entries = nullptr;
  const output::CacheTable* earlier_stored = nullptr;  // the last book's entries' stored-bytes keys
};

/// The e-book's path in the site, under the locale's folder: "downloads/<book>-<locale>.epub".
std::string book_file(const SiteContext& site, const std::string& locale);
/// A document's entry in its locale's e-book: "EPUB/text/<section>-<slug>.xhtml".
std::string chapter_entry(const PageJob& job);
/// Cache tables: a locale's chapter facts by page path, and its last book's entry keys.
std::string chapter_facts_table(const std::string& locale);
std::string book_entries_table(const std::string& locale);
std::string book_stored_table(const std::string& locale);

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
