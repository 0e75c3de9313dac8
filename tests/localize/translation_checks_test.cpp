#include "localize/translation_checks.h"

#include <catch2/catch.hpp>

using namespace press;

namespace {

std::string check(const std::string& id, const std::string& str, const std::string& comment = "paragraph") {
  core::SourceFile file("translations/es/factsheets/x.po", "msgid \"...\"\nmsgstr \"...\"\n");
  i18n::CatalogMessage message;
  message.id = id;
  message.str = str;
  message.extracted_comments = comment;
  message.line = 1;
  message.str_line = 2;
  core::Diagnostics diagnostics;
  localize::check_block_translation(message, file, diagnostics);
  std::string messages;
  for (const auto& d : diagnostics.all()) messages += d.message + "\n";
  return messages;
}

}  // namespace

TEST_CASE("translated blocks keep links, code, footnotes and their shape", "[localize]") {
  CHECK(check("See [the report](https://x.org/r) and `press build`.[^1]",
              "Vea [el informe](https://x.org/r) y `press build`.[^1]")
            .empty());
  CHECK(check("See [the report](https://x.org/r).", "Vea [el informe](https://x.org/informe).") ==
        "translation must keep the link target \"https://x.org/r\" exactly as in the source\n");
  CHECK(check("Run `press build`.", "Ejecute `press construir`.") ==
        "translation must keep the inline code `press build` exactly as in the source\n");
  CHECK(check("A claim.[^src]", "Una afirmación.") ==
        "translation must keep the footnote reference \"[^src]\"\n");
  CHECK(check("One paragraph.", "Un párrafo.\n\nY otro.") ==
        "translation must stay one paragraph: no blank lines, and no \"#\", \"-\", \"1.\" or \">\" at "
        "its start\n");
  CHECK(check("In 2016, states met.", "2016. Los estados se reunieron.") ==
        "translation must stay one paragraph: no blank lines, and no \"#\", \"-\", \"1.\" or \">\" at "
        "its start\n");
  CHECK(check("Text", "Texto <br> roto") ==
        "translation contains raw HTML; content is Markdown only\n");
  CHECK(check("A or B", "A | B", "table cell") ==
        "a table cell's translation must write \"|\" as \"\\|\"\n");
}

TEST_CASE("untranslated and fuzzy messages are not checked, since they are not published", "[localize]") {
  CHECK(check("See [x](a).", "").empty());
}
