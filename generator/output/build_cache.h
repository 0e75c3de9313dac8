// Build cache: what the last successful build wrote into an output folder, and from which
// inputs, so the next build redoes only what changed. Kept under a cache folder, never in
// the site: `<cache>/<hash of the output folder>/`.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace press::output {

class BuildCache {
 public:
  /// A cache that knows nothing: every file is new.
  BuildCache() = default;
  /// Opens the cache for `out_dir` under `cache_dir`; `inputs` fingerprints everything that
  /// affects every file (press itself, configuration, theme, interface catalogs). The last
  /// build's records are used only when that fingerprint is the same and the site is there.
  BuildCache(const std::string& cache_dir, const std::string& out_dir, const std::string& inputs);

  /// True when the last build recorded `path` with the same input key and the file is still in
  /// the site.
  bool unchanged(const std::string& path, const std::string& key) const;
  /// The size of a file the last build left in the site.
  size_t file_size(const std::string& path) const;
  /// Notes that this build produced `path` from inputs `key` (written now or kept).
  void record(const std::string& path, const std::string& key) { current_[path] = key; }
  /// Files the last build produced that this one did not: they are removed from the site.
  std::vector<std::string> removed() const;
  /// Whether the last build's records apply, so unchanged files can stay as they are.
  bool warm() const { return warm_; }

  /// The e-book chapters of a locale from the last build, by page path.
  std::map<std::string, std::string> load_chapters(const std::string& locale) const;
  /// Saves a locale's chapters, to take effect with the records; `save()`, once the site is
  /// committed, makes both current. False when the cache cannot be written (the site is
  /// still fine: the next build is simply a full one).
  bool save_chapters(const std::string& locale, const std::map<std::string, std::string>& chapters) const;
  bool save() const;

 private:
  std::string dir_;
  std::string out_;
  std::string inputs_;
  bool warm_ = false;
  std::map<std::string, std::string> previous_;  // path → key
  std::map<std::string, std::string> current_;
};

}  // namespace press::output
