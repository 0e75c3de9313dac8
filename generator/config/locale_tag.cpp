#include "config/locale_tag.h"

#include <unicode/locid.h>
#include <unicode/uloc.h>

#include <algorithm>
#include <cctype>
#include <set>

namespace press::config {

namespace {

// Languages ICU has locale data for ("en", "ka", "km"…), read once.
const std::set<std::string>& icu_languages() {
  static const std::set<std::string> languages = [] {
    std::set<std::string> out;
    int32_t count = 0;
    const icu::Locale* locales = icu::Locale::getAvailableLocales(count);
    for (int32_t i = 0; i < count; ++i) out.insert(locales[i].getLanguage());
    return out;
  }();
  return languages;
}

}  // namespace

std::string refuse_locale_tag(const std::string& tag) {
  const std::string shown = "\"" + tag.substr(0, 40) + (tag.size() > 40 ? "…" : "") + "\"";
  const bool plain = !tag.empty() && std::all_of(tag.begin(), tag.end(), [](unsigned char c) {
    return std::isalnum(c) != 0 || c == '-';
  });
  char id[ULOC_FULLNAME_CAPACITY] = "";
  int32_t parsed = 0;
  UErrorCode status = U_ZERO_ERROR;
  if (plain && tag.size() < 64) uloc_forLanguageTag(tag.c_str(), id, sizeof id, &parsed, &status);
  if (!plain || U_FAILURE(status) || parsed != static_cast<int32_t>(tag.size())) {
    return shown + " is not a BCP 47 language tag; expected one such as en, zh-Hans or pt-BR";
  }
  const std::string language = icu::Locale(id).getLanguage();
  if (!icu_languages().count(language)) return shown + " is a language ICU has no data for";
  return {};
}

}  // namespace press::config
