#include "localize/page_units.h"

namespace press::localize {

namespace {

// The line of a front matter field, for the "#:" reference translators follow.
int field_line(const content::Page& page, std::string_view key) {
  for (int n = 2; n < page.front.body_line; ++n) {
    std::string_view line = page.source->line_text(n);
    if (line.substr(0, key.size()) == key && line.size() > key.size() && line[key.size()] == ':') return n;
  }
  return 1;
}

}  // namespace

PageUnits page_units(const content::Page& page) {
  PageUnits out;
  out.units.push_back({"title", page.front.title, "page title", field_line(page, "title")});
  out.units.push_back({"summary", page.front.summary, "page summary", field_line(page, "summary")});
  const std::string_view body = page.body();
  out.segments = markdown::segment_blocks(body);
  for (const auto& segment : out.segments) {
    out.units.push_back({"", segment.text(body), markdown::block_kind_name(segment.kind),
                         page.front.body_line + segment.line - 1});
  }
  return out;
}

PageUnitsCache::PageUnitsCache(const std::vector<const content::Page*>& pages) {
  for (const content::Page* page : pages) slots_.emplace(page, std::make_unique<Slot>());
}

const PageUnits& PageUnitsCache::of(const content::Page& page) const {
  Slot& slot = *slots_.at(&page);
  std::call_once(slot.once, [&] { slot.units = page_units(page); });
  return slot.units;
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
