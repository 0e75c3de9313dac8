#include "pipeline/abbreviations.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstring>
#include <string_view>

namespace press::pipeline {

namespace {

// Where an abbreviation is not marked: it is already a link, code, a heading, or a note's number.
bool left_alone(pugi::xml_node node) {
  for (const char* name : {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "abbr", "sup", "svg"}) {
    if (std::strcmp(node.name(), name) == 0) return true;
  }
  return false;
}

bool letter_or_digit_before(std::string_view text, size_t at) {
  if (at == 0) return false;
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
  return c >= 0 && u_isalnum(c);
}

bool letter_or_digit_after(std::string_view text, size_t at) {
  if (at >= text.size()) return false;
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return c >= 0 && u_isalnum(c);
}

// The first whole-word use of `word` in `text`, or npos.
size_t find_word(std::string_view text, std::string_view word) {
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    if (!letter_or_digit_before(text, at) && !letter_or_digit_after(text, at + word.size())) return at;
  }
  return std::string_view::npos;
}

// Marks what it can in one text node; returns the node holding the text after the last mark.
void mark_in_text(pugi::xml_node text_node, const std::vector<Abbreviation>& abbreviations, std::set<std::string>& marked) {
  while (text_node) {
    const std::string text = text_node.value();
    const Abbreviation* first = nullptr;
    size_t first_at = std::string::npos;
    for (const auto& abbreviation : abbreviations) {
      if (marked.count(abbreviation.text)) continue;
      const size_t at = find_word(text, abbreviation.text);
      if (at < first_at) first_at = at, first = &abbreviation;
    }
    if (!first) return;
    marked.insert(first->text);
    pugi::xml_node parent = text_node.parent();
    text_node.set_value(text.substr(0, first_at).c_str());
    pugi::xml_node link = parent.insert_child_after("a", text_node);
    link.append_attribute("class") = "glossary-link web-link";
    link.append_attribute("href") = first->href.c_str();
    pugi::xml_node abbr = link.append_child("abbr");
    abbr.append_attribute("title") = first->title.c_str();
    abbr.append_child(pugi::node_pcdata).set_value(first->text.c_str());
    pugi::xml_node rest = parent.insert_child_after(pugi::node_pcdata, link);
    rest.set_value(text.substr(first_at + first->text.size()).c_str());
    text_node = rest;
  }
}

}  // namespace

void mark_abbreviations(pugi::xml_node tree, const std::vector<Abbreviation>& abbreviations,
                        std::set<std::string>& marked) {
  if (abbreviations.empty()) return;
  // Text nodes in document order, collected first: marking adds nodes. The walk keeps its own
  // stack, since a page's depth comes from its input.
  std::vector<pugi::xml_node> texts;
  std::vector<pugi::xml_node> stack{tree};
  while (!stack.empty()) {
    pugi::xml_node node = stack.back();
    stack.pop_back();
    if (node.type() == pugi::node_pcdata) {
      texts.push_back(node);
      continue;
    }
    if (node.type() != pugi::node_element && node != tree) continue;
    if (node != tree && left_alone(node)) continue;
    for (pugi::xml_node child = node.last_child(); child; child = child.previous_sibling()) stack.push_back(child);
  }
  for (pugi::xml_node text : texts) {
    if (marked.size() == abbreviations.size()) return;
    mark_in_text(text, abbreviations, marked);
  }
}

}  // namespace press::pipeline
