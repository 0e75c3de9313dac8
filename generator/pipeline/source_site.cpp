#include "pipeline/source_site.h"

#include "core/file_system.h"
#include "core/project_links.h"
#include "pipeline/ui_units.h"

namespace press::pipeline {

std::vector<CatalogUnits> SourceSite::interface_catalog_units() const {
  std::vector<CatalogUnits> all;
  all.push_back({"ui", nullptr, ui_units(config, theme), {}});
  if (!infographics.empty()) {
    all.push_back({localize::LocaleCatalogs::kInfographicsCatalog, nullptr, infographic_units(infographics), {}});
  }
  if (!glossary.entries.empty()) {
    all.push_back({localize::LocaleCatalogs::kGlossaryCatalog, nullptr, glossary_units(glossary), {}});
  }
  return all;
}

std::vector<CatalogUnits> SourceSite::catalog_units() const {
  std::vector<CatalogUnits> all = interface_catalog_units();
  for (const content::Page* page : content.pages()) {
    all.push_back({localize::catalog_name(*page), page, localize::page_units(*page).units, {}});
  }
  count_unit_words(all);
  return all;
}

std::optional<SourceSite> load_source_site(const std::string& root, core::Diagnostics& diagnostics,
                                           const std::string& cache_dir, content::Drafts drafts) {
  // Content files may be read lazily, after this returns: the disk outlives every page.
  static const core::DiskFileSystem disk;
  // Before any file is read: a link out of the project could publish or echo anything.
  if (!core::check_links_stay_inside(root, diagnostics)) return std::nullopt;
  auto config = config::load_site_config(disk, root, diagnostics);
  if (!config) return std::nullopt;
  const content::ContentMemo memo =
      cache_dir.empty() ? content::ContentMemo() : content::ContentMemo(core::join_path(cache_dir, "content"), *config);
  auto content = content::load_site_content(disk, root, *config, diagnostics, cache_dir.empty() ? nullptr : &memo,
                                            drafts);
  auto theme = theme::load_theme(disk, root, config->theme, diagnostics);
  if (!theme) return std::nullopt;
  auto infographics = infographics::load_infographics(disk, root, *config, diagnostics);
  auto images = content::load_local_images(disk, root, diagnostics);
  auto glossary = content::load_glossary(disk, root, diagnostics);
  return SourceSite{std::move(*config), std::move(content), std::move(*theme), std::move(infographics),
                    std::move(images), std::move(glossary)};
}

}  // namespace press::pipeline
