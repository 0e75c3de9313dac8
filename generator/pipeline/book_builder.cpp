#include "pipeline/book_builder.h"

#include <cstdlib>

#include "core/content_hash.h"
#include "core/mapped_file.h"
#include "i18n/ui_messages.h"

namespace press::pipeline {

std::time_t book_modified_time(const content::SiteContent& content) {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    return static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  }
  std::string newest = "1970-01-01";
  for (const content::Page* page : content.pages()) newest = std::max(newest, page->front.date);
  std::tm day{};
  day.tm_year = std::stoi(newest.substr(0, 4)) - 1900;
  day.tm_mon = std::stoi(newest.substr(5, 2)) - 1;
  day.tm_mday = std::stoi(newest.substr(8, 2));
  return timegm(&day);
}

namespace {

// Everything a book is made of: its texts, stylesheet, date and each chapter, by the key of
// its bytes.
std::string book_key(const epub::BookInput& book) {
  core::ContentHash hash;
  hash.add(book.locale).add(book.dir).add(book.title).add(book.subtitle).add(book.identifier)
      .add(static_cast<uint64_t>(book.modified)).add(book.stylesheet);
  for (const std::string* text : {&book.text.contents, &book.text.cover, &book.text.start, &book.text.landmarks,
                                  &book.text.font_licence, &book.text.accessibility_summary}) {
    hash.add(*text);
  }
  for (const auto& image : book.images) hash.add(image.name).add(image.media_type).add(image.bytes);
  for (const auto& section : book.sections) {
    hash.add(section.title);
    for (const auto& chapter : section.chapters) {
      hash.add(chapter.file).add(chapter.title).add(chapter.title_lang).add(chapter.facts->key);
    }
  }
  return hash.hex();
}

// A chapter's file inside the package's EPUB/ folder.
std::string chapter_file(const PageJob& job) {
  // Made for every chapter of every book on every build: one allocation, not four.
  std::string file;
  file.reserve(12 + job.section->id.size() + job.page->slug.size());
  return file.append("text/").append(job.section->id).append("-").append(job.page->slug).append(".xhtml");
}

}  // namespace

std::string book_file(const SiteContext& site, const std::string& locale) {
  return "downloads/" + site.config.book + "-" + locale + ".epub";
}

std::string chapter_entry(const PageJob& job) { return "EPUB/" + chapter_file(job); }
std::string chapter_facts_table(const std::string& locale) { return "chapter-facts-" + locale; }
std::string book_entries_table(const std::string& locale) { return "book-entries-" + locale; }
std::string book_stored_table(const std::string& locale) { return "book-stored-" + locale; }

namespace {

// In the stored-bytes table, the key of the whole book under a name no entry can have.
constexpr const char* kWholeBook = "";

// Whether the book at `path` is, byte for byte, the one the last build wrote: one cut short
// or altered on disk since is packed again.
bool book_as_saved(const std::string& path, const output::CacheTable* stored) {
  if (!stored) return false;
  const auto saved = stored->entries.find(kWholeBook);
  const core::MappedFile book(path);
  return saved != stored->entries.end() && book && saved->second == core::ContentHash::of(book.bytes());
}

}  // namespace

epub::BookReport write_locale_book(const SiteContext& site, LocaleData& locale, const std::vector<PageJob>& jobs,
                                   const BookChapters& chapters, std::time_t modified,
                                   const output::SiteWriter& writer, const output::BuildCache& previous,
                                   const output::BuildCache& cache, std::string& key, core::Diagnostics& diagnostics) {
  const i18n::UiText& ui = locale.catalogs->ui;
  auto t = [&](const char* source) { return std::string(ui.translate(source)); };
  epub::BookInput book;
  book.locale = locale.info.tag;
  book.dir = locale.info.dir;
  book.title = t(site.config.title.c_str());
  book.subtitle = t(i18n::msg::book_subtitle);
  book.identifier = epub::stable_uuid(site.config.base_url + "#" + locale.info.tag);
  book.modified = modified;
  book.stylesheet = site.theme.epub_stylesheet;
  if (site.images) {
    for (const auto& [name, image] : *site.images) book.images.push_back({name, image.media_type, image.bytes});
  }
  book.text = {t(i18n::msg::book_contents), t(i18n::msg::book_cover),       t(i18n::msg::book_start),
               t(i18n::msg::book_landmarks), t(i18n::msg::book_font_licence), t(i18n::msg::book_accessibility)};
  for (const auto& section : site.content.sections) {
    if (!section.index.source) continue;
    epub::BookSection part;
    part.title = std::string(locale.fronts.at(&section.index).title);
    for (size_t i = 0; i < jobs.size(); ++i) {
      if (jobs[i].section != &section || jobs[i].kind != PageJob::Kind::document || !chapters.facts[i]) continue;
      const LocalizedFront& front = locale.fronts.at(jobs[i].page);
      part.chapters.push_back({chapter_file(jobs[i]), std::string(front.title),
                               front.title_untranslated ? site.config.source_locale : "", chapters.documents[i],
                               &*chapters.facts[i]});
    }
    book.sections.push_back(std::move(part));
  }

  epub::BookReport report;
  const std::string relative = book_file(site, locale.info.tag);
  key = book_key(book);
  const std::string site_path = locale.info.tag + "/" + relative;
  if (previous.unchanged(site_path, key) && book_as_saved(previous.site_path(site_path), chapters.earlier_stored)) {
    locale.book_file = relative;
    locale.book_bytes = previous.file_size(site_path);
    return report;
  }
  auto files = epub::package_book(book, report, diagnostics);
  if (!files) return report;
  const bool has_earlier = chapters.earlier_entries != nullptr && chapters.earlier_stored != nullptr;
  const epub::EarlierPackage earlier{writer.site_dir() + "/" + site_path,
                                     has_earlier ? &chapters.earlier_entries->entries : nullptr,
                                     has_earlier ? &chapters.earlier_stored->entries : nullptr};
  std::map<std::string, std::string> entry_keys;
  std::string error;
  const auto bytes = epub::pack_zip(*files, modified, error, has_earlier ? &earlier : nullptr, &entry_keys);
  if (!bytes || !writer.write(site_path, *bytes)) {
    diagnostics.error(writer.site_dir() + "/" + site_path, bytes ? "cannot write the e-book" : error);
    return report;
  }
  std::map<std::string_view, std::string_view> entries(entry_keys.begin(), entry_keys.end());
  entries.emplace("", key);
  // Without them the next book is simply compressed whole again.
  cache.save_table(book_entries_table(locale.info.tag), entries);
  std::map<std::string, std::string> stored = epub::stored_keys_of(*bytes);
  stored.emplace(kWholeBook, core::ContentHash::of(*bytes));
  cache.save_table(book_stored_table(locale.info.tag),
                   std::map<std::string_view, std::string_view>(stored.begin(), stored.end()));
  locale.book_file = relative;
  locale.book_bytes = bytes->size();
  return report;
}

}  // namespace press::pipeline
