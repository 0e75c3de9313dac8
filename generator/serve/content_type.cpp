#include "serve/content_type.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace press::serve {

std::string content_type_for(const std::string& path) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {"html", "text/html; charset=utf-8"},   {"css", "text/css; charset=utf-8"},
      {"js", "text/javascript; charset=utf-8"}, {"svg", "image/svg+xml"},
      {"png", "image/png"},                   {"jpg", "image/jpeg"},
      {"jpeg", "image/jpeg"},                 {"webp", "image/webp"},
      {"epub", "application/epub+zip"},       {"xml", "application/xml"},
      {"json", "application/json"},           {"txt", "text/plain; charset=utf-8"},
      {"woff2", "font/woff2"},                {"ico", "image/x-icon"},
  };
  const size_t slash = path.find_last_of('/');
  const size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "application/octet-stream";
  std::string extension = path.substr(dot + 1);
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& [known, type] : kTypes) {
    if (extension == known) return type;
  }
  return "application/octet-stream";
}

}  // namespace press::serve
