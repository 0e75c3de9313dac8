#include "output/site_writer.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include "temp_dir.h"

namespace fs = std::filesystem;
using press::output::SiteWriter;

namespace {

void build_once(const std::string& out, const std::string& text) {
  SiteWriter writer(out);
  std::string error;
  REQUIRE(writer.open(error));
  REQUIRE(writer.write("index.html", text));
  REQUIRE(writer.write("en/index.html", text));
  REQUIRE(writer.commit(error));
}

}  // namespace

TEST_CASE("a whole build replaces the site and leaves nothing beside it", "[output][safety]") {
  TempDir dir("site-writer");
  const std::string out = dir.file("site");
  build_once(out, "first");
  build_once(out, "second");
  CHECK(TempDir::read(out + "/index.html") == "second");
  CHECK(TempDir::read(out + "/en/index.html") == "second");
  CHECK_FALSE(fs::exists(out + ".tmp"));
  CHECK_FALSE(fs::exists(out + ".old"));
}

TEST_CASE("a file of the site whose path would lead out of it is not written", "[output][safety]") {
  TempDir dir("site-writer-escape");
  const std::string out = dir.file("site");
  SiteWriter writer(out);
  std::string error;
  REQUIRE(writer.open(error));
  CHECK_FALSE(writer.write("../escaped/index.html", "outside"));
  CHECK_FALSE(writer.write("/tmp/absolute.html", "outside"));
  CHECK(writer.write("en/index.html", "inside"));
  REQUIRE(writer.commit(error));
  CHECK_FALSE(fs::exists(dir.file("escaped")));
  CHECK_FALSE(fs::exists(out + ".tmp/../escaped"));
  CHECK(TempDir::read(out + "/en/index.html") == "inside");
}
