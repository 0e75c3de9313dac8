// Site status: every locale's translation status for a build, counting only pages that changed.
#pragma once

#include <vector>

#include "core/memo_table.h"
#include "localize/locale_catalogs.h"
#include "localize/page_units.h"
#include "pipeline/source_site.h"
#include "pipeline/translation_status.h"

namespace press::pipeline {

/// The status of each locale of `catalogs` (in that order), as `count_status` counts it. A
/// page's share in a locale follows from its text, its catalog there and whether a whole-file
/// translation replaces it; it is looked up in `memo` by a key of those, and worked out (the
/// page read, segmented and its words counted) only when missing, on `workers` threads.
std::vector<LocaleStatus> count_site_status(const SourceSite& site, const localize::PageUnitsCache& units,
                                            const std::vector<localize::LocaleCatalogs>& catalogs,
                                            const core::MemoTable& memo, int workers);

}  // namespace press::pipeline
