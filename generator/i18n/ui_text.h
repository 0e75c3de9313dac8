// UiText: the strings the theme and generator show, looked up by their English source text.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "i18n/locale_format.h"

namespace press::i18n {

/// The interface strings of one locale. The English source text is the key (gettext's msgid),
/// so a string missing from a catalog falls back to English rather than to an id.
class UiText {
 public:
  UiText() = default;
  explicit UiText(std::unordered_map<std::string, std::string> translations)
      : translations_(std::move(translations)) {}

  /// The translation of `source`, or `source` itself when there is none.
  std::string_view translate(std::string_view source) const;
  /// True when `source` would be shown untranslated in a translated locale; such text
  /// carries `lang` (and `dir`) of the source language so screen readers switch voice.
  bool falls_back(std::string_view source) const {
    return !fallback_lang.empty() && !has_translation(source);
  }
  std::string fallback_lang;  // the source language; empty in the source locale itself
  std::string fallback_dir = "ltr";
  bool has_translation(std::string_view source) const {
    return translations_.count(std::string(source)) > 0;
  }
  /// Translates an ICU MessageFormat pattern and formats it with `args`.
  std::string format(const LocaleFormat& format, std::string_view source,
                     const MessageArgs& args) const;

 private:
  std::unordered_map<std::string, std::string> translations_;
};

}  // namespace press::i18n
