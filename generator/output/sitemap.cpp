#include "output/sitemap.h"

#include <pugixml.hpp>

#include <sstream>

namespace press::output {

std::string render_sitemap(const std::string& base_url, const std::vector<std::string>& paths) {
  pugi::xml_document document;
  auto declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node urlset = document.append_child("urlset");
  urlset.append_attribute("xmlns") = "http://www.sitemaps.org/schemas/sitemap/0.9";
  for (const auto& path : paths) {
    urlset.append_child("url").append_child("loc").text().set((base_url + path).c_str());
  }
  std::ostringstream out;
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace press::output
