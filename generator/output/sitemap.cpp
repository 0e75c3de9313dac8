#include "output/sitemap.h"

#include <pugixml.hpp>

#include <sstream>

namespace press::output {

std::string render_sitemap(const std::string& base_url, const std::vector<std::string>& locales,
                           const std::vector<std::string>& paths) {
  pugi::xml_document document;
  auto declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  pugi::xml_node urlset = document.append_child("urlset");
  urlset.append_attribute("xmlns") = "http://www.sitemaps.org/schemas/sitemap/0.9";
  urlset.append_attribute("xmlns:xhtml") = "http://www.w3.org/1999/xhtml";
  for (const auto& locale : locales) {
    for (const auto& path : paths) {
      pugi::xml_node url = urlset.append_child("url");
      url.append_child("loc").text().set((base_url + locale + "/" + path).c_str());
      if (locales.size() < 2) continue;
      for (const auto& alternate : locales) {
        pugi::xml_node link = url.append_child("xhtml:link");
        link.append_attribute("rel") = "alternate";
        link.append_attribute("hreflang") = alternate.c_str();
        link.append_attribute("href") = (base_url + alternate + "/" + path).c_str();
      }
    }
  }
  std::ostringstream out;
  document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace press::output
