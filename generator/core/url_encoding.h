// URL encoding: a link or image target written as CommonMark says an HTML renderer writes it.
#pragma once

#include <string>
#include <string_view>

namespace press::core {

/// `url` with every byte that may not stand in a URL as it is percent-encoded (uppercase hex):
/// spaces, backslashes, quotes, angle brackets, other ASCII punctuation outside the URL
/// syntax, control characters and each byte of a non-ASCII character. A "%" that already
/// starts an escape ("%20") is kept; any other "%" becomes "%25". So `<my url>` links to
/// "my%20url", not to the invalid "my url", and `/a\b` to "/a%5Cb", not (as browsers would
/// read a backslash) to "/a/b".
std::string encode_url(std::string_view url);

}  // namespace press::core
