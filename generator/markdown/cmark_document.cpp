#include "markdown/cmark_document.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>

namespace press::markdown {

CmarkDocument::CmarkDocument(std::string_view markdown) : breach_(check_text_limits(markdown)) {
  if (breach_) {
    root_ = cmark_node_new(CMARK_NODE_DOCUMENT);
    return;
  }
  static const bool registered = (cmark_gfm_core_extensions_ensure_registered(), true);
  (void)registered;
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8);
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"}) {
    cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
  }
  cmark_parser_feed(parser, markdown.data(), markdown.size());
  root_ = cmark_parser_finish(parser);
  cmark_parser_free(parser);
  breach_ = check_tree_limits(root_);
  if (breach_) {
    cmark_node_free(root_);  // cmark-gfm frees without recursion
    root_ = cmark_node_new(CMARK_NODE_DOCUMENT);
  }
}

CmarkDocument::~CmarkDocument() { cmark_node_free(root_); }

std::string embedded_infographic(cmark_node* paragraph) {
  cmark_node* image = cmark_node_first_child(paragraph);
  if (!image || cmark_node_next(image) || cmark_node_get_type(image) != CMARK_NODE_IMAGE) return {};
  const std::string_view url = cmark_node_get_url(image);
  if (url.substr(0, kInfographicPrefix.size()) != kInfographicPrefix) return {};
  return std::string(url.substr(kInfographicPrefix.size()));
}

}  // namespace press::markdown
