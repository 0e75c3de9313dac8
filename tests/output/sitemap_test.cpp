// Sitemaps: every address once, with its alternates, and split where the protocol's limits
// would be passed.
#include "output/sitemap.h"

#include <catch2/catch.hpp>

#include <regex>

using press::output::Sitemap;

namespace {

size_t count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

const std::vector<std::string> kLocales = {"en", "ar"};
const std::vector<std::string> kPaths = {"", "factsheets/", "factsheets/a/", "factsheets/b/"};

}  // namespace

TEST_CASE("a small site has one sitemap with every address and its alternates", "[output][sitemap]") {
  const Sitemap sitemap("https://x.example/", kLocales, kPaths);
  REQUIRE(sitemap.files() == std::vector<std::string>{"sitemap.xml"});
  const std::string xml = sitemap.render(0);
  CHECK(count(xml, "<url>") == 8);
  CHECK(count(xml, "<loc>https://x.example/ar/factsheets/a/</loc>") == 1);
  CHECK(count(xml, "hreflang=\"ar\" href=\"https://x.example/ar/factsheets/a/\"") == 2);  // from both locales' entries
  CHECK(xml.find("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"") != std::string::npos);
}

TEST_CASE("more addresses than a sitemap may hold are split under an index", "[output][sitemap]") {
  const Sitemap sitemap("https://x.example/", kLocales, kPaths, {3, 45'000'000});
  REQUIRE(sitemap.files() ==
          std::vector<std::string>{"sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"});
  const std::string index = sitemap.render(0);
  CHECK(index.find("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">") != std::string::npos);
  CHECK(count(index, "<loc>https://x.example/sitemap-") == 3);
  CHECK(index.find("<loc>https://x.example/sitemap-3.xml</loc>") != std::string::npos);
  // Every address exactly once across the parts, none holding more than three.
  std::string all;
  for (size_t i = 1; i < sitemap.files().size(); ++i) {
    const std::string part = sitemap.render(i);
    CHECK(count(part, "<url>") <= 3);
    all += part;
  }
  CHECK(count(all, "<url>") == 8);
  for (const auto& locale : kLocales) {
    for (const auto& path : kPaths) CHECK(count(all, "<loc>https://x.example/" + locale + "/" + path + "</loc>") == 1);
  }
}

TEST_CASE("a sitemap is split before it grows past its size limit", "[output][sitemap]") {
  // Each address with two alternates is estimated at a few hundred bytes: 700 holds two.
  const Sitemap sitemap("https://x.example/", kLocales, kPaths, {50000, 700});
  REQUIRE(sitemap.files().size() == 5);
  for (size_t i = 1; i < sitemap.files().size(); ++i) {
    const std::string part = sitemap.render(i);
    CHECK(part.size() <= 1000);
    CHECK(count(part, "<url>") == 2);
  }
}
