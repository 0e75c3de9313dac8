#include "pipeline/abbreviations.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace press::pipeline;

namespace {

std::string marked(const std::string& xhtml, const std::vector<Abbreviation>& list, std::set<std::string>& done) {
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xhtml.c_str()));
  mark_abbreviations(doc.document_element(), list, done);
  std::ostringstream out;
  doc.document_element().print(out, "", pugi::format_raw);
  return out.str();
}

const std::vector<Abbreviation> english = {
    {"OST", "Opioid substitution therapy", "../glossary/index.html#opioid-substitution-therapy"},
    {"UN", "United Nations", "../glossary/index.html#un"}};

}  // namespace

TEST_CASE("the first use of an abbreviation on a page is marked, and later ones are not", "[pipeline][abbr]") {
  std::set<std::string> done;
  CHECK(marked("<div><p>OST works. OST is cheap.</p><p>OST again.</p></div>", english, done) ==
        "<div><p><a class=\"glossary-link web-link\" href=\"../glossary/index.html#opioid-substitution-therapy\">"
        "<abbr title=\"Opioid substitution therapy\">OST</abbr></a> works. OST is cheap.</p><p>OST again.</p></div>");
  // The page's next block (its next Markdown call) does not mark it again.
  CHECK(marked("<div><p>More OST.</p></div>", english, done) == "<div><p>More OST.</p></div>");
}

TEST_CASE("an abbreviation in a link, code, a heading or a footnote number is left alone", "[pipeline][abbr]") {
  std::set<std::string> done;
  CHECK(marked("<div><h2>UN bodies</h2><p><a href=\"x\">UN</a> and <code>UN</code>, then the UN.</p></div>", english, done) ==
        "<div><h2>UN bodies</h2><p><a href=\"x\">UN</a> and <code>UN</code>, then the "
        "<a class=\"glossary-link web-link\" href=\"../glossary/index.html#un\"><abbr title=\"United Nations\">UN</abbr></a>.</p></div>");
}

TEST_CASE("only whole words are abbreviations", "[pipeline][abbr]") {
  std::set<std::string> done;
  CHECK(marked("<p>UNGASS, UNDP, COST and FUN, not UN.</p>", english, done) ==
        "<p>UNGASS, UNDP, COST and FUN, not <a class=\"glossary-link web-link\" href=\"../glossary/index.html#un\">"
        "<abbr title=\"United Nations\">UN</abbr></a>.</p>");
  // Next to letters of another script it is part of a word too; next to a hyphen it is not.
  std::set<std::string> russian;
  const std::vector<Abbreviation> ru = {{"ООН", "Организация Объединённых Наций", "g#un"}};
  CHECK(marked("<p>ООНовский, ООН-Хабитат</p>", ru, russian) ==
        "<p>ООНовский, <a class=\"glossary-link web-link\" href=\"g#un\"><abbr title=\"Организация Объединённых Наций\">ООН</abbr></a>-Хабитат</p>");
}

TEST_CASE("two abbreviations in one text are each marked at their first use", "[pipeline][abbr]") {
  std::set<std::string> done;
  CHECK(marked("<p>The UN funds OST; the UN says so.</p>", english, done) ==
        "<p>The <a class=\"glossary-link web-link\" href=\"../glossary/index.html#un\"><abbr title=\"United Nations\">UN</abbr></a>"
        " funds <a class=\"glossary-link web-link\" href=\"../glossary/index.html#opioid-substitution-therapy\">"
        "<abbr title=\"Opioid substitution therapy\">OST</abbr></a>; the UN says so.</p>");
}
