// JSON text: strings quoted for JSON, for the few small documents press sends (live reload).
#pragma once

#include <string>
#include <string_view>

namespace press::core {

/// `text` as a JSON string literal, quotes included; control characters are escaped, and so
/// are `<` and `>`, so that the result can never close a script element it is placed in.
std::string json_quote(std::string_view text);

}  // namespace press::core
