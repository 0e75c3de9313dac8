// press new: a draft with valid front matter and placeholders, a safe slug, nothing overwritten.
#include "pipeline/new_document.h"

#include <catch2/catch.hpp>

#include <sstream>

#include "config/site_config.h"
#include "content/front_matter.h"
#include "fixture_copy.h"
#include "pipeline/build.h"
#include "pipeline/check_command.h"
#include "temp_dir.h"

namespace fs = std::filesystem;
using namespace press;

namespace {

struct Run {
  int status = 0;
  std::string out;
  std::string err;
};

Run run_new(const std::string& root, const std::string& kind, const std::string& slug) {
  std::ostringstream out, err;
  Run run;
  run.status = pipeline::new_document(root, kind, slug, "2024-02-29", out, err);
  run.out = out.str();
  run.err = err.str();
  return run;
}

const std::string kRule =
    "; use lowercase letters a-z, digits and single hyphens between words, such as harm-reduction-in-prisons";

}  // namespace

TEST_CASE("a slug is lowercase ASCII words joined by single hyphens, or refused with why", "[pipeline][new]") {
  for (const char* good : {"harm-reduction-in-prisons", "a", "2030-agenda", "covid-19"}) {
    INFO(good);
    CHECK(pipeline::refuse_slug(good).empty());
  }
  CHECK(pipeline::refuse_slug(std::string(80, 'a')).empty());
  struct Case {
    std::string slug;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"", "the slug \"\" is empty" + kRule},
      {"harm reduction", "the slug \"harm reduction\" has a space" + kRule},
      {"Harm-reduction", "the slug \"Harm-reduction\" has a capital letter, \"H\"" + kRule},
      {"../etc", "the slug \"../etc\" has \".\"" + kRule},
      {"a/b", "the slug \"a/b\" has \"/\"" + kRule},
      {"a\\b", "the slug \"a\\b\" has \"\\\"" + kRule},
      {"-harm", "the slug \"-harm\" starts with a hyphen" + kRule},
      {"harm-", "the slug \"harm-\" ends with a hyphen" + kRule},
      {"harm--reduction", "the slug \"harm--reduction\" has two hyphens in a row" + kRule},
      {"réduction", "the slug \"réduction\" has \"é\"" + kRule},
      {"harm_reduction", "the slug \"harm_reduction\" has \"_\"" + kRule},
      {"a\nb", "the slug \"a\\x0Ab\" has \"\\x0A\"" + kRule},
      {std::string(81, 'a'),
       "the slug \"" + std::string(40, 'a') + "…\" is 81 characters long, more than 80" + kRule},
  };
  for (const auto& c : cases) {
    INFO(c.slug);
    CHECK(pipeline::refuse_slug(c.slug) == c.expected);
  }
}

TEST_CASE("a title is made from the slug in sentence case", "[pipeline][new]") {
  CHECK(pipeline::title_from_slug("harm-reduction-in-prisons") == "Harm reduction in prisons");
  CHECK(pipeline::title_from_slug("2030-agenda") == "2030 agenda");
  CHECK(pipeline::section_of_kind("factsheet") == "factsheets");
  CHECK(pipeline::section_of_kind("summary") == "summaries");
  CHECK(pipeline::section_of_kind("page").empty());
}

TEST_CASE("a new document is a draft whose front matter parses, with its placeholders found", "[pipeline][new]") {
  const std::string text = pipeline::render_new_document({"Harm reduction in prisons", "2024-02-29", 13,
                                                          {"lac-2020", "ungass-2016"}, {"health"}});
  CHECK(text ==
        "---\n"
        "title: \"Harm reduction in prisons\"\n"
        "summary: \"TODO: one or two plain sentences on what the page covers\"\n"
        "date: 2024-02-29\n"
        "# report ids from press.yaml, main report first: lac-2020, ungass-2016\n"
        "source: [\"TODO: report ids\"]\n"
        "# theme ids from press.yaml: health\n"
        "themes: [\"TODO: theme ids\"]\n"
        "order: 13\n"
        "# a draft is left out of press build; remove this line to publish it\n"
        "draft: true\n"
        "---\n\n");
  config::SiteConfig config;
  config.reports.push_back({"lac-2020", "A report", "2020-01-31"});
  config.themes.push_back({"health", "Health"});
  core::SourceFile file("new.md", text);
  core::Diagnostics diagnostics;
  const auto front = content::parse_front_matter(file, content::PageKind::document, config, diagnostics);
  INFO(diagnostics.format_all());
  REQUIRE(front);
  CHECK(diagnostics.all().empty());
  CHECK(front->title == "Harm reduction in prisons");
  CHECK(front->date == "2024-02-29");
  CHECK(front->order == 13);
  CHECK(front->draft);
  REQUIRE(front->placeholders.size() == 3);
  CHECK(front->placeholders[0].field == "summary");
  CHECK(front->placeholders[1].field == "source");
  CHECK(front->placeholders[2].field == "themes");
}

TEST_CASE("press new writes the next document of its section and says what to do next", "[pipeline][new]") {
  TempDir dir("new-document");
  const std::string project = copy_fixture(dir, "drafts");
  // The fact sheets are health (order 1) and a draft (order 2): the new one comes after both.
  const Run factsheet = run_new(project, "factsheet", "harm-reduction-in-prisons");
  INFO(factsheet.err);
  REQUIRE(factsheet.status == 0);
  const std::string path = project + "/content/factsheets/harm-reduction-in-prisons.md";
  CHECK(factsheet.out == "wrote " + path +
                             ", a draft: press build leaves it out until \"draft: true\" is removed\n"
                             "next: edit it, then preview with press serve; press check names each \"TODO:\" still to "
                             "fill in\n");
  const std::string text = TempDir::read(path);
  CHECK(text.rfind("---\ntitle: \"Harm reduction in prisons\"\n", 0) == 0);
  CHECK(text.find("\ndate: 2024-02-29\n") != std::string::npos);
  CHECK(text.find("main report first: test-report\n") != std::string::npos);
  CHECK(text.find("\norder: 3\n") != std::string::npos);
  // The summaries have none yet.
  REQUIRE(run_new(project, "summary", "new-report").status == 0);
  CHECK(TempDir::read(project + "/content/summaries/new-report.md").find("\norder: 1\n") != std::string::npos);

  // Never over a file: not the one just written, nor one written by hand.
  dir.write("project/content/factsheets/harm-reduction-in-prisons.md", "my own words\n");
  const Run again = run_new(project, "factsheet", "harm-reduction-in-prisons");
  CHECK(again.status == 2);
  CHECK(again.err == "error: " + path +
                         " already exists; press new never writes over a file: edit it, or choose another slug\n");
  CHECK(again.out.empty());
  CHECK(TempDir::read(path) == "my own words\n");
}

TEST_CASE("press new refuses a bad slug, a kind it does not know, and a folder without press.yaml",
          "[pipeline][new]") {
  TempDir dir("new-document-refused");
  const std::string project = copy_fixture(dir, "drafts");
  const Run slug = run_new(project, "factsheet", "../../etc/passwd");
  CHECK(slug.status == 2);
  CHECK(slug.err == "error: the slug \"../../etc/passwd\" has \".\"" + kRule + "\n");
  const Run kind = run_new(project, "page", "about");
  CHECK(kind.status == 2);
  CHECK(kind.err == "error: \"page\" is not a kind of document; expected factsheet or summary\n");
  const Run elsewhere = run_new(dir.file("content"), "factsheet", "about");
  CHECK(elsewhere.status == 2);
  CHECK(elsewhere.err == "error: \"" + dir.file("content") +
                             "\" has no press.yaml; run press new in the project folder, or give it with --source\n");
  CHECK_FALSE(fs::exists(dir.path() / "etc"));
  CHECK_FALSE(fs::exists(fs::path(project) / "content/factsheets/about.md"));
}

TEST_CASE("press check names each placeholder of a new draft, and press build --drafts builds it", "[pipeline][new]") {
  TempDir dir("new-document-checked");
  const std::string project = copy_fixture(dir, "drafts");
  REQUIRE(run_new(project, "factsheet", "harm-reduction-in-prisons").status == 0);
  const std::string path = project + "/content/factsheets/harm-reduction-in-prisons.md";
  std::ostringstream out, err;
  CHECK(pipeline::check_project(project, false, out, err) == 0);  // warnings only
  const std::string warnings = err.str();
  CHECK(warnings.find(path + ":3:10: warning: placeholder \"TODO: one or two plain sentences on what the page "
                             "covers\" in \"summary\": replace it before publishing\n") != std::string::npos);
  CHECK(warnings.find(path + ":6:10: warning: placeholder \"TODO: report ids\" in \"source\"") != std::string::npos);
  CHECK(warnings.find(path + ":8:10: warning: placeholder \"TODO: theme ids\" in \"themes\"") != std::string::npos);
  CHECK(pipeline::check_project(project, true, out, err) == 1);  // --strict

  pipeline::BuildOptions options;
  options.source_dir = project;
  options.out_dir = dir.file("site");
  options.cache_dir = dir.file("cache");
  options.include_drafts = true;
  std::ostringstream log;
  const auto report = pipeline::build_site(options, log);
  INFO(log.str());
  REQUIRE(report.ok);
  const std::string page = TempDir::read(dir.file("site/en/factsheets/harm-reduction-in-prisons/index.html"));
  CHECK(page.find("<p class=\"notice draft-marker\">Draft</p>") != std::string::npos);

  // Published with its placeholders left, it is refused.
  std::string text = TempDir::read(path);
  dir.write("project/content/factsheets/harm-reduction-in-prisons.md", text.replace(text.find("draft: true"), 11, ""));
  options.include_drafts = false;
  std::ostringstream refused;
  CHECK_FALSE(pipeline::build_site(options, refused).ok);
  CHECK(refused.str().find(path +
                           ":3:10: error: placeholder \"TODO: one or two plain sentences on what the page covers\" "
                           "in \"summary\": replace it, or keep \"draft: true\" until it is filled in\n") !=
        std::string::npos);
}
