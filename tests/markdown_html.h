// Markdown to HTML as a page body renders it (English interface words, no infographics), for
// tests and fuzz targets that only need the result.
#pragma once

#include <pugixml.hpp>

#include <sstream>
#include <string>

#include "markdown/markdown_tree.h"

namespace press::testing {

/// The HTML of `markdown` as a page's body; problems go to `diagnostics`.
inline std::string markdown_html(const std::string& markdown, core::Diagnostics& diagnostics) {
  static const i18n::UiText ui;
  static const i18n::LocaleFormat format("en");
  const core::SourceFile file("content/factsheets/x.md", markdown);
  pugi::xml_document document;
  markdown::MarkdownSource source{file, 1, ui, format, "https://site.example/"};
  markdown::render_markdown(markdown, source, document.append_child("div"), diagnostics);
  std::ostringstream html;
  document.print(html, "", pugi::format_raw);
  return html.str();
}

}  // namespace press::testing
