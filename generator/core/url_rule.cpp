#include "core/url_rule.h"

#include <cctype>

namespace press::core {

namespace {

// The scheme as a browser reads it, lowercased; empty for a relative URL.
std::string scheme_of(std::string_view url) {
  size_t start = 0;
  while (start < url.size() && static_cast<unsigned char>(url[start]) <= 0x20) ++start;
  std::string scheme;
  for (size_t i = start; i < url.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(url[i]);
    if (c == '\t' || c == '\n' || c == '\r') continue;  // browsers drop these anywhere
    if (c == ':') return scheme;
    const bool letter = std::isalpha(c) != 0;
    const bool later = std::isdigit(c) != 0 || c == '+' || c == '-' || c == '.';
    if (!(letter || (!scheme.empty() && later))) return {};  // '/', '?', '#' or other: relative
    scheme += static_cast<char>(std::tolower(c));
  }
  return {};
}

std::string excerpt(std::string_view url) {
  constexpr size_t kShown = 40;
  std::string shown;
  for (char c : url.substr(0, kShown)) shown += static_cast<unsigned char>(c) < 0x20 ? '?' : c;
  return url.size() > kShown ? shown + "…" : shown;
}

}  // namespace

std::string refuse_url(std::string_view url) {
  const std::string scheme = scheme_of(url);
  if (scheme.empty() || scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel") return {};
  return "the link target \"" + excerpt(url) + "\" uses the scheme \"" + scheme +
         ":\", which a page may not link to; use a relative URL, #fragment, http:, https:, mailto: or tel:";
}

}  // namespace press::core
