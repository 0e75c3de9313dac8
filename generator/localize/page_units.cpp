#include "localize/page_units.h"

namespace press::localize {

PageUnits page_units(const content::Page& page) {
  PageUnits out;
  const int title_line = 2;  // front matter starts on line 2; exact lines matter less here
  out.units.push_back({"title", page.front.title, "page title", title_line});
  out.units.push_back({"summary", page.front.summary, "page summary", title_line});
  const std::string_view body = page.body();
  out.segments = markdown::segment_blocks(body);
  for (const auto& segment : out.segments) {
    out.units.push_back({"", segment.text(body), markdown::block_kind_name(segment.kind),
                         page.front.body_line + segment.line - 1});
  }
  return out;
}

std::string catalog_name(const content::Page& page) {
  switch (page.kind) {
    case content::PageKind::home: return "index";
    case content::PageKind::section: return page.section + "/_index";
    case content::PageKind::document: return page.section + "/" + page.slug;
  }
  return {};
}

}  // namespace press::localize
