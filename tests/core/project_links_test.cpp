#include "core/project_links.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "temp_dir.h"

using namespace press;
namespace fs = std::filesystem;

TEST_CASE("a symbolic link out of the project is refused before any file is read", "[core][safety]") {
  TempDir dir("project-links");
  const std::string project = dir.file("project");
  dir.write("project/press.yaml", "title: T\n");
  dir.write("project/content/index.md", "# Home\n");
  dir.write("project/themes/default/real.css", "p{}\n");
  dir.write("outside/secret.yaml", "password: hunter2\n");
  // Links that stay inside are fine.
  fs::create_symlink(project + "/themes/default/real.css", project + "/themes/default/style.css");
  core::Diagnostics clean;
  CHECK(core::check_links_stay_inside(project, clean));
  CHECK(clean.format_all().empty());

  fs::create_symlink(dir.file("outside/secret.yaml"), project + "/content/leak.md");
  fs::create_symlink("/etc/passwd", project + "/themes/default/print.css");
  fs::create_symlink(dir.file("outside"), project + "/translations");
  fs::create_symlink(project + "/content/missing.md", project + "/content/dangling.md");
  core::Diagnostics diagnostics;
  CHECK_FALSE(core::check_links_stay_inside(project, diagnostics));
  diagnostics.sort();
  const std::string outside = fs::canonical(dir.file("outside")).string();
  const std::string tail = ", outside the project; press reads no file outside the project, so copy the file in\n";
  CHECK(diagnostics.format_all() ==
        project + "/content/dangling.md: error: a symbolic link that leads nowhere; press reads no file through it\n" +
            project + "/content/leak.md: error: a symbolic link to " + outside + "/secret.yaml" + tail +
            project + "/themes/default/print.css: error: a symbolic link to /etc/passwd" + tail +
            project + "/translations: error: a symbolic link to " + outside + tail);
}
