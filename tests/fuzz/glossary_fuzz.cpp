// content/glossary.yaml: any text gives a glossary or located errors; its abbreviations are then
// marked in a small page, as every page of a build marks them.
#include "content/glossary.h"
#include "fuzz_input.h"
#include "pipeline/abbreviations.h"

using namespace press;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto file = std::make_shared<const core::SourceFile>("content/glossary.yaml", fuzz::text_of(data, size));
  core::Diagnostics diagnostics;
  const content::Glossary glossary = content::parse_glossary(file, diagnostics);
  diagnostics.format_all();
  std::vector<pipeline::Abbreviation> abbreviations;
  for (const auto& entry : glossary.entries) {
    if (!entry.abbr.empty()) abbreviations.push_back({entry.abbr, entry.term, "g#" + entry.id});
  }
  pugi::xml_document page;
  page.load_string("<div><p>The UN and OST, the UN.</p><h2>UN</h2><p><a href=\"x\">OST</a> WHO-UNAIDS HIV</p></div>");
  std::set<std::string> marked;
  pipeline::mark_abbreviations(page.document_element(), abbreviations, marked);
  return 0;
}
