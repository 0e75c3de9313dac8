#include "core/text_encoding.h"

#include <cstdio>

#include <unicode/utf8.h>

namespace press::core {

namespace {

std::string hex(unsigned char byte) {
  char text[8];
  std::snprintf(text, sizeof text, "0x%02X", byte);
  return text;
}

}  // namespace

std::optional<EncodingProblem> find_encoding_problem(std::string_view bytes) {
  const auto starts_with = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
  if (starts_with("\xFF\xFE") || starts_with("\xFE\xFF") || starts_with(std::string_view("\0\0\xFE\xFF", 4))) {
    return EncodingProblem{0, "the file is UTF-16 or UTF-32; save it as UTF-8"};
  }
  if (starts_with("\xEF\xBB\xBF")) {
    return EncodingProblem{0, "the file starts with a byte order mark; save it as UTF-8 without one"};
  }
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    const int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(data, i, length, c);
    if (c == 0) {
      return EncodingProblem{static_cast<size_t>(at), "a NUL byte: this is not a text file, or it is UTF-16; "
                                                      "save it as UTF-8"};
    }
    if (c < 0) {
      return EncodingProblem{static_cast<size_t>(at),
                             "byte " + hex(data[at]) + " is not UTF-8: the file is probably in another encoding "
                             "(such as Windows-1252); save it as UTF-8"};
    }
  }
  return std::nullopt;
}

bool check_encoding(const SourceFile& file, Diagnostics& diagnostics) {
  const auto problem = find_encoding_problem(file.text());
  if (!problem) return true;
  const auto [line, column] = file.position_of(problem->offset);
  diagnostics.error(file, line, column, problem->message);
  return false;
}

}  // namespace press::core
