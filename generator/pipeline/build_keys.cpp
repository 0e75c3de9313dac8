#include "pipeline/build_keys.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "core/content_hash.h"
#include "core/file_system.h"
#include "i18n/locale_format.h"
#include "localize/locale_catalogs.h"
#include "theme/theme.h"

namespace press::pipeline {

namespace fs = std::filesystem;

namespace {

// Bump when a change to press alters output without changing the executable's size or time.
constexpr uint64_t kKeyVersion = 1;

void add_file(core::ContentHash& hash, const std::string& path) {
  hash.add(path).add(core::DiskFileSystem().read_file(path).value_or(std::string()));
}

void add_front(core::ContentHash& hash, const LocaleData& locale, const content::Page& page) {
  const LocalizedFront& front = locale.fronts.at(&page);
  hash.add(front.title).add(front.summary).add(uint64_t{front.title_untranslated})
      .add(uint64_t{front.summary_untranslated}).add(page.front.date).add(page.slug)
      .add(static_cast<uint64_t>(page.front.order));
}

// A page's own text in the locale: its source, a whole-file translation, its catalog.
void add_page_text(core::ContentHash& hash, const SiteContext& site, const LocaleData& locale,
                   const content::Page& page) {
  // File keys stand for the texts, which need not be read to be compared.
  const content::Page* whole = site.content.whole_file_translation(locale.info.tag, page);
  if (whole) {
    // A whole-file translation shows its own text under the source's date, sources and
    // themes: an edit to the source's body leaves that page as it was.
    const content::FrontMatter& source = page.front;
    hash.add(source.title).add(source.summary).add(source.date).add(static_cast<uint64_t>(source.order));
    for (const auto* list : {&source.sources, &source.themes}) {
      hash.add(static_cast<uint64_t>(list->size()));
      for (const auto& id : *list) hash.add(id);
    }
    hash.add(whole->file_key);
    return;
  }
  hash.add(page.file_key).add(std::string_view());
  add_translations(hash, locale.catalogs->page(localize::catalog_name(page)));
}

// What every page of a locale shows around its content: the navigation and breadcrumb names.
std::string navigation_key(const SiteContext& site, const LocaleData& locale, const std::string& site_key) {
  core::ContentHash hash;
  hash.add(site_key).add(locale.info.tag);
  if (site.content.home.source) add_front(hash, locale, site.content.home);
  for (const auto& section : site.content.sections) {
    if (section.index.source) add_front(hash, locale, section.index);
  }
  return hash.hex();
}

}  // namespace

void add_translations(core::ContentHash& hash, const localize::Translations* translations) {
  if (!translations) return hash.add(uint64_t{0}), void();
  std::vector<const std::pair<const std::string, std::string>*> entries;
  for (const auto& entry : *translations) entries.push_back(&entry);
  std::sort(entries.begin(), entries.end(), [](auto* a, auto* b) { return a->first < b->first; });
  for (const auto* entry : entries) hash.add(entry->first).add(entry->second);
}

std::string executable_key() {
  core::ContentHash hash;
  hash.add(kKeyVersion);
  std::error_code ec;
  const auto executable = fs::read_symlink("/proc/self/exe", ec);
  hash.add(static_cast<uint64_t>(fs::file_size(executable, ec)));
  hash.add(static_cast<uint64_t>(fs::last_write_time(executable, ec).time_since_epoch().count()));
  return hash.hex();
}

std::string site_inputs_key(const std::string& root, const SourceSite& site) {
  core::ContentHash hash;
  hash.add(executable_key());
  add_file(hash, core::join_path(root, "press.yaml"));
  const std::string theme = theme::theme_dir(root, site.config.theme);
  // The stylesheet is a file of its own that pages link to: an edit to it rewrites that file
  // (and the 404 page, which inlines it), not every page.
  for (const auto& name : core::DiskFileSystem().list_files(theme)) {
    if (name != theme::kStylesheetFile) add_file(hash, core::join_path(theme, name));
  }
  for (const auto& locale : site.config.locales) {
    for (const char* catalog : {"ui", localize::LocaleCatalogs::kInfographicsCatalog,
                                localize::LocaleCatalogs::kGlossaryCatalog}) {
      add_file(hash, localize::catalog_path(root, locale, catalog));
    }
  }
  for (const auto& [name, infographic] : site.infographics) hash.add(name).add(infographic.source->text());
  // Every page marks the glossary's abbreviations, and the glossary page shows it all.
  if (site.glossary.source) hash.add(site.glossary.source->text());
  // Whether a page's image is there decides whether the page builds: a changed image redoes all.
  for (const auto& [name, image] : site.images) hash.add(name).add(image.bytes);
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  hash.add(epoch ? epoch : "");
  // A build with drafts lists them and marks their pages: the next build without them redoes all.
  hash.add(uint64_t{site.content.drafts == content::Drafts::included});
  return hash.hex();
}

std::vector<std::string> section_listing_keys(const SiteContext& site, const LocaleData& locale) {
  std::vector<std::string> keys;
  keys.reserve(site.content.sections.size());
  for (const auto& section : site.content.sections) {
    core::ContentHash hash;
    for (const auto& page : section.documents) add_front(hash, locale, page);
    keys.push_back(hash.hex());
  }
  return keys;
}

std::vector<std::string> page_keys(const std::vector<PageJob>& jobs, const SiteContext& site,
                                   const LocaleData& locale, const std::string& site_key,
                                   const std::vector<std::string>& listings) {
  const std::string navigation = navigation_key(site, locale, site_key);
  std::vector<std::string> keys(jobs.size());
  for (size_t i = 0; i < jobs.size(); ++i) {
    const PageJob& job = jobs[i];
    if (job.kind == PageJob::Kind::home) continue;
    core::ContentHash hash;
    hash.add(navigation).add(job.path);
    switch (job.kind) {
      case PageJob::Kind::document:
        add_page_text(hash, site, locale, *job.page);
        break;
      case PageJob::Kind::section:
        add_page_text(hash, site, locale, *job.page);
        hash.add(listings[static_cast<size_t>(job.section - site.content.sections.data())]);
        break;
      case PageJob::Kind::status:
        for (const auto& status : site.status) {
          hash.add(status.locale);
          for (int count : {status.messages, status.translated, status.fuzzy, status.untranslated, status.words,
                            status.words_translated}) {
            hash.add(static_cast<uint64_t>(count));
          }
        }
        break;
      // A theme's page lists every document that names it, and the themes page counts them.
      case PageJob::Kind::themes:
      case PageJob::Kind::theme:
        for (const auto& listing : listings) hash.add(listing);
        for (const auto& section : site.content.sections) {
          for (const auto& page : section.documents) {
            for (const auto& theme : page.front.themes) hash.add(theme);
            hash.add(std::string_view("|"));
          }
        }
        break;
      case PageJob::Kind::not_found:
        hash.add(site.theme.stylesheet);  // inlined: the page is served at any depth
        break;
      // The charts' sources, catalogs and palette are in the site key, so in the navigation's.
      case PageJob::Kind::infographics:
      case PageJob::Kind::search:
      case PageJob::Kind::glossary:
      case PageJob::Kind::home:
        break;
    }
    keys[i] = hash.hex();
  }
  return keys;
}

HomePageKey::HomePageKey(const SiteContext& site, const LocaleData& locale, const std::string& site_key,
                         const std::vector<std::string>& listings, size_t earlier_book_bytes)
    : earlier_book_bytes_(earlier_book_bytes) {
  core::ContentHash hash;
  hash.add(navigation_key(site, locale, site_key));
  if (site.content.home.source) add_page_text(hash, site, locale, site.content.home);
  for (const auto& listing : listings) hash.add(listing);
  lists_ = hash.hex();
  // Formatted now, beside the other locales' keys: a rebuild's book is mostly unchanged.
  earlier_book_shown_ = i18n::LocaleFormat(locale.info.format_tag).file_size(earlier_book_bytes);
}

std::string HomePageKey::with_book(const LocaleData& locale) const {
  // The book's size as the page shows it ("2.1 MB"): an edit that leaves it the same leaves
  // the page the same.
  const std::string shown = locale.book_bytes == earlier_book_bytes_
                                ? earlier_book_shown_
                                : i18n::LocaleFormat(locale.info.format_tag).file_size(locale.book_bytes);
  return core::ContentHash().add(lists_).add(locale.book_file).add(shown).hex();
}

}  // namespace press::pipeline
