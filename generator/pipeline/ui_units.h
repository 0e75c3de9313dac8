// UI units: every interface string of the site, from the theme, the generator and press.yaml.
#pragma once

#include <vector>

#include "config/site_config.h"
#include "localize/page_units.h"
#include "theme/theme.h"

namespace press::pipeline {

/// The messages of `ui.po`, without duplicates, in a fixed order: theme templates first, then
/// the generator's own strings, then the publication's title, report titles and theme names.
std::vector<localize::Unit> ui_units(const config::SiteConfig& config, const theme::Theme& theme);

}  // namespace press::pipeline
