#include "pipeline/kept_chapters.h"

#include <map>

#include "core/content_hash.h"
#include "core/mapped_file.h"
#include "epub/chapter_facts.h"
#include "epub/font_subset.h"

namespace press::pipeline {

KeptChapters::KeptChapters(const SiteContext& site, const std::string& locale, const std::vector<PageJob>& jobs,
                           const std::vector<std::string>& book_entries, const output::BuildCache& previous)
    : facts_table_(previous.load_table(chapter_facts_table(locale))),
      entries_(previous.load_table(book_entries_table(locale))),
      stored_(previous.load_table(book_stored_table(locale))),
      facts_(jobs.size()),
      needs_font_(epub::font_for_locale(locale).has_value()) {
  const auto book = entries_.entries.find("");
  book_kept_ = book != entries_.entries.end() &&
               previous.unchanged(locale + "/" + book_file(site, locale), std::string(book->second));
  if (!book_kept_) return;  // no book to copy chapters from: every chapter is made again
  const core::MappedFile earlier_book(previous.site_path(locale + "/" + book_file(site, locale)));
  const epub::ZipIndex in_book(earlier_book.bytes());
  for (size_t j = 0; j < jobs.size(); ++j) {
    if (jobs[j].kind != PageJob::Kind::document) continue;
    auto facts = facts_table_.entries.find(jobs[j].path);
    auto entry = entries_.entries.find(book_entries[j]);
    if (facts != facts_table_.entries.end() && entry != entries_.entries.end() &&
        epub::ChapterFacts::in_book(facts->second, entry->second, needs_font_) &&
        stored_as_saved(in_book, book_entries[j])) {
      facts_[j] = facts->second;
    }
  }
}

bool KeptChapters::stored_as_saved(const epub::ZipIndex& book, const std::string& entry) const {
  const epub::ZipEntry* found = book.find(entry);
  auto saved = stored_.entries.find(entry);
  return found && saved != stored_.entries.end() && saved->second == core::ContentHash::of(found->compressed);
}

BookChapters KeptChapters::gather(const std::vector<std::string>& rendered, bool& changed) const {
  BookChapters chapters{std::vector<std::string_view>(rendered.size()),
                        std::vector<std::optional<epub::ChapterFacts>>(rendered.size()),
                        book_kept_ ? &entries_ : nullptr, book_kept_ ? &stored_ : nullptr};
  changed = false;
  for (size_t j = 0; j < rendered.size(); ++j) {
    if (!rendered[j].empty()) {
      chapters.documents[j] = rendered[j];
      chapters.facts[j] = epub::chapter_facts(rendered[j], needs_font_);
      changed = changed || !epub::ChapterFacts::in_book(has(j) ? facts_[j] : "", chapters.facts[j]->key, needs_font_);
    } else if (has(j)) {
      chapters.facts[j] = epub::ChapterFacts::parse(facts_[j]);
    }
  }
  return chapters;
}

bool KeptChapters::save(const output::BuildCache& cache, const std::string& locale, const std::vector<PageJob>& jobs,
                        const BookChapters& chapters) {
  std::vector<std::string> records(jobs.size());
  std::map<std::string_view, std::string_view> table;
  for (size_t j = 0; j < jobs.size(); ++j) {
    if (!chapters.facts[j]) continue;
    records[j] = chapters.facts[j]->serialize();
    table.emplace(jobs[j].path, records[j]);
  }
  return cache.save_table(chapter_facts_table(locale), table);
}

}  // namespace press::pipeline
