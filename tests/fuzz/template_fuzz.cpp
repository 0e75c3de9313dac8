// A theme template through loading, with its checks, and rendering with a small record.
#include <pugixml.hpp>

#include "fuzz_input.h"
#include "theme/page_template.h"

using namespace press;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const i18n::UiText ui;
  const core::SourceFile file("themes/default/document.xhtml", fuzz::text_of(data, size));
  core::Diagnostics diagnostics;
  if (const auto page = theme::PageTemplate::parse(file, diagnostics)) {
    theme::Record record;
    record.set("title", std::string("T"));
    record.set("lang", std::string("en"));
    pugi::xml_document document;
    page->render(document.append_child("body"), record, ui);
  }
  diagnostics.format_all();
  return 0;
}
