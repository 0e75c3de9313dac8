// A document body through the Markdown limits, cmark-gfm, the tree builder and serialisation,
// and through block segmentation for the catalogs.
#include <pugixml.hpp>

#include <sstream>

#include "fuzz_input.h"
#include "markdown/block_segments.h"
#include "markdown/markdown_tree.h"

using namespace press;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const i18n::UiText ui;
  static const i18n::LocaleFormat format("en");
  const std::string text = fuzz::text_of(data, size);
  const core::SourceFile file("content/factsheets/x.md", text);
  core::Diagnostics diagnostics;
  pugi::xml_document document;
  markdown::MarkdownSource source{file, 1, ui, format, "https://site.example/"};
  markdown::render_markdown(text, source, document.append_child("div"), diagnostics);
  std::ostringstream html;
  document.print(html, "", pugi::format_raw);
  diagnostics.format_all();
  const auto segments = markdown::segment_blocks(text);
  std::vector<std::string> same;
  for (const auto& segment : segments) same.push_back(segment.text(text));
  markdown::replace_blocks(text, segments, same);
  return 0;
}
