// Page units: what of a content page is translated, one catalog message per unit.
#pragma once

#include <string>
#include <vector>

#include "content/site_content.h"
#include "markdown/block_segments.h"

namespace press::localize {

/// One translatable piece of a page: its title, its summary, or one leaf block of its body.
struct Unit {
  std::string context;  // "title" or "summary" for front matter; empty for body blocks
  std::string id;       // the English Markdown, the catalog's msgid
  std::string comment;  // what it is, for the translator ("heading", "table cell"…)
  int line = 0;         // line in the content file
};

/// The units of `page` in reading order, with the body's segments (for localize_page).
struct PageUnits {
  std::vector<Unit> units;
  std::vector<markdown::BlockSegment> segments;  // units[2 + i] is segments[i]
};

PageUnits page_units(const content::Page& page);

/// Where a page's catalog lives under `translations/<locale>/`: its content path without
/// ".md" ("factsheets/decriminalisation", "index", "summaries/_index").
std::string catalog_name(const content::Page& page);

}  // namespace press::localize
