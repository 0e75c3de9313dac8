#include <catch2/catch.hpp>

#include <filesystem>

#include "serve/request_path.h"
#include "temp_dir.h"

using press::serve::ResolvedRequest;
using press::serve::resolve_request_path;

namespace {

struct PreviewSite {
  TempDir dir{"request-path"};
  std::string site;
  PreviewSite() {
    dir.write("secret.txt", "outside the site");
    dir.write("site/index.html", "<p>home</p>");
    dir.write("site/en/factsheets/a/index.html", "<p>a</p>");
    dir.write("site/assets/style.css", "body{}");
    site = dir.file("site");
    std::filesystem::create_symlink(dir.file("secret.txt"), dir.file("site/leak.txt"));
    std::filesystem::create_directory_symlink(dir.path(), dir.file("site/up"));
    std::filesystem::create_symlink("assets/style.css", dir.file("site/inside.css"));
  }
  std::string real(const std::string& relative) const {
    return std::filesystem::canonical(dir.file("site/" + relative)).string();
  }
};

}  // namespace

TEST_CASE("request paths that name files of the site are served", "[serve][paths]") {
  PreviewSite site;
  const auto file = [&](const std::string& path) { return resolve_request_path(site.site, path); };
  CHECK(file("/").file == site.real("index.html"));
  CHECK(file("/en/factsheets/a/").file == site.real("en/factsheets/a/index.html"));
  CHECK(file("/en/factsheets/a/index.html").file == site.real("en/factsheets/a/index.html"));
  CHECK(file("/assets/style.css").file == site.real("assets/style.css"));
  // A link inside the site to a file inside it is fine.
  CHECK(file("/inside.css").file == site.real("assets/style.css"));
  CHECK(file("/en/factsheets/a").kind == ResolvedRequest::Kind::folder_redirect);
}

TEST_CASE("request paths that could leave the site folder are refused", "[serve][paths]") {
  PreviewSite site;
  // The server decodes percent-escapes before this check: "%2e%2e" arrives as "..", "%00" as
  // a NUL, "%5c" as a backslash.
  const std::string refused[] = {
      "/../secret.txt",
      "/en/../../secret.txt",
      "/en/factsheets/../../../secret.txt",
      "/./index.html",
      "/..",
      "/en/..",
      "/..\\secret.txt",
      "/\\..\\secret.txt",
      "/index.html\\",
      std::string("/index.html\0.png", 16),
      std::string("/\0", 2),
      "/en/\r\nSet-Cookie: x",
      "/leak.txt",              // a symbolic link out of the site
      "/up/secret.txt",         // a folder link out of the site
      "//etc/passwd",
      "/en//factsheets/a/",
      "relative/index.html",
      "",
      "/missing.html",
      "/index.html/",
  };
  for (const auto& path : refused) {
    INFO("request path: " << path);
    CHECK(resolve_request_path(site.site, path).kind == ResolvedRequest::Kind::not_found);
  }
}
