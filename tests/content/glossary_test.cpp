#include "content/glossary.h"

#include <catch2/catch.hpp>

#include "temp_dir.h"

using namespace press;

namespace {

std::pair<content::Glossary, std::string> load(const std::string& yaml) {
  TempDir dir("glossary");
  dir.write("content/glossary.yaml", yaml);
  core::Diagnostics diagnostics;
  content::Glossary glossary = content::load_glossary(core::DiskFileSystem(), dir.file(""), diagnostics);
  std::string said = diagnostics.format_all();
  // The messages name the file by its path; the test's folder changes, so it is cut off.
  for (size_t at; (at = said.find(dir.file(""))) != std::string::npos;) said.erase(at, dir.file("").size());
  return {std::move(glossary), said};
}

}  // namespace

TEST_CASE("the glossary reads its entries in order, abbreviations optional", "[content][glossary]") {
  auto [glossary, said] = load(
      "terms:\n"
      "  - id: harm-reduction\n"
      "    term: Harm reduction\n"
      "    definition: Services that lower the harm.\n"
      "  - id: ost\n"
      "    term: Opioid substitution therapy\n"
      "    abbr: OST\n"
      "    definition: A treatment.\n");
  CHECK(said.empty());
  REQUIRE(glossary.entries.size() == 2);
  CHECK(glossary.entries[0].id == "harm-reduction");
  CHECK(glossary.entries[0].abbr.empty());
  CHECK(glossary.entries[1].abbr == "OST");
  CHECK(glossary.entries[1].line == 5);
  CHECK(glossary.find_abbr("OST") == &glossary.entries[1]);
  CHECK(glossary.find_abbr("OS") == nullptr);
}

TEST_CASE("a project without a glossary has none, and says nothing", "[content][glossary]") {
  TempDir dir("no-glossary");
  core::Diagnostics diagnostics;
  CHECK(content::load_glossary(core::DiskFileSystem(), dir.file(""), diagnostics).entries.empty());
  CHECK(diagnostics.all().empty());
}

TEST_CASE("a glossary entry's mistakes are located errors, and the entry is left out", "[content][glossary]") {
  auto [glossary, said] = load(
      "terms:\n"
      "  - id: Bad Id\n"
      "    term: A\n"
      "    definition: B.\n"
      "  - id: ost\n"
      "    term: Opioid substitution therapy\n"
      "    abbr: O S T\n"
      "    definition: A treatment.\n"
      "  - id: un\n"
      "    term: United Nations\n"
      "    definition: The organisation.\n"
      "    note: extra\n"
      "  - id: un\n"
      "    term: Again\n"
      "    definition: Twice.\n"
      "  - id: who\n"
      "    term: World Health Organization\n");
  CHECK(said ==
        "content/glossary.yaml:2:9: error: \"Bad Id\" is not an id: lowercase letters, digits and hyphens\n"
        "  - id: Bad Id\n"
        "        ^\n"
        "content/glossary.yaml:7:11: error: \"O S T\" is not an abbreviation: 2 to 12 Latin letters, digits or hyphens, starting with a capital\n"
        "    abbr: O S T\n"
        "          ^\n"
        "content/glossary.yaml:12:5: error: unknown key \"note\"; expected one of id, term, abbr, definition\n"
        "    note: extra\n"
        "    ^\n"
        "content/glossary.yaml:13:9: error: the id \"un\" is already in the glossary\n"
        "  - id: un\n"
        "        ^\n"
        "content/glossary.yaml:16:1: error: missing required key \"definition\"\n"
        "  - id: who\n"
        "^\n");
  REQUIRE(glossary.entries.size() == 1);
  CHECK(glossary.entries[0].id == "un");
}
