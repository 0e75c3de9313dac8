#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "pipeline/build.h"
#include "temp_dir.h"

namespace {

struct Built {
  TempDir dir{"multilingual"};
  press::pipeline::BuildReport report;
  std::string log;
  Built() {
    std::ostringstream err;
    press::pipeline::BuildOptions options;
    options.source_dir = std::string(PRESS_FIXTURES_DIR) + "/multilingual";
    options.out_dir = dir.file("site");
    options.cache_dir = dir.file("cache");
    report = press::pipeline::build_site(options, err);
    log = err.str();
  }
  std::string page(const std::string& path) const { return TempDir::read(dir.file("site/" + path)); }
};

bool has(const std::string& html, const std::string& needle) { return html.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("every locale is built with the same slugs and its own lang and dir", "[pipeline][i18n]") {
  Built site;
  INFO(site.log);
  REQUIRE(site.report.ok);
  for (const char* locale : {"en", "es", "ar"}) {
    INFO(locale);
    CHECK(std::filesystem::exists(site.dir.file(std::string("site/") + locale + "/summaries/report/index.html")));
  }
  CHECK(has(site.page("ar/index.html"), "<html lang=\"ar\" dir=\"rtl\">"));
  CHECK(has(site.page("es/index.html"), "<html lang=\"es\" dir=\"ltr\">"));
  const std::string es = site.page("es/summaries/report/index.html");
  CHECK(has(es, "<link rel=\"alternate\" hreflang=\"ar\" href=\"https://test.example/ar/summaries/report/\">"));
  CHECK(has(es, "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://test.example/en/summaries/report/\">"));
  CHECK(has(es, "<a href=\"../../../ar/summaries/report/index.html\" lang=\"ar\" hreflang=\"ar\">العربية</a>"));
  const std::string sitemap = site.page("sitemap.xml");
  CHECK(has(sitemap, "<loc>https://test.example/es/summaries/report/</loc>\n"
                     "    <xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://test.example/en/summaries/report/\" />"));
}

TEST_CASE("catalog translations are used, fuzzy ones are not, and fallback is marked", "[pipeline][i18n]") {
  Built site;
  REQUIRE(site.report.ok);
  const std::string es = site.page("es/summaries/report/index.html");
  CHECK(has(es, "<h1>El informe en breve</h1>"));
  CHECK(has(es, ">Puntos clave</a></h2>"));
  // The fuzzy "Un punto." is not published: the English block stays, marked as English.
  CHECK_FALSE(has(es, "Un punto."));
  CHECK(has(es, "<li><span lang=\"en\" dir=\"ltr\">One point.<sup>"));
  // The summary has no translation: marked too, and the page says part of it is untranslated.
  CHECK(has(es, "<p class=\"lead\" lang=\"en\" dir=\"ltr\">What the test report says.</p>"));
  CHECK(has(es, "<p class=\"notice\">"));
  CHECK(has(es, "href=\"../../../es/translation-status/index.html\""));
  CHECK(has(es, "so they are shown in inglés."));
  CHECK(has(es, "<dd>1 minuto</dd>"));
  // Interface strings without a translation fall back to English, marked as such.
  CHECK(has(es, "<dt lang=\"en\" dir=\"ltr\">Date</dt>"));
}

TEST_CASE("a whole-file translation takes precedence over the catalog", "[pipeline][i18n]") {
  Built site;
  REQUIRE(site.report.ok);
  const std::string es = site.page("es/factsheets/health/index.html");
  CHECK(has(es, "<h1>Salud</h1>"));
  CHECK(has(es, "Texto escrito directamente en español."));
  CHECK_FALSE(has(es, "<p class=\"notice\">"));
  const std::string status = site.page("es/translation-status/index.html");
  CHECK(has(status, "<th scope=\"row\">Español</th>"));
}

TEST_CASE("a chart not yet translated is shown wholly in the source language, marked as such", "[pipeline][infographics]") {
  Built site;
  INFO(site.log);
  REQUIRE(site.report.ok);
  const std::string es = site.page("es/summaries/report/index.html");
  // English texts, English figures, a left-to-right layout, inside a wrapper that says so.
  CHECK(has(es, "<div lang=\"en\" dir=\"ltr\"><svg xmlns=\"http://www.w3.org/2000/svg\""));
  CHECK(has(es, "<title id=\"infographic-test-figures-title\">Two figures</title>"));
  CHECK(has(es, ">about 1,200</text>"));
  CHECK_FALSE(has(es, "1200 personas"));
  CHECK(has(es, "<tr lang=\"en\" dir=\"ltr\"><th scope=\"row\">about 1,200</th><td>people in the test</td></tr>"));
  // The interface around it is still Spanish where the catalog has it, and the page says
  // that parts are not translated.
  CHECK(has(es, "<p class=\"notice\">"));
  const std::string ar = site.page("ar/infographics/test-figures.svg");
  CHECK(has(ar, "xml:lang=\"en\""));
  CHECK(has(ar, "direction=\"ltr\""));
  // In English the same chart carries no language mark of its own.
  CHECK_FALSE(has(site.page("en/summaries/report/index.html"), "<div lang=\"en\""));
}
