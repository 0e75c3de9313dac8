// CmarkDocument: a Markdown text parsed once by cmark-gfm with the extensions press allows.
#pragma once

#include <cmark-gfm.h>

#include <string_view>

namespace press::markdown {

/// Owns the cmark-gfm tree of one text: tables, strikethrough, autolinks, tag filter, footnotes.
class CmarkDocument {
 public:
  explicit CmarkDocument(std::string_view markdown);
  ~CmarkDocument();
  CmarkDocument(const CmarkDocument&) = delete;
  CmarkDocument& operator=(const CmarkDocument&) = delete;
  cmark_node* root() const { return root_; }

 private:
  cmark_node* root_;
};

}  // namespace press::markdown
