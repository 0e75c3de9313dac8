// Front matter and its schema: any text gives fields or located errors.
#include "content/front_matter.h"
#include "fuzz_input.h"

using namespace press;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const config::SiteConfig config = fuzz::config_with_report("lac-2020", "2020-01-31");
  const core::SourceFile file("content/factsheets/x.md", fuzz::text_of(data, size));
  core::Diagnostics diagnostics;
  for (auto kind : {content::PageKind::document, content::PageKind::section, content::PageKind::home}) {
    content::parse_front_matter(file, kind, config, diagnostics);
  }
  diagnostics.format_all();
  return 0;
}
