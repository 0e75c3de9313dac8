// Build cache: what the last successful build wrote into an output folder, and from which
// inputs, so the next build redoes only what changed. Kept under a cache folder, never in
// the site: `<cache>/<hash of the output folder>/`.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace press::core {
class MappedFile;
}

namespace press::output {

/// A named table the last build left beside its records (a locale's e-book chapters, the keys
/// of an e-book's entries): names to bytes, read in place from a mapped file, not copied.
struct CacheTable {
  std::shared_ptr<const core::MappedFile> file;  // keeps the views valid
  std::unordered_map<std::string_view, std::string_view> entries;
};

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
  /// For a process whose own last build this cache records, and which alone has written the
  /// site since (`press serve` and its preview folder): the files are taken to be there
  /// without looking, which is most of the system calls of a large site's rebuild.
  void trust_files_are_there() { files_looked_for_ = false; }
  /// The size of a file the last build left in the site.
  size_t file_size(const std::string& path) const;
  /// Where a file of the site (`path` below the output folder) is on disk.
  std::string site_path(const std::string& path) const;
  /// Notes that this build produced `path` from inputs `key` (written now or kept).
  void record(std::string path, std::string key) { current_.insert_or_assign(std::move(path), std::move(key)); }
  /// Files the last build produced that this one did not: they are removed from the site.
  std::vector<std::string> removed() const;
  /// Whether the last build's records apply, so unchanged files can stay as they are.
  bool warm() const { return warm_; }

  /// The table `name` the last build saved; empty when there is none or the cache is cold.
  CacheTable load_table(const std::string& name) const;
  /// Saves a table, to take effect with the records; `save()`, once the site is committed,
  /// makes both current, and a table not saved again stays as it was. False when the cache
  /// cannot be written (the site is still fine: the next build is simply a full one).
  bool save_table(const std::string& name, const std::map<std::string_view, std::string_view>& entries) const;
  /// Called before the site starts to change: from here until `save()`, the site may not be
  /// what the records say, so a build killed in between leaves a mark, and the next build
  /// trusts none of the records (it builds everything, and swaps the whole site in).
  void mark_site_changing() const;
  /// Commits the saved tables and the records: a rebuild appends only the records that changed
  /// to the manifest (a manifest cut short by a crash is then not trusted at all).
  bool save() const;
  /// The key the last build recorded for `path`, or empty.
  std::string previous_key(const std::string& path) const;

 private:
  // Appends the records that changed, or writes the manifest whole again.
  bool write_manifest(const std::string& manifest_path, const std::string& changes, size_t changed) const;

  std::string dir_;
  std::string out_;
  // The site folder, open: a rebuild checks every page is still there, and looking each one up
  // from this folder walks fewer path components than from the root.
  std::shared_ptr<const int> out_folder_;
  std::string inputs_;
  bool warm_ = false;
  bool files_looked_for_ = true;
  // The last build's records, read in place from the mapped manifest: a rebuild looks up
  // every page, so these are hashed, not searched in a tree.
  std::shared_ptr<const core::MappedFile> manifest_;
  std::unordered_map<std::string_view, std::string_view> previous_;  // path → key
  size_t records_read_ = 0;  // superseded ones included
  // Looked up by the previous records' views for every file of the site: hashed as views, so
  // no string is made for each look-up.
  struct PathHash {
    using is_transparent = void;
    size_t operator()(std::string_view path) const { return std::hash<std::string_view>{}(path); }
  };
  std::unordered_map<std::string, std::string, PathHash, std::equal_to<>> current_;  // path → key
};

}  // namespace press::output
