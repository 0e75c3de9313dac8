#include "i18n/ui_text.h"

namespace press::i18n {

std::string_view UiText::translate(std::string_view source) const {
  auto it = translations_.find(std::string(source));
  return it == translations_.end() ? source : std::string_view(it->second);
}

std::string UiText::format(const LocaleFormat& format, std::string_view source,
                           const MessageArgs& args) const {
  return format.message(translate(source), args);
}

}  // namespace press::i18n
