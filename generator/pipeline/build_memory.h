// Build memory: what a process that builds again and again (`press serve`) keeps from one
// build for the next, so that an edit re-reads the files that changed, not the whole project.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "content/site_content.h"
#include "core/diagnostics.h"
#include "localize/catalog_memory.h"
#include "pipeline/source_site.h"

namespace press::pipeline {

class BuildMemory {
 public:
  /// Every page catalog as last read and checked.
  localize::CatalogMemory catalogs;

  /// The project's sources for a build. When `changed` (paths relative to the project, from a
  /// file watcher) names only content pages, theme files and catalogs, and the sources kept
  /// from the last build loaded without a diagnostic, those are kept with the changed files
  /// read again; otherwise (nothing kept, `changed` unknown, press.yaml, a chart, a new or
  /// removed file, a symbolic link) the project is loaded whole, as `load_source_site` does.
  /// Nothing when the project cannot be loaded.
  SourceSite* sources(const std::string& root, const std::string& cache_dir, content::Drafts drafts,
                      const std::vector<std::string>* changed, core::Diagnostics& diagnostics);
  /// How many times `sources` loaded the project whole.
  int whole_loads() const { return whole_loads_; }

 private:
  bool refresh(const std::string& root, const std::vector<std::string>& changed);

  std::optional<SourceSite> source_;
  bool refreshable_ = false;
  int whole_loads_ = 0;  // kept from a load without diagnostics, whose warnings need no repeat
};

}  // namespace press::pipeline
