#include "i18n/message_limits.h"

namespace press::i18n {

std::optional<size_t> brace_past_nesting_limit(std::string_view pattern) {
  int depth = 0;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && ++depth > kMaxMessageNesting) return i;
    if (pattern[i] == '}' && depth > 0) --depth;
  }
  return std::nullopt;
}

}  // namespace press::i18n
