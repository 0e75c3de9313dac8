#include "checks/page_checks.h"

#include <cstring>
#include <set>

namespace press::checks {

namespace {

int heading_level(const char* name) {
  return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0' ? name[1] - '0' : 0;
}

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
  if (!*page.select_node("//head/title").node().child_value()) fail("the page needs a <title>");
  if (page.select_nodes("//main").size() != 1) fail("the page needs exactly one <main>");
  if (page.select_nodes("//h1").size() != 1) fail("the page needs exactly one <h1>");

  std::set<std::string> ids;
  for (auto node : page.select_nodes("//*[@id]")) {
    if (!ids.insert(node.node().attribute("id").value()).second) {
      fail(std::string("the id \"") + node.node().attribute("id").value() + "\" is used twice");
    }
  }
  int previous = 0;
  for (auto node : page.select_nodes("//h1|//h2|//h3|//h4|//h5|//h6")) {
    int level = heading_level(node.node().name());
    if (previous && level > previous + 1) {
      fail("heading \"" + std::string(node.node().child_value()) + "\" skips from h" +
           std::to_string(previous) + " to h" + std::to_string(level));
    }
    previous = level;
  }
  for (auto node : page.select_nodes("//img[not(@alt)]")) {
    fail(std::string("image \"") + node.node().attribute("src").value() + "\" has no alt text");
  }
  for (auto node : page.select_nodes("//a[starts-with(@href, '#')]")) {
    const char* target = node.node().attribute("href").value() + 1;
    if (*target && !ids.count(target)) {
      fail(std::string("link to \"#") + target + "\" has no target on the page");
    }
  }
}

}  // namespace press::checks
