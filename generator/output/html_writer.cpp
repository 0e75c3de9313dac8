#include "output/html_writer.h"

#include <cstring>

namespace press::output {

namespace {

bool is_void_element(const char* name) {
  static const char* const kVoid[] = {"area", "base", "br",   "col",   "embed", "hr",  "img",
                                      "input", "link", "meta", "source", "track", "wbr"};
  for (const char* v : kVoid) {
    if (std::strcmp(v, name) == 0) return true;
  }
  return false;
}

void escape(const char* text, bool in_attribute, std::string& out) {
  // Runs of ordinary text are copied whole: pages are mostly text, and a character at a time
  // was the serializer's largest cost.
  const char* special = in_attribute ? "&\"" : "&<>";
  for (const char* p = text;; ++p) {
    const size_t plain = std::strcspn(p, special);
    out.append(p, plain);
    p += plain;
    switch (*p) {
      case '\0': return;
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
    }
  }
}

void write_node(pugi::xml_node node, std::string& out) {
  switch (node.type()) {
    case pugi::node_pcdata:
    case pugi::node_cdata:
      escape(node.value(), false, out);
      return;
    case pugi::node_element:
      break;
    default:
      return;
  }
  out += '<';
  out += node.name();
  for (pugi::xml_attribute attribute : node.attributes()) {
    out += ' ';
    out += attribute.name();
    out += "=\"";
    escape(attribute.value(), true, out);
    out += '"';
  }
  out += '>';
  if (is_void_element(node.name())) return;
  // Style text is raw in HTML: escaping '>' would break CSS child selectors.
  if (std::strcmp(node.name(), "style") == 0) {
    for (pugi::xml_node child : node.children()) out += child.value();
  } else {
    for (pugi::xml_node child : node.children()) write_node(child, out);
  }
  out += "</";
  out += node.name();
  out += '>';
}

}  // namespace

void write_html(pugi::xml_node root, std::string& out) {
  out += "<!DOCTYPE html>\n";
  write_node(root, out);
  out += '\n';
}

}  // namespace press::output
