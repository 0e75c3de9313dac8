// URL rule: which link and image targets published pages may carry (no script URLs).
#pragma once

#include <string>
#include <string_view>

namespace press::core {

/// Why `url` may not be a link or image target of a published page, or empty when it may.
/// Allowed: relative URLs and fragments, and the schemes http, https, mailto and tel (a phone
/// number of a service is useful and runs nothing). The scheme is found as a browser finds it:
/// ignoring case, leading spaces and control characters, and tabs or newlines inside it, so
/// "JavaScript:", " javascript:" and "java&#9;script:" (once cmark has decoded the entity) are
/// all caught. Text in the message is clipped to a short excerpt.
std::string refuse_url(std::string_view url);

}  // namespace press::core
