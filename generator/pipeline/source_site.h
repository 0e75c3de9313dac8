// SourceSite: press.yaml, the content and the theme of a project, loaded once.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "content/site_content.h"
#include "core/diagnostics.h"
#include "pipeline/translation_status.h"
#include "theme/theme.h"

namespace press::pipeline {

struct SourceSite {
  config::SiteConfig config;
  content::SiteContent content;
  theme::Theme theme;
  /// The catalogs of the site: "ui" and one per page, with their units, in a fixed order.
  std::vector<CatalogUnits> catalog_units() const;
};

/// Loads the project under `root`. Broken content files are reported and left out; without a
/// readable configuration or theme it returns nothing.
std::optional<SourceSite> load_source_site(const std::string& root, core::Diagnostics& diagnostics);

}  // namespace press::pipeline
