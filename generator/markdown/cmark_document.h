// CmarkDocument: a Markdown text parsed once by cmark-gfm with the extensions press allows.
#pragma once

#include <cmark-gfm.h>

#include <optional>
#include <string>
#include <string_view>

#include "markdown/markdown_limits.h"

namespace press::markdown {

/// Owns the cmark-gfm tree of one text: tables, strikethrough, autolinks, tag filter, footnotes.
/// A text past the Markdown limits (markdown_limits.h) gets an empty tree and says where.
class CmarkDocument {
 public:
  explicit CmarkDocument(std::string_view markdown);
  ~CmarkDocument();
  CmarkDocument(const CmarkDocument&) = delete;
  CmarkDocument& operator=(const CmarkDocument&) = delete;
  cmark_node* root() const { return root_; }
  /// Where the text goes past a limit; then `root()` is an empty document.
  const std::optional<LimitBreach>& beyond_limits() const { return breach_; }

 private:
  cmark_node* root_;
  std::optional<LimitBreach> breach_;
};

/// Where an image links to, for an embedded infographic: `![](infographics/<name>)`.
inline constexpr std::string_view kInfographicPrefix = "infographics/";

/// The name of the infographic a paragraph embeds when the paragraph is only that image, else
/// empty. Such a paragraph is a figure, not text: it is no translation unit and no <p>.
std::string embedded_infographic(cmark_node* paragraph);

}  // namespace press::markdown
