// Message limits: how deeply an ICU message may nest its arguments, checked before ICU sees
// the pattern (ICU's MessagePattern recurses once per level and overflows the stack).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace press::i18n {

/// Braces inside braces: a plural inside a select inside a plural is 3. Real messages stay
/// under 5.
inline constexpr int kMaxMessageNesting = 20;

/// The offset (in bytes) of the first brace that opens a level past the limit, if any. Quoted
/// braces are counted too: they can only make the count larger, never let a deep one through.
std::optional<size_t> brace_past_nesting_limit(std::string_view pattern);

}  // namespace press::i18n
