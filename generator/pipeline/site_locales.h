// Site locales: each language of the site with its own name, direction and place in the switcher.
#pragma once

#include <string>
#include <vector>

#include "config/site_config.h"

namespace press::pipeline {

struct LocaleInfo {
  std::string tag;      // BCP 47, as in press.yaml: "en", "zh-Hans", "pt-BR"
  std::string autonym;  // the language's name in itself: "español", "العربية"
  std::string dir;      // "ltr" or "rtl"
  /// The tag ICU formats numbers and dates with: `tag`, with the numbering system press.yaml
  /// sets for it ("ar-u-nu-latn").
  std::string format_tag;
};

/// The locales of press.yaml described through ICU, sorted by their autonyms with the root
/// collation, so the switcher reads the same on every page and in every language.
std::vector<LocaleInfo> describe_locales(const std::vector<std::string>& tags);
/// The same for the locales of `config`, with their numbering systems.
std::vector<LocaleInfo> describe_locales(const config::SiteConfig& config);

/// The name of language `tag` in the language `display_locale`, capitalized as a menu item
/// ("Inglés") or, `in_sentence`, as within running text ("inglés").
std::string language_name(const std::string& tag, const std::string& display_locale,
                          bool in_sentence = false);
/// The names of several languages in one language, as `language_name` gives each: ICU's
/// display names take longer to set up than to ask, so a list is named by one of them.
std::vector<std::string> language_names(const std::vector<std::string>& tags, const std::string& display_locale,
                                        bool in_sentence = false);

}  // namespace press::pipeline
