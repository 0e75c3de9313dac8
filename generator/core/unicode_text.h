// Unicode text: normalization of all input text, and its code points.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <unicode/umachine.h>

namespace press::core {

/// The text in Unicode NFC, so the same words compare, count and index the same however
/// they were typed. Text that is already NFC comes back as it was.
std::string to_nfc(std::string text);

/// The code points of a UTF-8 text in order; a malformed sequence gives a negative value.
std::vector<UChar32> code_points(std::string_view text);

}  // namespace press::core
