// Markdown to document tree: cmark-gfm's AST walked into pugixml nodes.
#pragma once

#include <pugixml.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/source_file.h"
#include "i18n/ui_text.h"

namespace press::markdown {

/// Places the infographics a page embeds with `![](infographics/<name>)`, a paragraph of its own.
class InfographicEmbedder {
 public:
  virtual ~InfographicEmbedder() = default;
  /// Appends the infographic to `parent`; false when there is none by that name.
  virtual bool embed(const std::string& name, pugi::xml_node parent) = 0;
  /// The names there are, for the message when one is missing.
  virtual std::string known_names() const = 0;
};

/// What the walk needs besides the Markdown: where it came from, for located errors, and
/// the interface strings for the accessible labels it adds.
struct MarkdownSource {
  const core::SourceFile& file;
  int first_line = 1;  // line of `file` where the Markdown starts (after front matter)
  const i18n::UiText& ui;
  const i18n::LocaleFormat& format;
  std::string site_url;  // links starting with it are internal, not external
  /// Per leaf block (see segment_blocks), true when it is still in the source language;
  /// null when the whole text is in the page's language.
  const std::vector<bool>* untranslated_blocks = nullptr;
  std::string source_lang = "en";
  std::string source_dir = "ltr";
  InfographicEmbedder* infographics = nullptr;  // none: an embed is reported as unknown
  /// The site's own images (content/images/), sorted, shown from `images_url`, the images
  /// folder relative to the page. None: a local image's URL is written as it is.
  const std::vector<std::string>* image_names = nullptr;
  std::string images_url = {};
};

struct RenderedMarkdown {
  std::string plain_text;  // the visible text, for word counts
  bool untranslated = false;  // some block is shown in the source language
};

/// Parses `markdown` with cmark-gfm (tables, strikethrough, autolinks, tag filter, footnotes)
/// and appends the result to `parent`. Raw HTML, level-1 headings and images without alt
/// text are reported as located errors; the rest of the document is still rendered.
RenderedMarkdown render_markdown(std::string_view markdown, const MarkdownSource& source,
                                 pugi::xml_node parent, core::Diagnostics& diagnostics);

}  // namespace press::markdown
