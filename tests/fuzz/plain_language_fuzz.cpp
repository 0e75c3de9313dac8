// press check's plain-language warnings: any Markdown gives warnings at real lines and columns,
// whatever its sentences, lists, code, tables and links.
#include "checks/plain_language.h"
#include "fuzz_input.h"

using namespace press;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const core::SourceFile file("page.md", fuzz::text_of(data, size));
  content::Glossary glossary;
  glossary.entries.push_back({"un", "United Nations", "UN", "The organisation.", 1});
  core::Diagnostics diagnostics;
  checks::check_plain_language(file, 0, glossary, diagnostics);
  diagnostics.format_all();
  return 0;
}
