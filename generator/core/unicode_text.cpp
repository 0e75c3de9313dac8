#include "core/unicode_text.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace press::core {

std::string to_nfc(std::string text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return text;
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  if (nfc->isNormalized(unicode, status) || U_FAILURE(status)) return text;
  icu::UnicodeString normalized = nfc->normalize(unicode, status);
  std::string result;
  normalized.toUTF8String(result);
  return result;
}

}  // namespace press::core
