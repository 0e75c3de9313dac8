// Hostile projects, one row per safety rule: each gives its exact diagnostic in `press build`
// and in `press check`, leaves the last site byte for byte as it was, and creates nothing
// outside the project and the output (a scratch tree around them is compared whole).
#include <unistd.h>

#include <functional>
#include <set>

#include <catch2/catch.hpp>

#include "fixture_copy.h"
#include "pipeline/build.h"
#include "pipeline/check_command.h"
#include "pipeline/i18n_commands.h"
#include "temp_dir.h"

namespace fs = std::filesystem;
using namespace press;

namespace {

using Files = std::map<std::string, std::string>;

void append(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::app) << text;
}

void replace_in(const fs::path& path, const std::string& from, const std::string& to) {
  std::string text = TempDir::read(path.string());
  REQUIRE(text.find(from) != std::string::npos);
  std::ofstream(path, std::ios::binary) << text.replace(text.find(from), from.size(), to);
}

// Every path under the scratch folder but the project (which a row edits, and `press check`
// builds into) and the build caches.
std::set<std::string> scratch_paths(const fs::path& root) {
  std::set<std::string> paths;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
    const std::string relative = fs::relative(it->path(), root).string();
    if (relative == "project" || relative == "pristine" || relative == "cache") {
      it.disable_recursion_pending();
      continue;
    }
    paths.insert(relative);
  }
  return paths;
}

struct Row {
  const char* rule;
  std::function<void(const fs::path& project)> make;
  std::string expected;  // a whole line of the diagnostics
};

// The summary in the fixture has 15 lines; a row's appended line is line 17.
const Row kRows[] = {
    {"a javascript: link",
     [](const fs::path& p) { append(p / "content/summaries/report.md", "\n[Open](javascript:alert(1))\n"); },
     "content/summaries/report.md:17:1: error: the link target \"javascript:alert(1)\" uses the scheme \"javascript:\", "
     "which a page may not link to; use a relative URL, #fragment, http:, https:, mailto: or tel:"},
    {"an entity-encoded script URL in an image",
     [](const fs::path& p) { append(p / "content/summaries/report.md", "\n![A](jav&#x61;script:alert(1))\n"); },
     "content/summaries/report.md:17:1: error: the link target \"javascript:alert(1)\" uses the scheme \"javascript:\", "
     "which a page may not link to; use a relative URL, #fragment, http:, https:, mailto: or tel:"},
    {"raw HTML",
     [](const fs::path& p) { append(p / "content/summaries/report.md", "\n<img src=x onerror=alert(1)>\n"); },
     "content/summaries/report.md:17:1: error: raw HTML \"<img src=x onerror=alert(1)>\" is not allowed; content is "
     "Markdown only"},
    {"a missing local image",
     [](const fs::path& p) { append(p / "content/summaries/report.md", "\n![A photo](images/gone.png)\n"); },
     "content/summaries/report.md:17:1: error: no image \"images/gone.png\": a page's own images go in "
     "content/images/ and are written ![what it shows](images/<name>)"},
    {"a locale tag that is a path",
     [](const fs::path& p) { replace_in(p / "press.yaml", "locales: [en, es, ar]", "locales: [en, es, \"../escaped\"]"); },
     "press.yaml:7:19: error: locale \"../escaped\" is not a BCP 47 language tag; expected one such as en, zh-Hans or pt-BR"},
    {"a locale listed twice",
     [](const fs::path& p) { replace_in(p / "press.yaml", "locales: [en, es, ar]", "locales: [en, es, es]"); },
     "press.yaml:7:19: error: locale \"es\" is listed twice"},
    {"a script base_url",
     [](const fs::path& p) { replace_in(p / "press.yaml", "base_url: https://test.example/", "base_url: javascript:alert(1)"); },
     "press.yaml:5:1: error: \"base_url\" must be an absolute http: or https: URL, such as https://example.org/"},
    {"a content file linked to a file outside the project",
     [](const fs::path& p) { fs::create_symlink("/etc/passwd", p / "content/factsheets/passwd.md"); },
     "content/factsheets/passwd.md: error: a symbolic link to /etc/passwd, outside the project; press reads no "
     "file outside the project, so copy the file in"},
    {"a byte order mark",
     [](const fs::path& p) {
       const std::string text = TempDir::read((p / "content/factsheets/health.md").string());
       std::ofstream(p / "content/factsheets/health.md", std::ios::binary) << "\xEF\xBB\xBF" << text;
     },
     "content/factsheets/health.md:1:1: error: the file starts with a byte order mark; save it as UTF-8 without one"},
    {"a Windows-1252 catalog",
     [](const fs::path& p) { replace_in(p / "translations/es/ui.po", "msgstr \"Inicio\"", "msgstr \"P\x92gina\""); },
     "translations/es/ui.po:7:10: error: byte 0x92 is not UTF-8: the file is probably in another encoding (such as Windows-1252); save it as UTF-8"},
    {"a key given twice in front matter",
     [](const fs::path& p) { replace_in(p / "content/factsheets/health.md", "order:", "title: Again\norder:"); },
     "content/factsheets/health.md:7:1: error: the key \"title\" is given twice"},
};

}  // namespace

TEST_CASE("a hostile project gives its exact diagnostic and changes nothing outside it", "[pipeline][safety]") {
  TempDir dir("hostile");
  const std::string project = copy_fixture(dir, "multilingual");
  const fs::path pristine = dir.path() / "pristine", site = dir.path() / "site";
  replace_folder(project, pristine);
  pipeline::BuildOptions options;
  options.source_dir = project;
  options.out_dir = site.string();
  options.cache_dir = (dir.path() / "cache").string();
  {
    std::ostringstream err;
    REQUIRE(pipeline::build_site(options, err).ok);
  }
  const Files site_before = TempDir::files_of(site);
  const std::set<std::string> scratch_before = scratch_paths(dir.path());

  for (const Row& row : kRows) {
    INFO(row.rule);
    replace_folder(pristine, project);
    row.make(project);
    std::ostringstream built, checked, out;
    CHECK_FALSE(pipeline::build_site(options, built).ok);
    CHECK(pipeline::check_project(project, false, out, checked) == 1);
    INFO("build said:\n" << built.str() << "check said:\n" << checked.str());
    CHECK(built.str().find(row.expected + "\n") != std::string::npos);
    CHECK(checked.str().find(row.expected + "\n") != std::string::npos);
    CHECK(built.str().find("which has no source page") == std::string::npos);  // no knock-on warning
    CHECK(TempDir::files_of(site) == site_before);
    CHECK(scratch_paths(dir.path()) == scratch_before);
  }

  SECTION("an XLIFF file whose target language is a path") {
    replace_folder(pristine, project);
    const fs::path exported = dir.path() / "xliff";
    std::ostringstream out, err;
    REQUIRE(pipeline::i18n_export_xliff(project, "es", exported.string(), out, err) == 0);
    const fs::path file = exported / "ui.xlf";
    replace_in(file, "trgLang=\"es\"", "trgLang=\"../../escaped\"");
    const std::set<std::string> before = scratch_paths(dir.path());
    const Files project_before = TempDir::files_of(project);
    CHECK(pipeline::i18n_import_xliff(project, file.string(), out, err) != 0);
    INFO(err.str());
    CHECK(err.str().find("ui.xlf:2:") != std::string::npos);
    CHECK(err.str().find("error: trgLang \"../../escaped\" is not a BCP 47 language tag") != std::string::npos);
    CHECK(scratch_paths(dir.path()) == before);
    CHECK(TempDir::files_of(project) == project_before);
  }
}
