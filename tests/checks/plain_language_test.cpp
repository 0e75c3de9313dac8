#include "checks/plain_language.h"

#include <catch2/catch.hpp>

using namespace press;

namespace {

std::string warnings(const std::string& markdown, const content::Glossary& glossary = {}) {
  core::SourceFile file("page.md", "---\ntitle: T\n---\n" + markdown);
  core::Diagnostics diagnostics;
  checks::check_plain_language(file, 16, glossary, diagnostics);
  return diagnostics.format_all();
}

}  // namespace

TEST_CASE("a sentence over 25 words is a warning at its start", "[checks][plain]") {
  const std::string long_sentence =
      "People who use drugs should get help from health services in their own community rather than going to\n"
      "prison, which the dialogues said makes their health and lives worse.";
  CHECK(warnings("A short one.\n\n" + long_sentence + " Then a short one.\n") ==
        "page.md:6:1: warning: this sentence has 29 words; plain language keeps a sentence to 25 or fewer: split it\n"
        "People who use drugs should get help from health services in their own community rather than going to\n"
        "^\n");
  // Twenty-five words is fine.
  CHECK(warnings("One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                 "seventeen eighteen nineteen twenty one two three four five.\n")
            .empty());
}

TEST_CASE("tables, code, headings, link targets and footnotes are not sentences", "[checks][plain]") {
  CHECK(warnings("# A heading with many many many many many many many many many many many many many many many many many many many words\n\n"
                 "| a | b c d e f g h i j k l m n o p q r s t u v w x y z a b c |\n|---|---|\n\n"
                 "See [the report](https://example.org/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z)[^1].\n\n"
                 "[^1]: Report one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                 "seventeen eighteen nineteen twenty, https://example.org/UNDP-WHO.\n")
            .empty());
}

TEST_CASE("list items and paragraphs end sentences", "[checks][plain]") {
  CHECK(warnings("- one two three four five six seven eight nine ten eleven twelve thirteen\n"
                 "- fourteen fifteen sixteen seventeen eighteen nineteen twenty one two three four five six\n")
            .empty());
}

TEST_CASE("an abbreviation neither in the glossary nor spelled out is a warning, once", "[checks][plain]") {
  CHECK(warnings("The CND met. The CND met again.\n") ==
        "page.md:4:5: warning: \"CND\" is not explained on this page: write it out at its first use, as "
        "\"the full name (CND)\", or add it to content/glossary.yaml\n"
        "The CND met. The CND met again.\n"
        "    ^\n");
  // Spelled out either way, in the glossary, a Roman numeral, a document symbol, in a link target.
  CHECK(warnings("The Commission on Narcotic Drugs (CND) met. UNDP (the Development Programme) spoke.\n").empty());
  content::Glossary glossary;
  glossary.entries.push_back({"ngo", "Non-governmental organisation", "NGO", "A group.", 1});
  glossary.entries.push_back({"covid-19", "Coronavirus disease 2019", "COVID-19", "A disease.", 2});
  CHECK(warnings("NGOs met during COVID-19, in part II of A/HRC/47/40, see [it](https://x.org/WHO).\n", glossary).empty());
}
