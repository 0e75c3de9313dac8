// Translation status: how much of the site each locale has translated, by messages and words.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "content/site_content.h"
#include "localize/locale_catalogs.h"
#include "i18n/locale_format.h"
#include "localize/page_units.h"

namespace press::pipeline {

struct LocaleStatus {
  std::string locale;
  int messages = 0;
  int translated = 0;
  int fuzzy = 0;
  int untranslated = 0;
  int words = 0;             // English words in all messages
  int words_translated = 0;  // English words of the translated messages
  double share() const { return messages ? static_cast<double>(translated) / messages : 1.0; }
  LocaleStatus& operator+=(const LocaleStatus& other);
  double word_share() const { return words ? static_cast<double>(words_translated) / words : 1.0; }
};

/// A page's units with the catalog they belong to.
struct CatalogUnits {
  std::string catalog;  // "ui", or catalog_name(page)
  const content::Page* page = nullptr;
  std::vector<localize::Unit> units;
  std::vector<int> words;  // English words per unit, counted once for every locale's status
};

/// Fills `words` of each entry (ICU word boundaries on the source text).
void count_unit_words(std::vector<CatalogUnits>& all);
/// Fills `words` of one entry with `english`, a formatter for the source yardstick ("en").
void count_unit_words(CatalogUnits& entry, i18n::LocaleFormat& english);

/// Adds one catalog's messages to `status`, as `count_status` counts them.
void add_status(LocaleStatus& status, const CatalogUnits& entry, const localize::LocaleCatalogs& catalogs,
                const content::SiteContent& content, bool is_source);

/// Counts every message of `catalogs` (one entry per distinct message of a catalog); a page
/// with a whole-file translation counts as translated. The source locale is all translated.
LocaleStatus count_status(const std::vector<CatalogUnits>& all, const localize::LocaleCatalogs& catalogs,
                          const content::SiteContent& content, bool is_source);

/// Renders the status as a plain-text table (for `press i18n status`) or as JSON.
std::string format_status_table(const std::vector<LocaleStatus>& status);
std::string format_status_json(const std::vector<LocaleStatus>& status);

}  // namespace press::pipeline
