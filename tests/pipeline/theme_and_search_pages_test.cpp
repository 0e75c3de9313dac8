// Theme and search pages as the real site publishes them: a page per theme listing the
// documents that name it, a page listing the themes, theme labels that link there, and a
// search page that is the only page with a script (press's own), in every locale.
#include <catch2/catch.hpp>

#include "real_site.h"
#include "temp_dir.h"
#include "text_matches.h"

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) { return TempDir::read(path.string()); }

// The links of the page's main content (not the header's or the breadcrumb's).
std::vector<std::string> main_links(const std::string& html) {
  const size_t start = html.find("<main"), end = html.find("</main>");
  return all_matches(html.substr(start, end - start), "<a href=\"([^\"]+)\"");
}

}  // namespace

TEST_CASE("a theme's page lists the documents that name it, in the site's order", "[pipeline][themes]") {
  const RealSite& site = real_site();
  // The documents whose front matter names `development` (content/*/*.md), summaries first as
  // in the navigation, each section in its `order`.
  CHECK(main_links(read(site.dir / "en/themes/development/index.html")) ==
        std::vector<std::string>{"../../../en/summaries/lac-dialogue-2020/index.html",
                                 "../../../en/summaries/ungass-2016-perspectives-latin-america/index.html",
                                 "../../../en/summaries/south-southeast-asia-dialogue-2020/index.html",
                                 "../../../en/summaries/eastern-europe-central-asia-dialogue-2021/index.html",
                                 "../../../en/factsheets/alternative-development/index.html"});
  const std::string th = read(site.dir / "th/themes/development/index.html");
  CHECK(th.find("<html lang=\"th\"") != std::string::npos);
  CHECK(th.find("hreflang=\"km\" href=\"https://guidelines.example.org/km/themes/development/\"") != std::string::npos);
}

TEST_CASE("the themes page lists every theme of press.yaml with its count", "[pipeline][themes]") {
  const RealSite& site = real_site();
  const std::string html = read(site.dir / "en/themes/index.html");
  CHECK(main_links(html) == std::vector<std::string>{"../../en/themes/criminal-justice/index.html",
                                                     "../../en/themes/health/index.html",
                                                     "../../en/themes/development/index.html",
                                                     "../../en/themes/particular-groups/index.html",
                                                     "../../en/themes/civil-society/index.html",
                                                     "../../en/themes/implementation/index.html"});
  CHECK(html.find("<p class=\"meta\">5 documents</p>") != std::string::npos);  // development, as above
  CHECK(read(site.dir / "sitemap.xml").find("https://guidelines.example.org/ru/themes/health/") != std::string::npos);
}

TEST_CASE("a document's theme labels link to the theme's page", "[pipeline][themes]") {
  const RealSite& site = real_site();
  const std::string html = read(site.dir / "es/factsheets/alternative-development/index.html");
  CHECK(html.find("href=\"../../../es/themes/development/index.html\"") != std::string::npos);
}

TEST_CASE("the search page is the only page with a script, and its script is press's own", "[pipeline][search]") {
  const RealSite& site = real_site();
  int pages = 0, with_script = 0;
  for (const auto& entry : fs::recursive_directory_iterator(site.dir)) {
    if (entry.path().extension() != ".html") continue;
    ++pages;
    const std::string html = read(entry.path());
    const auto scripts = all_matches(html, "<script([^>]*)>");
    if (scripts.empty()) continue;
    ++with_script;
    INFO(entry.path());
    CHECK(entry.path().parent_path().filename() == "search");
    CHECK(scripts == std::vector<std::string>{" src=\"../../assets/search.js\" defer=\"\""});
  }
  CHECK(with_script == 17);
  CHECK(pages > 17 * 30);
  // The search page without script still leads to every document: the themes and sections.
  const std::string search = read(site.dir / "km/search/index.html");
  CHECK(search.find("<form class=\"search-form\" role=\"search\" action=\"index.html\" method=\"get\" hidden=\"\"") !=
        std::string::npos);
  for (const char* link : {"../../km/themes/health/index.html", "../../km/factsheets/index.html",
                           "../../km/summaries/index.html"}) {
    CHECK(search.find(std::string("href=\"") + link + "\"") != std::string::npos);
  }
  CHECK(fs::exists(site.dir / "km/search/index.json"));
}
