#include "content/front_matter.h"

#include <catch2/catch.hpp>

#include "config/site_config.h"

using namespace press;

namespace {

config::SiteConfig test_config() {
  config::SiteConfig config;
  config.reports.push_back({"lac-2020", "A report", "2020-01-31"});
  config.themes.push_back({"health", "Health"});
  return config;
}

std::string errors_for(const std::string& text, content::PageKind kind = content::PageKind::document) {
  core::SourceFile file("content/factsheets/x.md", text);
  core::Diagnostics diagnostics;
  auto front = content::parse_front_matter(file, kind, test_config(), diagnostics);
  CHECK(static_cast<bool>(front) == !diagnostics.has_errors());
  return diagnostics.format_all();
}

const std::string kValid =
    "---\ntitle: T\nsummary: S\ndate: 2020-01-31\nsource: [lac-2020]\nthemes: [health]\norder: 3\n---\n"
    "Body\n";

}  // namespace

TEST_CASE("valid front matter gives every field and where the body starts", "[content]") {
  core::SourceFile file("x.md", kValid);
  core::Diagnostics diagnostics;
  auto front = content::parse_front_matter(file, content::PageKind::document, test_config(), diagnostics);
  REQUIRE(front);
  CHECK(front->title == "T");
  CHECK(front->date == "2020-01-31");
  CHECK(front->sources == std::vector<std::string>{"lac-2020"});
  CHECK(front->order == 3);
  CHECK(front->body_line == 9);
  CHECK(file.text().substr(front->body_offset) == "Body\n");
}

TEST_CASE("bad front matter gets located errors with the whole message", "[content]") {
  struct Case {
    const char* name;
    std::string text;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"no front matter", "# Title\n",
       "content/factsheets/x.md:1:1: error: expected front matter: a \"---\" line, YAML fields, and \"---\"\n"
       "# Title\n^\n"},
      {"not closed", "---\ntitle: T\n",
       "content/factsheets/x.md:1:1: error: front matter is not closed: add a \"---\" line after the fields\n"
       "---\n^\n"},
      {"unknown key",
       "---\ntitle: T\nsummary: S\ndate: 2020-01-31\nsource: [lac-2020]\nthemes: [health]\norder: 1\nautor: Me\n---\n",
       "content/factsheets/x.md:8:1: error: unknown key \"autor\"; expected one of title, summary, date, "
       "source, themes, order\nautor: Me\n^\n"},
      {"key given twice",
       "---\ntitle: T\nsummary: S\ndate: 2020-01-31\nsource: [lac-2020]\nthemes: [health]\norder: 1\ntitle: U\n---\n",
       "content/factsheets/x.md:8:1: error: the key \"title\" is given twice\ntitle: U\n^\n"},
      {"missing key", "---\ntitle: T\nsummary: S\ndate: 2020-01-31\nsource: [lac-2020]\nthemes: [health]\n---\n",
       "content/factsheets/x.md:7:1: error: missing required key \"order\"\n---\n^\n"},
      {"impossible date",
       "---\ntitle: T\nsummary: S\ndate: 2021-02-29\nsource: [lac-2020]\nthemes: [health]\norder: 1\n---\n",
       "content/factsheets/x.md:4:7: error: \"date\" must be a date as YYYY-MM-DD, not \"2021-02-29\"\n"
       "date: 2021-02-29\n      ^\n"},
      {"unknown report",
       "---\ntitle: T\nsummary: S\ndate: 2020-01-31\nsource: [lac-2020, nope]\nthemes: [health]\norder: 1\n---\n",
       "content/factsheets/x.md:5:20: error: unknown report \"nope\"; it must be one of the reports listed "
       "in press.yaml\nsource: [lac-2020, nope]\n                   ^\n"},
      {"order not a number",
       "---\ntitle: T\nsummary: S\ndate: 2020-01-31\nsource: [lac-2020]\nthemes: [health]\norder: first\n---\n",
       "content/factsheets/x.md:7:8: error: \"order\" must be a whole number, not \"first\"\n"
       "order: first\n       ^\n"},
      {"YAML syntax", "---\ntitle: [unclosed\n---\n",
       "content/factsheets/x.md:3:1: error: invalid YAML: end of sequence flow not found\n---\n^\n"},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    CHECK(errors_for(c.text) == c.expected);
  }
}

TEST_CASE("every problem in one file is reported, not only the first", "[content]") {
  const std::string text =
      "---\ntitle: T\nsummary: S\ndate: 31/01/2020\nsource: [x]\nthemes: [y]\norder: 1\n---\n";
  const std::string errors = errors_for(text);
  CHECK(errors.find(":4:7: error: \"date\"") != std::string::npos);
  CHECK(errors.find(":5:10: error: unknown report \"x\"") != std::string::npos);
  CHECK(errors.find(":6:10: error: unknown theme \"y\"") != std::string::npos);
}

TEST_CASE("home and section pages take only a title and a summary", "[content]") {
  CHECK(errors_for("---\ntitle: T\nsummary: S\n---\n", content::PageKind::home).empty());
  CHECK(errors_for("---\ntitle: T\nsummary: S\norder: 1\n---\n", content::PageKind::section) ==
        "content/factsheets/x.md:4:1: error: unknown key \"order\"; expected one of title, summary\n"
        "order: 1\n^\n");
}
