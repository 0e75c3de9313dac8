// SourceSite: press.yaml, the content and the theme of a project, loaded once.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "config/site_config.h"
#include "content/glossary.h"
#include "content/local_images.h"
#include "content/site_content.h"
#include "core/diagnostics.h"
#include "infographics/infographic_source.h"
#include "pipeline/translation_status.h"
#include "theme/theme.h"

namespace press::pipeline {

struct SourceSite {
  config::SiteConfig config;
  content::SiteContent content;
  theme::Theme theme;
  infographics::Infographics infographics;
  content::LocalImages images;  // content/images/
  content::Glossary glossary;   // content/glossary.yaml
  /// The catalogs of the site: "ui", "infographics" (when there are any) and one per page,
  /// with their units and word counts, in a fixed order.
  std::vector<CatalogUnits> catalog_units() const;
  /// The catalogs of interface texts: "ui", and "infographics" and "glossary" when there are any.
  std::vector<CatalogUnits> interface_catalog_units() const;
};

/// Loads the project under `root`. Broken content files are reported and left out; without a
/// readable configuration or theme it returns nothing. With a `cache_dir`, front matter parsed
/// by earlier loads is kept there and reused for files that have not changed. Drafts are left
/// out unless `drafts` says otherwise (see `content::load_site_content`).
std::optional<SourceSite> load_source_site(const std::string& root, core::Diagnostics& diagnostics,
                                           const std::string& cache_dir = "",
                                           content::Drafts drafts = content::Drafts::left_out);

}  // namespace press::pipeline
