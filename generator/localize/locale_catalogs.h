// Locale catalogs: every PO file of one locale, read and checked once per build.
#pragma once

#include <map>
#include <string>
#include <unordered_set>

#include "content/site_content.h"
#include "core/diagnostics.h"
#include "i18n/terminology.h"
#include "i18n/ui_text.h"
#include "localize/catalog_memory.h"
#include "localize/localized_page.h"

namespace press::localize {

/// The published translations of one locale: interface strings and one table per page.
struct LocaleCatalogs {
  std::string locale;
  i18n::UiText ui;
  i18n::UiText infographics;  // the charts' titles, descriptions and labels (infographics.po)
  i18n::UiText glossary;      // the glossary's terms, abbreviations and definitions (glossary.po)
  std::map<std::string, Translations> pages;  // by catalog_name(page)
  // Keys of fuzzy messages (translated once, source changed since): counted, not published.
  std::unordered_set<std::string> ui_fuzzy;
  std::unordered_set<std::string> infographics_fuzzy;
  std::unordered_set<std::string> glossary_fuzzy;
  std::map<std::string, std::unordered_set<std::string>> page_fuzzy;
  const Translations* page(const std::string& name) const;
  /// A catalog of ICU messages by name: "ui", "infographics" or "glossary".
  const i18n::UiText& messages(const std::string& name) const {
    return name == kInfographicsCatalog ? infographics : name == kGlossaryCatalog ? glossary : ui;
  }
  const std::unordered_set<std::string>& messages_fuzzy(const std::string& name) const {
    return name == kInfographicsCatalog ? infographics_fuzzy : name == kGlossaryCatalog ? glossary_fuzzy : ui_fuzzy;
  }
  static constexpr const char* kInfographicsCatalog = "infographics";
  static constexpr const char* kGlossaryCatalog = "glossary";
};

/// For the source locale there is nothing to translate and the result is empty.
/// Reads `<root>/translations/<locale>/ui.po`, `infographics.po` and each page's catalog that exists, checks
/// every translated message (ICU syntax, arguments, plural categories for ui.po; links, code,
/// footnotes and block structure for content), and reports every problem.
/// With `terminology`, every published translation is also searched for stigmatising terms
/// (warnings; a translator comment "terminology: quoted" exempts a message). Text in Zawgyi
/// rather than Unicode Burmese is an error, once per catalog. With `memory`, a page catalog
/// unchanged since it was kept there is taken from it rather than read again.
LocaleCatalogs load_locale_catalogs(const std::string& root, const std::string& locale,
                                    const std::string& source_locale,
                                    const content::SiteContent& content,
                                    const i18n::Terminology* terminology,
                                    core::Diagnostics& diagnostics, CatalogMemory* memory = nullptr);

/// A locale's folder of catalogs: `<root>/translations/<locale>`.
std::string locale_catalog_dir(const std::string& root, const std::string& locale);
/// Path of a catalog: `<root>/translations/<locale>/<name>.po`.
std::string catalog_path(const std::string& root, const std::string& locale,
                         const std::string& name);

}  // namespace press::localize
