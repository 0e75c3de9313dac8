#include "pipeline/translation_status.h"

#include <cstdio>
#include <unordered_set>

#include "i18n/catalog.h"
#include "i18n/locale_format.h"

namespace press::pipeline {

LocaleStatus& LocaleStatus::operator+=(const LocaleStatus& other) {
  messages += other.messages;
  translated += other.translated;
  fuzzy += other.fuzzy;
  untranslated += other.untranslated;
  words += other.words;
  words_translated += other.words_translated;
  return *this;
}

void count_unit_words(CatalogUnits& entry, i18n::LocaleFormat& english) {
  entry.words.clear();
  for (const auto& unit : entry.units) entry.words.push_back(english.count_words(unit.id));
}

void count_unit_words(std::vector<CatalogUnits>& all) {
  i18n::LocaleFormat english("en");
  for (auto& entry : all) count_unit_words(entry, english);
}

LocaleStatus count_status(const std::vector<CatalogUnits>& all, const localize::LocaleCatalogs& catalogs,
                          const content::SiteContent& content, bool is_source) {
  LocaleStatus status;
  status.locale = catalogs.locale;
  for (const auto& entry : all) add_status(status, entry, catalogs, content, is_source);
  return status;
}

void add_status(LocaleStatus& status, const CatalogUnits& entry, const localize::LocaleCatalogs& catalogs,
                const content::SiteContent& content, bool is_source) {
  const bool whole_file = entry.page && content.whole_file_translation(catalogs.locale, *entry.page);
  const localize::Translations* page = entry.page ? catalogs.page(entry.catalog) : nullptr;
  const std::unordered_set<std::string>* fuzzy = nullptr;
  if (entry.page) {
    auto it = catalogs.page_fuzzy.find(entry.catalog);
    if (it != catalogs.page_fuzzy.end()) fuzzy = &it->second;
  } else {
    fuzzy = &catalogs.messages_fuzzy(entry.catalog);
  }
  std::unordered_set<std::string> seen;
  for (size_t i = 0; i < entry.units.size(); ++i) {
    const auto& unit = entry.units[i];
    const std::string key = i18n::message_key(unit.context, !unit.context.empty(), unit.id);
    if (!seen.insert(key).second) continue;
    // Words are counted in the source text, the same yardstick for every locale.
    const int words = i < entry.words.size() ? entry.words[i] : 0;
    ++status.messages;
    status.words += words;
    bool translated = is_source || whole_file;
    if (!translated) translated = entry.page ? page && page->count(key) : catalogs.messages(entry.catalog).has_translation(unit.id);
    if (translated) {
      ++status.translated;
      status.words_translated += words;
    } else if (fuzzy && fuzzy->count(key)) {
      ++status.fuzzy;
    } else {
      ++status.untranslated;
    }
  }
}

std::string format_status_table(const std::vector<LocaleStatus>& status) {
  std::string out = "locale    translated        fuzzy  untranslated   words translated\n";
  char line[160];
  for (const auto& s : status) {
    std::snprintf(line, sizeof line, "%-8s %5d/%-5d %5.1f%% %6d %13d %8d/%-7d %5.1f%%\n",
                  s.locale.c_str(), s.translated, s.messages, 100 * s.share(), s.fuzzy,
                  s.untranslated, s.words_translated, s.words, 100 * s.word_share());
    out += line;
  }
  return out;
}

std::string format_status_json(const std::vector<LocaleStatus>& status) {
  std::string out = "[\n";
  char line[320];
  for (size_t i = 0; i < status.size(); ++i) {
    const auto& s = status[i];
    std::snprintf(line, sizeof line,
                  "  {\"locale\": \"%s\", \"messages\": %d, \"translated\": %d, \"fuzzy\": %d, "
                  "\"untranslated\": %d, \"words\": %d, \"words_translated\": %d}%s\n",
                  s.locale.c_str(), s.messages, s.translated, s.fuzzy, s.untranslated, s.words,
                  s.words_translated, i + 1 < status.size() ? "," : "");
    out += line;
  }
  return out + "]\n";
}

}  // namespace press::pipeline
