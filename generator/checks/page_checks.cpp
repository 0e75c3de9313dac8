#include "checks/page_checks.h"

#include <cstring>
#include <unordered_set>
#include <vector>

namespace press::checks {

namespace {

int heading_level(const char* name) {
  return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0' ? name[1] - '0' : 0;
}

// What one walk over the finished page collects; every rule is then checked on these facts,
// so a page is traversed once, not once per rule.
struct PageFacts {
  int main_count = 0;
  int h1_count = 0;
  bool has_title = false;
  std::unordered_set<std::string> ids;
  std::vector<std::string> duplicate_ids;
  std::vector<std::pair<int, std::string>> headings;  // level, text
  std::vector<std::string> images_without_alt;
  std::vector<std::string> fragment_links;

  void walk(pugi::xml_node node) {
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
      if (child.type() != pugi::node_element) continue;
      const char* name = child.name();
      if (pugi::xml_attribute id = child.attribute("id")) {
        if (!ids.insert(id.value()).second) duplicate_ids.push_back(id.value());
      }
      if (const int level = heading_level(name)) {
        headings.emplace_back(level, child.text().get());
        h1_count += level == 1;
      } else if (std::strcmp(name, "main") == 0) {
        ++main_count;
      } else if (std::strcmp(name, "title") == 0) {
        has_title = *child.child_value() != '\0';
      } else if (std::strcmp(name, "img") == 0 && !child.attribute("alt")) {
        images_without_alt.push_back(child.attribute("src").value());
      } else if (std::strcmp(name, "a") == 0 && child.attribute("href").value()[0] == '#') {
        fragment_links.push_back(child.attribute("href").value() + 1);
      }
      walk(child);
    }
  }
};

}  // namespace

void check_page(const pugi::xml_document& page, const std::string& source_path,
                core::Diagnostics& diagnostics) {
  auto fail = [&](const std::string& message) {
    diagnostics.error(source_path, "page check failed: " + message);
  };
  pugi::xml_node html = page.document_element();
  if (std::strcmp(html.name(), "html") != 0 || !*html.attribute("lang").value()) {
    fail("the page needs <html lang>");
  }
  PageFacts facts;
  facts.walk(page);
  if (!facts.has_title) fail("the page needs a <title>");
  if (facts.main_count != 1) fail("the page needs exactly one <main>");
  if (facts.h1_count != 1) fail("the page needs exactly one <h1>");
  for (const auto& id : facts.duplicate_ids) fail("the id \"" + id + "\" is used twice");
  int previous = 0;
  for (const auto& [level, text] : facts.headings) {
    if (previous && level > previous + 1) {
      fail("heading \"" + text + "\" skips from h" + std::to_string(previous) + " to h" +
           std::to_string(level));
    }
    previous = level;
  }
  for (const auto& src : facts.images_without_alt) fail("image \"" + src + "\" has no alt text");
  for (const auto& target : facts.fragment_links) {
    if (!target.empty() && !facts.ids.count(target)) {
      fail("link to \"#" + target + "\" has no target on the page");
    }
  }
}

}  // namespace press::checks
