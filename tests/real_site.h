// The real site, as the tests that only read it share it: built into a folder of the test
// build's own, with a build cache. The first test process to get there builds it; the others
// wait on its output lock and then find nothing to do, instead of each building all 17 locales
// again. A change to press or to the content rebuilds what it touches, as for any site.
#pragma once

#include <filesystem>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "pipeline/build.h"

struct RealSite {
  std::filesystem::path dir;  // the site
  press::pipeline::BuildReport report;
  std::string log;
};

inline const RealSite& real_site() {
  static const RealSite built = [] {
    const std::filesystem::path shared = PRESS_SHARED_SITE_DIR;
    std::ostringstream err;
    press::pipeline::BuildOptions options;
    options.source_dir = PRESS_SOURCE_DIR;
    options.out_dir = (shared / "site").string();
    options.cache_dir = (shared / "cache").string();  // the tests' own, not the project's
    RealSite site{shared / "site", press::pipeline::build_site(options, err), err.str()};
    return site;
  }();
  INFO(built.log);
  REQUIRE(built.report.ok);
  return built;
}
