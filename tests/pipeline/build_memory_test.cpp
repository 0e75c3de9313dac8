// Build memory: a process that builds again and again re-reads only the files that changed,
// and every build still equals a clean build byte for byte.
#include "pipeline/build_memory.h"

#include <catch2/catch.hpp>

#include <map>

#include "fixture_copy.h"
#include "pipeline/build.h"
#include "temp_dir.h"

namespace fs = std::filesystem;
using namespace press;

namespace {

void replace_in(const std::string& path, const std::string& from, const std::string& to) {
  std::string text = TempDir::read(path);
  REQUIRE(text.find(from) != std::string::npos);
  std::ofstream(path, std::ios::binary) << text.replace(text.find(from), from.size(), to);
}

// The previews of one project, built with one memory; each build is told what changed.
struct Previews {
  TempDir dir{"build-memory"};
  std::string project = copy_fixture(dir, "multilingual");
  pipeline::BuildMemory memory;
  std::string log;
  bool sitemap = true;

  // The theme inside the project, so that a test can edit it.
  Previews() {
    fs::create_directories(fs::path(project) / "themes");
    fs::copy(fs::path(PRESS_SOURCE_DIR) / "themes/default", fs::path(project) / "themes/default",
             fs::copy_options::recursive);
    replace_in(project + "/press.yaml", "theme: " + std::string(PRESS_SOURCE_DIR) + "/themes/default", "theme: default");
  }

  pipeline::BuildReport build(const std::vector<std::string>* changed) {
    pipeline::BuildOptions options;
    options.source_dir = project;
    options.out_dir = (dir.path() / "preview").string();
    options.cache_dir = (dir.path() / "cache").string();
    options.memory = &memory;
    options.changed_paths = changed;
    options.sitemap = sitemap;
    std::ostringstream err;
    auto report = pipeline::build_site(options, err);
    log = err.str();
    return report;
  }
  // What `press build` makes of the project as it is now, from nothing.
  std::map<std::string, std::string> clean_build() {
    const fs::path clean = dir.path() / "clean";
    fs::remove_all(clean);
    pipeline::BuildOptions options;
    options.source_dir = project;
    options.out_dir = clean.string();
    options.use_cache = false;
    std::ostringstream err;
    REQUIRE(pipeline::build_site(options, err).ok);
    return TempDir::files_of(clean);
  }
  std::map<std::string, std::string> preview() { return TempDir::files_of(dir.path() / "preview"); }
};

}  // namespace

TEST_CASE("kept sources take in an edited page, catalog or stylesheet and equal a clean build", "[pipeline][memory]") {
  Previews previews;
  REQUIRE(previews.build(nullptr).ok);
  core::Diagnostics diagnostics;
  const std::vector<std::string> nothing;
  const pipeline::SourceSite* kept = previews.memory.sources(previews.project, "", content::Drafts::left_out,
                                                             &nothing, diagnostics);
  REQUIRE(kept);
  const content::Page* report_page = &kept->content.sections[0].documents[0];

  replace_in(previews.project + "/content/summaries/report.md", "One point.", "One point, edited.");
  const std::vector<std::string> page{"content/summaries/report.md"};
  auto edited = previews.build(&page);
  INFO(previews.log);
  REQUIRE(edited.ok);
  CHECK(previews.memory.whole_loads() == 1);
  // In each of 3 locales: the page, the e-book, and the search index's files the edit touches
  // (the page's result text and the shards of its changed words).
  CHECK(edited.changed_files.size() < 20);
  CHECK(previews.preview() == previews.clean_build());
  // The page was read again in place: what pointed to it still does, and sees the new text.
  const pipeline::SourceSite* after = previews.memory.sources(previews.project, "", content::Drafts::left_out,
                                                              &page, diagnostics);
  CHECK(&after->content.sections[0].documents[0] == report_page);
  CHECK(report_page->body().find("One point, edited.") != std::string::npos);

  replace_in(previews.project + "/translations/es/summaries/report.po", "Puntos clave", "Puntos principales");
  std::ofstream(previews.project + "/themes/default/style.css", std::ios::app) << "\n/* edited */\n";
  const std::vector<std::string> theme{"themes/default/style.css", "translations/es/summaries/report.po"};
  REQUIRE(previews.build(&theme).ok);
  CHECK(previews.memory.whole_loads() == 1);
  CHECK(previews.preview().at("assets/style.css").find("/* edited */") != std::string::npos);
  CHECK(previews.preview().at("es/summaries/report/index.html").find("Puntos principales") != std::string::npos);
  CHECK(previews.preview() == previews.clean_build());
}

TEST_CASE("a new document joins its section in place; a broken page or a new order loads the project whole",
          "[pipeline][memory]") {
  Previews previews;
  REQUIRE(previews.build(nullptr).ok);
  REQUIRE(previews.memory.whole_loads() == 1);

  // A new document is read alone and put in its place in the section's order.
  previews.dir.write("project/content/factsheets/added.md",
                     "---\ntitle: Added\nsummary: A new page.\ndate: 2021-01-01\nsource: [test-report]\n"
                     "themes: [health]\norder: 2\n---\nNew text.\n");
  const std::vector<std::string> added{"content/factsheets/added.md"};
  REQUIRE(previews.build(&added).ok);
  CHECK(previews.preview().count("en/factsheets/added/index.html") == 1);
  CHECK(previews.preview() == previews.clean_build());
  CHECK(previews.memory.whole_loads() == 1);

  // A broken edit is reported as a clean build reports it, and its fix is taken in.
  const std::string health = previews.project + "/content/factsheets/health.md";
  replace_in(health, "date: 2020-01-31", "date: 2020-13-45");
  const std::vector<std::string> edited{"content/factsheets/health.md"};
  CHECK_FALSE(previews.build(&edited).ok);
  CHECK(previews.log.find("health.md:4:7: error: \"date\" must be a date") != std::string::npos);
  CHECK(previews.memory.whole_loads() == 2);
  replace_in(health, "date: 2020-13-45", "date: 2020-02-01");
  REQUIRE(previews.build(&edited).ok);
  CHECK(previews.preview() == previews.clean_build());

  // An order changed moves the page in its list: loaded whole, and equal to a clean build.
  const int loads = previews.memory.whole_loads();
  replace_in(health, "order: 1", "order: 3");
  REQUIRE(previews.build(&edited).ok);
  CHECK(previews.memory.whole_loads() == loads + 1);
  CHECK(previews.preview() == previews.clean_build());
}

TEST_CASE("the preview's build leaves out only the sitemap, before and after a page is added", "[pipeline][memory]") {
  Previews previews;
  previews.sitemap = false;
  REQUIRE(previews.build(nullptr).ok);
  auto expected = previews.clean_build();
  CHECK(expected.erase("sitemap.xml") == 1);
  CHECK(previews.preview() == expected);

  previews.dir.write("project/content/factsheets/added.md",
                     "---\ntitle: Added\nsummary: A new page.\ndate: 2021-01-01\nsource: [test-report]\n"
                     "themes: [health]\norder: 2\n---\nNew text.\n");
  const std::vector<std::string> added{"content/factsheets/added.md"};
  REQUIRE(previews.build(&added).ok);
  expected = previews.clean_build();
  CHECK(expected.erase("sitemap.xml") == 1);
  CHECK(previews.preview() == expected);
}
