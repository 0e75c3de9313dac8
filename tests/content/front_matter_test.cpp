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
       "source, themes, order, draft\nautor: Me\n^\n"},
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

namespace {

// kValid with `line` added as the last field.
std::string valid_with(const std::string& line) {
  return "---\ntitle: T\nsummary: S\ndate: 2020-01-31\nsource: [lac-2020]\nthemes: [health]\norder: 3\n" + line +
         "\n---\nBody\n";
}

std::optional<content::FrontMatter> parse(const std::string& text, core::Diagnostics& diagnostics) {
  core::SourceFile file("content/factsheets/x.md", text);
  return content::parse_front_matter(file, content::PageKind::document, test_config(), diagnostics);
}

}  // namespace

TEST_CASE("draft: true marks a draft; without it a document is not one", "[content][drafts]") {
  core::Diagnostics diagnostics;
  CHECK_FALSE(parse(kValid, diagnostics)->draft);
  CHECK(parse(valid_with("draft: true"), diagnostics)->draft);
  CHECK_FALSE(parse(valid_with("draft: false"), diagnostics)->draft);
  CHECK(diagnostics.all().empty());
}

TEST_CASE("a draft value other than true or false is a located error", "[content][drafts]") {
  struct Case {
    const char* line;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"draft: yes",
       "content/factsheets/x.md:8:8: error: \"draft\" must be true or false, not \"yes\"\ndraft: yes\n       ^\n"},
      {"draft: True",
       "content/factsheets/x.md:8:8: error: \"draft\" must be true or false, not \"True\"\ndraft: True\n       ^\n"},
      {"draft: 1", "content/factsheets/x.md:8:8: error: \"draft\" must be true or false, not \"1\"\ndraft: 1\n       ^\n"},
      {"draft: [true]",
       "content/factsheets/x.md:8:8: error: \"draft\" must be true or false, not a list or mapping\n"
       "draft: [true]\n       ^\n"},
      {"draft:", "content/factsheets/x.md:8:1: error: \"draft\" must be true or false, not empty\ndraft:\n^\n"},
  };
  for (const auto& c : cases) {
    INFO(c.line);
    CHECK(errors_for(valid_with(c.line)) == c.expected);
  }
  CHECK(errors_for("---\ntitle: T\nsummary: S\ndraft: true\n---\n", content::PageKind::section) ==
        "content/factsheets/x.md:4:1: error: unknown key \"draft\"; expected one of title, summary\n"
        "draft: true\n^\n");
}

TEST_CASE("placeholders parse, are not checked as ids, and are kept with where they are", "[content][drafts]") {
  core::Diagnostics diagnostics;
  const std::string text =
      "---\ntitle: T\nsummary: \"TODO: one sentence\"\ndate: 2020-01-31\nsource: [lac-2020, \"TODO: report ids\"]\n"
      "themes: [\"TODO: theme ids\"]\norder: 3\ndraft: true\n---\n";
  auto front = parse(text, diagnostics);
  REQUIRE(front);
  CHECK(diagnostics.all().empty());
  CHECK(front->summary == "TODO: one sentence");
  CHECK(front->sources == std::vector<std::string>{"lac-2020", "TODO: report ids"});
  REQUIRE(front->placeholders.size() == 3);
  CHECK(front->placeholders[0].field == "summary");
  CHECK(front->placeholders[0].line == 3);
  CHECK(front->placeholders[0].column == 10);
  CHECK(front->placeholders[1].field == "source");
  CHECK(front->placeholders[1].text == "TODO: report ids");
  CHECK(front->placeholders[1].column == 20);
  CHECK(front->placeholders[2].field == "themes");
  // A text that only mentions TODO later on is no placeholder, so an unknown id is still one.
  CHECK(errors_for(valid_with("").replace(valid_with("").find("[health]"), 8, "[\"see TODO: x\"]")) ==
        "content/factsheets/x.md:6:10: error: unknown theme \"see TODO: x\"; it must be one of the themes listed in "
        "press.yaml\nthemes: [\"see TODO: x\"]\n         ^\n");
}

TEST_CASE("a placeholder left is a warning in a draft and an error in a document to publish", "[content][drafts]") {
  const std::string draft = "---\ntitle: T\nsummary: \"TODO: one sentence\"\ndate: 2020-01-31\nsource: lac-2020\n"
                            "themes: [\"TODO: theme ids\"]\norder: 3\ndraft: true\n---\n";
  core::SourceFile file("content/factsheets/x.md", draft);
  core::Diagnostics parsing;
  auto front = content::parse_front_matter(file, content::PageKind::document, test_config(), parsing);
  REQUIRE(front);
  core::Diagnostics diagnostics;
  content::check_placeholders(file, *front, diagnostics);
  CHECK_FALSE(diagnostics.has_errors());
  CHECK(diagnostics.format_all() ==
        "content/factsheets/x.md:3:10: warning: placeholder \"TODO: one sentence\" in \"summary\": replace it before "
        "publishing\nsummary: \"TODO: one sentence\"\n         ^\n"
        "content/factsheets/x.md:6:10: warning: placeholder \"TODO: theme ids\" in \"themes\": replace it before "
        "publishing\nthemes: [\"TODO: theme ids\"]\n         ^\n");
  front->draft = false;
  core::Diagnostics published;
  content::check_placeholders(file, *front, published);
  CHECK(published.error_count() == 2);
  CHECK(published.all()[0].message ==
        "placeholder \"TODO: one sentence\" in \"summary\": replace it, or keep \"draft: true\" until it is filled in");
}

TEST_CASE("an order that is no int is an error, never a cast out of range", "[content][limits]") {
  auto with_order = [](const std::string& order) {
    return "---\ntitle: T\nsummary: S\ndate: 2020-01-31\nsource: [lac-2020]\nthemes: [health]\norder: " + order +
           "\n---\nBody\n";
  };
  for (const std::string order : {"1e308", "3000000000", "inf", "nan", "1.5"}) {
    INFO(order);
    CHECK(errors_for(with_order(order)) == "content/factsheets/x.md:7:8: error: \"order\" must be a whole number, not \"" +
                                               order + "\"\norder: " + order + "\n       ^\n");
  }
  CHECK(errors_for(with_order("2147483647")).empty());
}
