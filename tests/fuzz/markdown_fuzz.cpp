// A document body through the Markdown limits, cmark-gfm, the tree builder and serialisation,
// and through block segmentation for the catalogs.
#include "fuzz_input.h"
#include "markdown/block_segments.h"
#include "markdown_html.h"

using namespace press;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text = fuzz::text_of(data, size);
  core::Diagnostics diagnostics;
  testing::markdown_html(text, diagnostics);
  diagnostics.format_all();
  const auto segments = markdown::segment_blocks(text);
  std::vector<std::string> same;
  for (const auto& segment : segments) same.push_back(segment.text(text));
  markdown::replace_blocks(text, segments, same);
  return 0;
}
