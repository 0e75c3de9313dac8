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
