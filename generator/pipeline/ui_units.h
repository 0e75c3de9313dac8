// UI units: every interface string of the site, from the theme, the generator and press.yaml.
#pragma once

#include <vector>

#include "config/site_config.h"
#include "content/glossary.h"
#include "infographics/infographic_source.h"
#include "localize/page_units.h"
#include "theme/theme.h"

namespace press::pipeline {

/// The messages of `ui.po`, without duplicates, in a fixed order: theme templates first, then
/// the generator's own strings, then the publication's title, report titles and theme names.
std::vector<localize::Unit> ui_units(const config::SiteConfig& config, const theme::Theme& theme);

/// The messages of `infographics.po`: each chart's title, description and labels, in name order,
/// each with a comment naming the chart and what the text is.
std::vector<localize::Unit> infographic_units(const infographics::Infographics& all);

/// The glossary's texts for its catalog: each entry's term, abbreviation and definition.
std::vector<localize::Unit> glossary_units(const content::Glossary& glossary);

}  // namespace press::pipeline
