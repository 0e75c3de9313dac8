// Localized page: a content page's title, summary and body in one locale, with what fell back.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "content/site_content.h"
#include "localize/page_units.h"

namespace press::localize {

/// Published translations of one catalog, by message key (see i18n::message_key).
using Translations = std::unordered_map<std::string, std::string>;

struct LocalizedPage {
  std::string title;
  std::string summary;
  bool title_untranslated = false;
  bool summary_untranslated = false;
  std::string body;                       // Markdown in the locale (source blocks where missing)
  std::vector<bool> untranslated_blocks;  // per leaf block, for render_markdown
  bool any_untranslated() const;
};

/// The page in the source language, unchanged.
LocalizedPage source_page(const content::Page& page);

/// The page with each unit replaced by its published translation from `translations`;
/// a unit without one keeps its source text and is flagged as untranslated.
LocalizedPage localize_page(const content::Page& page, const PageUnits& units,
                            const Translations& translations);

}  // namespace press::localize
