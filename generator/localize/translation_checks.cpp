#include "localize/translation_checks.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <string>
#include <vector>

#include "markdown/cmark_document.h"

namespace press::localize {

namespace {

struct Tokens {
  std::vector<std::string> links;      // link and image targets
  std::vector<std::string> code;       // inline code
  std::vector<std::string> footnotes;  // footnote labels
  int blocks = 0;                      // top-level blocks
  bool paragraph = true;               // the single block is a paragraph
  bool raw_html = false;
};

void collect(cmark_node* node, Tokens& tokens) {
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
    switch (cmark_node_get_type(child)) {
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:
        tokens.links.push_back(cmark_node_get_url(child));
        break;
      case CMARK_NODE_CODE:
        tokens.code.push_back(cmark_node_get_literal(child));
        break;
      case CMARK_NODE_HTML_INLINE:
      case CMARK_NODE_HTML_BLOCK:
        tokens.raw_html = true;
        break;
      default:
        break;
    }
    collect(child, tokens);
  }
}

// Footnote labels as written ("[^label]"): cmark-gfm drops them from the tree when the
// definition is elsewhere, so they are read from the text.
std::vector<std::string> footnote_labels(const std::string& text) {
  std::vector<std::string> labels;
  for (size_t at = text.find("[^"); at != std::string::npos; at = text.find("[^", at + 2)) {
    const size_t end = text.find(']', at);
    if (end != std::string::npos) labels.push_back(text.substr(at + 2, end - at - 2));
  }
  return labels;
}

Tokens tokens_of(const std::string& text) {
  Tokens tokens;
  markdown::CmarkDocument document(text);
  for (cmark_node* block = cmark_node_first_child(document.root()); block;
       block = cmark_node_next(block)) {
    ++tokens.blocks;
    tokens.paragraph = tokens.paragraph && cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH;
  }
  collect(document.root(), tokens);
  tokens.footnotes = footnote_labels(text);
  for (auto* list : {&tokens.links, &tokens.code, &tokens.footnotes}) std::sort(list->begin(), list->end());
  return tokens;
}

std::string first_difference(const std::vector<std::string>& source,
                             const std::vector<std::string>& translation) {
  for (const auto& item : source) {
    if (std::count(source.begin(), source.end(), item) !=
        std::count(translation.begin(), translation.end(), item))
      return item;
  }
  for (const auto& item : translation) {
    if (std::find(source.begin(), source.end(), item) == source.end()) return item;
  }
  return {};
}

}  // namespace

void check_block_translation(const i18n::CatalogMessage& message, const core::SourceFile& file,
                             core::Diagnostics& diagnostics) {
  if (!message.is_translated()) return;
  const int line = message.str_line > 0 ? message.str_line : message.line;
  const int column = static_cast<int>(std::string_view(file.line_text(line)).find('"')) + 2;
  auto error = [&](const std::string& text) { diagnostics.error(file, line, column, text); };

  const Tokens source = tokens_of(message.id);
  const Tokens translation = tokens_of(message.str);
  if (translation.raw_html) error("translation contains raw HTML; content is Markdown only");
  if (source.blocks == 1 && source.paragraph && (translation.blocks != 1 || !translation.paragraph)) {
    error("translation must stay one paragraph: no blank lines, and no \"#\", \"-\", \"1.\" or "
          "\">\" at its start");
  }
  if (const std::string link = first_difference(source.links, translation.links); !link.empty()) {
    error("translation must keep the link target \"" + link + "\" exactly as in the source");
  }
  if (const std::string code = first_difference(source.code, translation.code); !code.empty()) {
    error("translation must keep the inline code `" + code + "` exactly as in the source");
  }
  if (const std::string note = first_difference(source.footnotes, translation.footnotes);
      !note.empty()) {
    error("translation must keep the footnote reference \"[^" + note + "]\"");
  }
  if (message.extracted_comments.find("table cell") != std::string::npos) {
    for (size_t i = 0; i < message.str.size(); ++i) {
      if (message.str[i] == '|' && (i == 0 || message.str[i - 1] != '\\')) {
        error("a table cell's translation must write \"|\" as \"\\|\"");
        break;
      }
    }
  }
}

}  // namespace press::localize
