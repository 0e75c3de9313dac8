#include "output/atom_feed.h"

#include <pugixml.hpp>

#include <algorithm>
#include <sstream>

namespace press::output {

namespace {

pugi::xml_node text_element(pugi::xml_node parent, const char* name, const std::string& text,
                            const std::string& lang = {}) {
  pugi::xml_node node = parent.append_child(name);
  if (!lang.empty()) node.append_attribute("xml:lang") = lang.c_str();
  node.text().set(text.c_str());
  return node;
}

void link(pugi::xml_node parent, const char* rel, const std::string& href, const char* type = nullptr) {
  pugi::xml_node node = parent.append_child("link");
  node.append_attribute("rel") = rel;
  if (type) node.append_attribute("type") = type;
  node.append_attribute("href") = href.c_str();
}

}  // namespace

std::string render_atom(const Feed& feed) {
  pugi::xml_document document;
  pugi::xml_node root = document.append_child("feed");
  root.append_attribute("xmlns") = "http://www.w3.org/2005/Atom";
  root.append_attribute("xml:lang") = feed.lang.c_str();
  text_element(root, "id", feed.id);
  text_element(root, "title", feed.title);
  std::string updated = "1970-01-01T00:00:00Z";  // a feed with no entry yet
  for (const FeedEntry& entry : feed.entries) updated = std::max(updated, entry.updated);
  text_element(root, "updated", updated);
  text_element(root.append_child("author"), "name", feed.author);
  link(root, "self", feed.self_url, "application/atom+xml");
  link(root, "alternate", feed.site_url, "text/html");
  for (const FeedEntry& entry : feed.entries) {
    pugi::xml_node node = root.append_child("entry");
    node.append_attribute("xml:lang") = entry.lang.c_str();
    text_element(node, "id", entry.id);
    text_element(node, "title", entry.title, entry.title_lang);
    text_element(node, "updated", entry.updated);
    link(node, "alternate", entry.url, "text/html");
    text_element(node, "summary", entry.summary, entry.summary_lang);
  }
  std::ostringstream out;
  document.save(out, "  ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
  return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + out.str();
}

}  // namespace press::output
