// Unicode normalization of all input text.
#pragma once

#include <string>
#include <string_view>

namespace press::core {

/// The text in Unicode NFC, so the same words compare, count and index the same however
/// they were typed. Text that is already NFC comes back as it was.
std::string to_nfc(std::string text);

}  // namespace press::core
