#include "markdown/heading_ids.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace press::markdown {

namespace {

// Letters, digits and combining marks (the vowel signs of Burmese, Thai, Arabic) make up an
// id; spaces of every kind and punctuation of every script separate its words.
bool is_word_character(UChar32 c) {
  const int8_t type = u_charType(c);
  return u_isalnum(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

}  // namespace

std::string HeadingIds::make(std::string_view heading_text) {
  std::string id;
  bool pending_hyphen = false;
  const auto* bytes = reinterpret_cast<const uint8_t*>(heading_text.data());
  const int32_t length = static_cast<int32_t>(heading_text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || !is_word_character(c)) {
      pending_hyphen = !id.empty();
      continue;
    }
    if (pending_hyphen) id += '-';
    pending_hyphen = false;
    c = u_tolower(c);
    char buffer[U8_MAX_LENGTH];
    int32_t size = 0;
    U8_APPEND_UNSAFE(buffer, size, c);
    id.append(buffer, static_cast<size_t>(size));
  }
  if (id.empty()) id = "section";
  std::string unique = id;
  for (int n = 2; used_.count(unique); ++n) unique = id + '-' + std::to_string(n);
  used_.insert(unique);
  return unique;
}

}  // namespace press::markdown
