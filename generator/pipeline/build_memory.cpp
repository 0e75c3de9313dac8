#include "pipeline/build_memory.h"

#include <filesystem>

#include "core/file_system.h"

namespace press::pipeline {

namespace {

bool starts_with(const std::string& path, std::string_view prefix) { return path.rfind(prefix, 0) == 0; }

bool ends_with(const std::string& path, std::string_view suffix) {
  return path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

SourceSite* BuildMemory::sources(const std::string& root, const std::string& cache_dir, content::Drafts drafts,
                                 const std::vector<std::string>* changed, core::Diagnostics& diagnostics) {
  if (source_ && refreshable_ && changed && refresh(root, *changed)) return &*source_;
  source_.reset();
  ++whole_loads_;
  core::Diagnostics loading;
  source_ = load_source_site(root, loading, cache_dir, drafts);
  refreshable_ = loading.all().empty();
  diagnostics.merge(std::move(loading));
  return source_ ? &*source_ : nullptr;
}

bool BuildMemory::refresh(const std::string& root, const std::vector<std::string>& changed) {
  static const core::DiskFileSystem disk;  // pages read their texts again through it later
  std::vector<std::string> pages;
  bool theme_changed = false;
  for (const auto& path : changed) {
    std::error_code ec;
    const std::string full = core::join_path(root, path);
    // A link is checked where it leads by the whole load (see core/project_links.h).
    if (std::filesystem::is_symlink(full, ec)) return false;
    if (starts_with(path, "content/") && ends_with(path, ".md")) {
      pages.push_back(full);
    } else if (starts_with(path, "themes/")) {
      theme_changed = true;
    } else if (!starts_with(path, "translations/")) {  // catalogs are read by every build anyway
      return false;
    }
  }
  if (!pages.empty() && !content::reload_changed_pages(source_->content, disk, source_->config, pages)) return false;
  if (theme_changed) {
    core::Diagnostics found;
    auto theme = theme::load_theme(disk, root, source_->config.theme, found);
    if (!theme || !found.all().empty()) return false;
    source_->theme = std::move(*theme);
  }
  return true;
}

}  // namespace press::pipeline
