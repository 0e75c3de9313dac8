// PageRenderer: one page of one locale, from content to HTML bytes.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "config/site_config.h"
#include "content/glossary.h"
#include "content/local_images.h"
#include "content/site_content.h"
#include "core/diagnostics.h"
#include "i18n/locale_format.h"
#include "localize/locale_catalogs.h"
#include "localize/page_units.h"
#include "pipeline/locale_infographics.h"
#include "pipeline/site_locales.h"
#include "pipeline/translation_status.h"
#include "search/search_record.h"
#include "theme/theme.h"

namespace press::pipeline {

/// What to render: a page of the site and where it goes.
struct PageJob {
  enum class Kind { home, section, document, themes, theme, glossary, search, status, infographics, not_found } kind = Kind::home;
  const content::Page* page = nullptr;        // the content page; null for pages press makes
  const content::Section* section = nullptr;  // for section and document pages
  std::string path;                           // public path below the locale: "factsheets/x/"
  const config::Theme* theme = nullptr;       // for a theme's page
  std::string output_file() const { return path + (kind == Kind::not_found ? "404.html" : "index.html"); }
};

/// Everything shared by every page of one build; read-only while pages render.
struct SiteContext {
  const config::SiteConfig& config;
  const content::SiteContent& content;
  const theme::Theme& theme;
  std::vector<LocaleInfo> locales;  // in switcher order
  localize::PageUnitsCache units;    // for translated locales
  std::vector<LocaleStatus> status;  // in press.yaml order
  const infographics::Infographics* infographics = nullptr;
  const content::LocalImages* images = nullptr;  // content/images/
  std::vector<std::string> image_names;           // their names, sorted
  const content::Glossary* glossary = nullptr;    // content/glossary.yaml
};

/// A page's title and summary in one locale.
/// Views of texts the build holds anyway (front matter, whole-file translations, catalogs), so a
/// locale's fronts of thousands of pages copy no text.
struct LocalizedFront {
  std::string_view title;
  std::string_view summary;
  bool title_untranslated = false;
  bool summary_untranslated = false;
};

/// Everything shared by the pages of one locale; built once, read-only while pages render.
struct LocaleData {
  LocaleInfo info;
  bool is_source = false;
  const localize::LocaleCatalogs* catalogs = nullptr;
  std::unordered_map<const content::Page*, LocalizedFront> fronts;
  std::string source_language_name;  // the source language, named in this locale
  std::string book_file;             // the locale's e-book, below the locale folder, once written
  size_t book_bytes = 0;
  LocaleInfographics infographics;   // laid out before the pages render
};

/// Builds the locale's shared data: titles and summaries of every page, translated.
LocaleData make_locale_data(const SiteContext& site, const LocaleInfo& info,
                            const localize::LocaleCatalogs& catalogs);

/// Per-worker state: ICU formatters for one locale. Never shared between threads.
struct LocaleContext {
  const LocaleData& data;
  i18n::LocaleFormat format;
  search::WordSegmenter words;  // cuts the locale's text for the search index
  explicit LocaleContext(const LocaleData& locale)
      : data(locale), format(locale.info.format_tag), words(locale.info.tag) {}
  const i18n::UiText& ui() const { return data.catalogs->ui; }
};

/// Result of rendering one page: its HTML and what it counted.
struct RenderedPage {
  std::string html;
  std::string chapter;  // document pages: the e-book's content document for it
  int words = 0;
  std::optional<search::SearchRecord> search;  // document pages: what the search index holds of it
};

/// Renders `job` for the locale; Markdown and check problems go to `diagnostics`.
RenderedPage render_page(const PageJob& job, const SiteContext& site, LocaleContext& locale,
                         core::Diagnostics& diagnostics);

/// The pages a site has in every locale, in a fixed order: with themes, a page listing them and
/// one per theme; with a glossary, its page; with infographics, a page that lists them; the
/// search page.
std::vector<PageJob> plan_pages(const content::SiteContent& content, bool has_infographics = false,
                                const std::vector<config::Theme>& themes = {}, bool has_glossary = false);

}  // namespace press::pipeline
