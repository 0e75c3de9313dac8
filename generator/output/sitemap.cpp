#include "output/sitemap.h"

#include <pugixml.hpp>

#include <sstream>

namespace press::output {

namespace {

constexpr const char* kSitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

pugi::xml_node start_document(pugi::xml_document& document, const char* root) {
  auto declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node node = document.append_child(root);
  node.append_attribute("xmlns") = kSitemapNamespace;
  return node;
}

// Text for an element or a double-quoted attribute.
void append_escaped(std::string& xml, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '&': xml += "&amp;"; break;
      case '<': xml += "&lt;"; break;
      case '>': xml += "&gt;"; break;
      case '"': xml += "&quot;"; break;
      default: xml += c;
    }
  }
}

std::string serialize(const pugi::xml_document& document) {
  std::ostringstream out;
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace

// Addresses are numbered locale by locale: number = locale × paths + path.
Sitemap::Sitemap(std::string base_url, std::vector<std::string> locales, std::vector<std::string> paths,
                 SitemapLimits limits)
    : base_url_(std::move(base_url)), locales_(std::move(locales)), paths_(std::move(paths)) {
  const size_t total = locales_.size() * paths_.size();
  // What one address costs in the file, with its alternates: markup plus the addresses' text.
  auto estimate = [&](size_t path) {
    const size_t alternates = locales_.size() < 2 ? 0 : locales_.size();
    size_t bytes = 40 + base_url_.size() + paths_[path].size();
    for (size_t i = 0; i < alternates; ++i) bytes += 70 + locales_[i].size() * 2 + base_url_.size() + paths_[path].size();
    return bytes;
  };
  part_starts_.push_back(0);
  size_t count = 0, bytes = 0;
  for (size_t number = 0; number < total; ++number) {
    const size_t cost = estimate(number % paths_.size());
    if (count > 0 && (count + 1 > limits.addresses || bytes + cost > limits.bytes)) {
      part_starts_.push_back(number);
      count = bytes = 0;
    }
    ++count;
    bytes += cost;
  }
  part_starts_.push_back(total);
  files_.push_back("sitemap.xml");
  const size_t parts = part_starts_.size() - 1;
  for (size_t part = 1; parts > 1 && part <= parts; ++part) files_.push_back("sitemap-" + std::to_string(part) + ".xml");
}

std::string Sitemap::render(size_t index) const {
  if (files_.size() == 1) return render_addresses(0, part_starts_.back());
  if (index == 0) return render_index();
  return render_addresses(part_starts_[index - 1], part_starts_[index]);
}

// Written as text, not built as a tree: a site of 8,000 pages in 8 languages has 72,000
// elements here, and a rebuild that adds a page writes them all again. The layout is the one
// the index below gets from pugixml.
std::string Sitemap::render_addresses(size_t begin, size_t end) const {
  std::string xml = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"") + kSitemapNamespace +
                    "\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"";
  if (begin == end) return xml + " />\n";
  xml += ">\n";
  // Each address's text, escaped once: "<base><locale>/<path>" for every locale and path.
  std::string base;
  append_escaped(base, base_url_);
  std::vector<std::string> locales(locales_.size()), paths(paths_.size());
  for (size_t i = 0; i < locales_.size(); ++i) append_escaped(locales[i], locales_[i]);
  for (size_t i = 0; i < paths_.size(); ++i) append_escaped(paths[i], paths_[i]);
  const bool alternates = locales_.size() > 1;
  xml.reserve(xml.size() + (end - begin) * (40 + base.size() + (alternates ? locales.size() * (70 + base.size()) : 0)));
  auto address = [&](size_t locale, size_t path) { xml.append(base).append(locales[locale]).append("/").append(paths[path]); };
  for (size_t number = begin; number < end; ++number) {
    const size_t locale = number / paths_.size(), path = number % paths_.size();
    xml += "  <url>\n    <loc>";
    address(locale, path);
    xml += "</loc>\n";
    for (size_t alternate = 0; alternates && alternate < locales.size(); ++alternate) {
      xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(locales[alternate]).append("\" href=\"");
      address(alternate, path);
      xml += "\" />\n";
    }
    xml += "  </url>\n";
  }
  return xml + "</urlset>\n";
}

std::string Sitemap::render_index() const {
  pugi::xml_document document;
  pugi::xml_node index = start_document(document, "sitemapindex");
  for (size_t file = 1; file < files_.size(); ++file) {
    index.append_child("sitemap").append_child("loc").text().set((base_url_ + files_[file]).c_str());
  }
  return serialize(document);
}

}  // namespace press::output
