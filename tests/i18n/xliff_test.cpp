#include "i18n/xliff.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include "temp_dir.h"

using namespace press;

namespace {

i18n::Catalog read(const std::string& path) {
  core::Diagnostics diagnostics;
  auto catalog = i18n::read_catalog(path, diagnostics);
  INFO(diagnostics.format_all());
  REQUIRE(catalog);
  return *catalog;
}

}  // namespace

TEST_CASE("every shipped catalog survives PO to XLIFF to PO unchanged, byte for byte", "[i18n][xliff]") {
  TempDir dir("xliff-round-trip");
  const std::filesystem::path translations = std::filesystem::path(PRESS_SOURCE_DIR) / "translations";
  int checked = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(translations)) {
    if (entry.path().extension() != ".po") continue;
    const std::string original = entry.path().string();
    INFO(original);
    const i18n::Catalog catalog = read(original);
    std::string error;
    REQUIRE(i18n::write_xliff(catalog, "x", "en", "es", dir.file("unit.xlf"), error));
    core::Diagnostics diagnostics;
    auto document = i18n::read_xliff(dir.file("unit.xlf"), diagnostics);
    REQUIRE(document);
    REQUIRE(document->units.size() == catalog.messages.size());
    // Import into a catalog with every translation emptied: the XLIFF alone must restore them.
    i18n::Catalog blank = catalog;
    for (auto& m : blank.messages) {
      m.str.clear();
      m.fuzzy = false;
      m.translator_comments.clear();
    }
    auto restored = i18n::apply_xliff(blank, *document, dir.file("unit.xlf"), diagnostics);
    REQUIRE(restored);
    REQUIRE(i18n::write_catalog(*restored, dir.file("restored.po"), error));
    REQUIRE(i18n::write_catalog(catalog, dir.file("rewritten.po"), error));
    CHECK(TempDir::read(dir.file("restored.po")) == TempDir::read(dir.file("rewritten.po")));
    ++checked;
  }
  CHECK(checked >= 8 * 21);  // eight languages, each with ui.po and twenty page catalogs
}

TEST_CASE("a fuzzy translation and translator notes travel through XLIFF", "[i18n][xliff]") {
  TempDir dir("xliff-fuzzy");
  i18n::Catalog catalog;
  catalog.header = "Language: fr\n";
  i18n::CatalogMessage m;
  m.id = "New text";
  m.str = "Ancien texte";
  m.fuzzy = true;
  m.previous_id = "Old text";
  m.translator_comments = "Check with the team.\n";
  m.has_context = true;
  m.context = "title";
  catalog.messages.push_back(m);
  std::string error;
  REQUIRE(i18n::write_xliff(catalog, "factsheets/x", "en", "fr", dir.file("x.xlf"), error));
  const std::string xml = TempDir::read(dir.file("x.xlf"));
  CHECK(xml.find("<segment state=\"initial\" subState=\"press:fuzzy\">") != std::string::npos);
  CHECK(xml.find("<note category=\"previous-source\">Old text</note>") != std::string::npos);
  core::Diagnostics diagnostics;
  auto document = i18n::read_xliff(dir.file("x.xlf"), diagnostics);
  REQUIRE(document);
  CHECK(document->catalog_name == "factsheets/x");
  CHECK(document->target_locale == "fr");
  REQUIRE(document->units.size() == 1);
  CHECK(document->units[0].fuzzy);
  CHECK(document->units[0].context == "title");
  CHECK(document->units[0].translator_comments == "Check with the team.\n");
}

TEST_CASE("malformed or mismatched XLIFF gets a located error and changes nothing", "[i18n][xliff]") {
  TempDir dir("xliff-bad");
  core::Diagnostics diagnostics;
  const std::string broken = dir.write(
      "broken.xlf",
      "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\">\n"
      "  <file id=\"ui\">\n    <unit id=\"m1\"><segment><source>Home</source></segment>\n  </file>\n</xliff>\n");
  CHECK_FALSE(i18n::read_xliff(broken, diagnostics));
  CHECK(diagnostics.format_all().rfind(broken + ":5:", 0) == 0);
  CHECK(diagnostics.format_all().find("error: malformed XLIFF: ") != std::string::npos);

  core::Diagnostics mismatch;
  const std::string other = dir.write(
      "other.xlf",
      "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
      "srcLang=\"en\" trgLang=\"es\">\n  <file id=\"ui\">\n"
      "    <unit id=\"m1\"><segment state=\"translated\"><source>Home</source><target>Inicio</target></segment></unit>\n"
      "    <unit id=\"m2\"><segment state=\"translated\"><source>Not in the catalog</source><target>No</target>"
      "</segment></unit>\n  </file>\n</xliff>\n");
  auto document = i18n::read_xliff(other, mismatch);
  REQUIRE(document);
  i18n::Catalog catalog;
  i18n::CatalogMessage home;
  home.id = "Home";
  catalog.messages.push_back(home);
  CHECK_FALSE(i18n::apply_xliff(catalog, *document, other, mismatch));
  CHECK(mismatch.format_all() ==
        other + ":5:1: error: this unit's source is not in the catalog \"ui\"; export again after "
                "`press i18n update`\n"
                "    <unit id=\"m2\"><segment state=\"translated\"><source>Not in the catalog</source>"
                "<target>No</target></segment></unit>\n^\n");
  CHECK(catalog.messages[0].str.empty());
}

TEST_CASE("an XLIFF file cannot name a catalog outside the translations", "[i18n][xliff][safety]") {
  TempDir dir("xliff-paths");
  auto xliff = [&](const std::string& language, const std::string& file_id) {
    return dir.write("in.xlf", "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                               "version=\"2.0\" srcLang=\"en\" trgLang=\"" + language + "\">\n"
                               "  <file id=\"" + file_id + "\">\n"
                               "    <unit id=\"m1\"><segment><source>Home</source></segment></unit>\n"
                               "  </file>\n</xliff>\n");
  };
  const struct {
    std::string language, file_id, error;  // error: the message after "path:line:1: error: "; empty: read
  } cases[] = {
      {"../../../tmp/escaped", "ui", "trgLang \"../../../tmp/escaped\" is not a BCP 47 language tag; expected one "
                                     "such as en, zh-Hans or pt-BR"},
      {"xx-INVALID!!", "ui", "trgLang \"xx-INVALID!!\" is not a BCP 47 language tag; expected one such as en, "
                             "zh-Hans or pt-BR"},
      {"es", "/etc/passwd", "the file id must name a catalog, such as ui or factsheets/decriminalisation"},
      {"es", "../../outside", "the file id must name a catalog, such as ui or factsheets/decriminalisation"},
      {"es", "factsheets/.hidden", "the file id must name a catalog, such as ui or factsheets/decriminalisation"},
      {"es", "factsheets\\decriminalisation", "the file id must name a catalog, such as ui or "
                                              "factsheets/decriminalisation"},
      {"es", "factsheets/decriminalisation", ""},
      {"pt-BR", "ui", ""},
  };
  for (const auto& c : cases) {
    INFO(c.language << " " << c.file_id);
    core::Diagnostics diagnostics;
    const std::string path = xliff(c.language, c.file_id);
    const auto document = i18n::read_xliff(path, diagnostics);
    CHECK(static_cast<bool>(document) == c.error.empty());
    const std::string all = diagnostics.format_all();
    if (!c.error.empty()) CHECK(all.substr(0, all.find('\n')).find(": error: " + c.error) != std::string::npos);
  }
}
