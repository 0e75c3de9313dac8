#include "pipeline/catalog_templates.h"

#include "i18n/gettext_plurals.h"

#include <catch2/catch.hpp>

using namespace press;

namespace {

i18n::CatalogMessage message(std::string id, std::string str, std::string comment = "") {
  i18n::CatalogMessage m;
  m.id = std::move(id);
  m.str = std::move(str);
  m.translator_comments = std::move(comment);
  return m;
}

}  // namespace

TEST_CASE("update keeps translations, turns changed sources fuzzy and retires removed ones", "[i18n]") {
  i18n::Catalog existing;
  existing.header = "Language: es\n";
  existing.messages = {
      message("Prisons are full in most countries.", "Las cárceles están llenas en la mayoría de los países.",
              "Reviewed by Ana.\n"),
      message("Health comes first.", "La salud es lo primero."),
      message("A sentence that was deleted.", "Una frase que se borró."),
  };
  const i18n::Catalog fresh = pipeline::make_template(
      {{"", "Prisons are full in many countries.", "paragraph", 3},
       {"", "Health comes first.", "paragraph", 5},
       {"", "A brand new point.", "paragraph", 7}},
      "content/factsheets/x.md");
  const i18n::Catalog merged = pipeline::merge_catalog(existing, fresh);
  REQUIRE(merged.messages.size() == 4);
  const auto& changed = merged.messages[0];
  CHECK(changed.id == "Prisons are full in many countries.");
  CHECK(changed.fuzzy);
  CHECK(changed.str == "Las cárceles están llenas en la mayoría de los países.");
  CHECK(changed.previous_id == "Prisons are full in most countries.");
  CHECK(changed.translator_comments == "Reviewed by Ana.\n");
  CHECK(changed.references == std::vector<std::pair<std::string, size_t>>{{"content/factsheets/x.md", 3}});
  CHECK(merged.messages[1].is_translated());
  CHECK(merged.messages[2].str.empty());
  CHECK(merged.messages[3].obsolete);
  CHECK(merged.messages[3].id == "A sentence that was deleted.");
  CHECK(merged.header == "Language: es\n");
}

TEST_CASE("completing a header adds what msgfmt --check wants and keeps the rest", "[i18n]") {
  i18n::Catalog catalog;
  catalog.header = "Language: es\nLanguage-Team: Equipo de traducción\n";
  pipeline::complete_header(catalog, "es", "G", "2026-11-24 10:00+0000");
  CHECK(catalog.header_field("Language-Team") == "Equipo de traducción");
  CHECK(catalog.header_field("Last-Translator") == "Spanish translators");
  CHECK(catalog.header_field("PO-Revision-Date") == "2026-11-24 10:00+0000");
  CHECK(catalog.header_field("Plural-Forms") == i18n::gettext_plural_forms("es").value());
}

TEST_CASE("new catalogs name their language, team and plural forms", "[i18n]") {
  const std::string header = pipeline::catalog_header("ru", "Guidelines", "2026-11-24 10:00+0000");
  CHECK(header.find("Language: ru\n") != std::string::npos);
  CHECK(header.find("Language-Team: Russian translators\n") != std::string::npos);
  CHECK(header.find("Plural-Forms: nplurals=3;") != std::string::npos);
  CHECK(header.find("PO-Revision-Date: 2026-11-24 10:00+0000\n") != std::string::npos);
  CHECK(pipeline::catalog_header("pt-BR", "G", "d").find("Language: pt_BR\n") != std::string::npos);
  CHECK(pipeline::catalog_header("uk", "G", "d").find("Plural-Forms: nplurals=3; plural=(n%10==1") != std::string::npos);
}

TEST_CASE("an update puts the language's own Plural-Forms in place of a wrong one", "[i18n]") {
  i18n::Catalog catalog;
  catalog.header = "Language: uk\nPlural-Forms: nplurals=2; plural=(n != 1);\n";
  pipeline::complete_header(catalog, "uk", "G", "2026-11-24 10:00+0000");
  CHECK(catalog.header_field("Plural-Forms") == i18n::gettext_plural_forms("uk").value());
}
