#include "pipeline/site_locales.h"

#include <unicode/coll.h>
#include <unicode/locdspnm.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace press::pipeline {

namespace {

icu::Locale icu_locale(const std::string& tag) {
  UErrorCode status = U_ZERO_ERROR;
  return icu::Locale::forLanguageTag(tag, status);
}

}  // namespace

std::string language_name(const std::string& tag, const std::string& display_locale, bool in_sentence) {
  return language_names({tag}, display_locale, in_sentence).front();
}

std::vector<std::string> language_names(const std::vector<std::string>& tags, const std::string& display_locale,
                                        bool in_sentence) {
  // CLDR knows how each language capitalizes a name at the start of a sentence ("Español")
  // and mid-sentence ("en español"), so ICU decides, not a rule of ours. A menu item stands
  // alone like a sentence's start: CLDR's own menu context has no rule for Romanian, Kazakh
  // or Kyrgyz and left "română" lowercase among capitalized names.
  UDisplayContext contexts[] = {UDISPCTX_DIALECT_NAMES,
                                in_sentence ? UDISPCTX_CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE
                                            : UDISPCTX_CAPITALIZATION_FOR_BEGINNING_OF_SENTENCE};
  std::unique_ptr<icu::LocaleDisplayNames> names(
      icu::LocaleDisplayNames::createInstance(icu_locale(display_locale), contexts, 2));
  std::vector<std::string> out;
  for (const auto& tag : tags) {
    icu::UnicodeString name;
    names->localeDisplayName(icu_locale(tag), name);
    name.toUTF8String(out.emplace_back());
  }
  return out;
}

std::vector<LocaleInfo> describe_locales(const std::vector<std::string>& tags) {
  std::vector<LocaleInfo> locales;
  for (const auto& tag : tags) {
    locales.push_back({tag, language_name(tag, tag), icu_locale(tag).isRightToLeft() ? "rtl" : "ltr", tag});
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(icu::Locale::getRoot(), status));
  if (U_SUCCESS(status)) {
    std::stable_sort(locales.begin(), locales.end(), [&](const auto& a, const auto& b) {
      UErrorCode s = U_ZERO_ERROR;
      return collator->compareUTF8(a.autonym, b.autonym, s) == UCOL_LESS;
    });
  }
  return locales;
}

std::vector<LocaleInfo> describe_locales(const config::SiteConfig& config) {
  auto locales = describe_locales(config.locales);
  for (auto& locale : locales) locale.format_tag = config.format_tag(locale.tag);
  return locales;
}

}  // namespace press::pipeline
