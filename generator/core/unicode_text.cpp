#include "core/unicode_text.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace press::core {

namespace {

// ICU makes its NFC normaliser once, under a guard of its own that ThreadSanitizer cannot see
// (libicu is built without it); asking once from a function-local static, whose guard it does
// see, shows every thread that the normaliser was complete before it was used.
const icu::Normalizer2* nfc_normaliser() {
  static const icu::Normalizer2* const nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* made = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? made : nullptr;
  }();
  return nfc;
}

}  // namespace

std::string to_nfc(std::string text) {
  // Most text is ASCII or already NFC: checked in place, without a UTF-16 copy.
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return text;
  }
  const icu::Normalizer2* nfc = nfc_normaliser();
  if (!nfc) return text;
  UErrorCode status = U_ZERO_ERROR;
  if (nfc->isNormalizedUTF8(text, status) && U_SUCCESS(status)) return text;
  std::string result;
  status = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(&result, static_cast<int32_t>(text.size()));
  nfc->normalizeUTF8(0, text, sink, nullptr, status);
  return U_SUCCESS(status) ? result : text;
}

std::vector<UChar32> code_points(std::string_view text) {
  std::vector<UChar32> out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    out.push_back(c);
  }
  return out;
}

}  // namespace press::core
