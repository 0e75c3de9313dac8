// Page units: what of a content page is translated, one catalog message per unit.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
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

/// Each page's units, segmented the first time they are asked for (once, on whichever thread
/// asks), so a rebuild that renders a few pages reads and segments only those.
class PageUnitsCache {
 public:
  PageUnitsCache() = default;
  explicit PageUnitsCache(const std::vector<const content::Page*>& pages);
  /// `page` must be one of those given.
  const PageUnits& of(const content::Page& page) const;

 private:
  struct Slot {
    std::once_flag once;
    PageUnits units;
  };
  std::unordered_map<const content::Page*, std::unique_ptr<Slot>> slots_;
};

/// Where a page's catalog lives under `translations/<locale>/`: its content path without
/// ".md" ("factsheets/decriminalisation", "index", "summaries/_index").
std::string catalog_name(const content::Page& page);

}  // namespace press::localize
