#include "localize/localized_page.h"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <sstream>

#include "config/site_config.h"
#include "i18n/catalog.h"
#include "markdown/markdown_tree.h"

using namespace press;

namespace {

content::Page make_page(const std::string& text) {
  content::Page page;
  page.kind = content::PageKind::document;
  page.section = "factsheets";
  page.slug = "x";
  page.source = std::make_unique<core::SourceFile>("content/factsheets/x.md", text);
  config::SiteConfig config;
  config.reports.push_back({"r", "R", "2020-01-31"});
  config.themes.push_back({"t", "T"});
  core::Diagnostics diagnostics;
  page.front = *content::parse_front_matter(*page.source, content::PageKind::document, config, diagnostics);
  return page;
}

const char* kPage =
    "---\ntitle: Key facts\nsummary: What we know.\ndate: 2020-01-31\nsource: [r]\nthemes: [t]\norder: 1\n---\n"
    "## Key points\n\n- Prisons are full.\n- Health comes first.\n\nA closing line.\n";

}  // namespace

TEST_CASE("a page takes each block's translation and flags the ones it lacks", "[localize]") {
  content::Page page = make_page(kPage);
  const auto units = localize::page_units(page);
  REQUIRE(units.units.size() == 6);
  CHECK(units.units[0].context == "title");
  CHECK(units.units[2].id == "Key points");
  CHECK(units.units[2].line == 9);

  localize::Translations es = {
      {i18n::message_key("title", true, "Key facts"), "Datos clave"},
      {"Key points", "Puntos clave"},
      {"Prisons are full.", "Las cárceles están llenas."},
  };
  const auto localized = localize::localize_page(page, units, es);
  CHECK(localized.title == "Datos clave");
  CHECK_FALSE(localized.title_untranslated);
  CHECK(localized.summary == "What we know.");
  CHECK(localized.summary_untranslated);
  CHECK(localized.body ==
        "## Puntos clave\n\n- Las cárceles están llenas.\n- Health comes first.\n\nA closing line.\n");
  CHECK(localized.untranslated_blocks == std::vector<bool>{false, false, true, true});

  // Rendered, the blocks still in English say so, so screen readers switch voice.
  i18n::UiText ui;
  i18n::LocaleFormat format("es");
  core::Diagnostics diagnostics;
  pugi::xml_document document;
  markdown::MarkdownSource source{*page.source, page.front.body_line, ui, format, ""};
  source.untranslated_blocks = &localized.untranslated_blocks;
  auto rendered = markdown::render_markdown(localized.body, source, document.append_child("div"), diagnostics);
  std::ostringstream xml;
  document.print(xml, "", pugi::format_raw);
  CHECK(rendered.untranslated);
  CHECK(xml.str() ==
        "<div><h2 id=\"puntos-clave\"><a class=\"self-link\" href=\"#puntos-clave\">Puntos clave</a></h2>"
        "<ul><li>Las cárceles están llenas.</li><li><span lang=\"en\" dir=\"ltr\">Health comes first.</span></li>"
        "</ul><p lang=\"en\" dir=\"ltr\">A closing line.</p></div>");
}
