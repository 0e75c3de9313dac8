#include "output/build_cache.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <tuple>

#include <fcntl.h>
#include <unistd.h>

#include "core/content_hash.h"
#include "core/file_system.h"
#include "core/mapped_file.h"

namespace press::output {

namespace fs = std::filesystem;

namespace {

constexpr const char* kFormat = "press-build-cache 2";
constexpr const char* kPending = ".pending";
constexpr const char* kSiteChanging = "site-changing";
constexpr std::string_view kGone = "-";

}  // namespace

BuildCache::BuildCache(const std::string& cache_dir, const std::string& out_dir, const std::string& inputs)
    : out_(out_dir), inputs_(inputs) {
  std::error_code ec;
  const std::string absolute_out = fs::weakly_canonical(fs::absolute(out_dir, ec), ec).string();
  dir_ = core::join_path(cache_dir, core::ContentHash::of(absolute_out));
  // Tables a failed or interrupted build left pending belong to no records: never commit them.
  for (const auto& entry : fs::directory_iterator(dir_, ec)) {
    if (entry.path().extension() == kPending) fs::remove(entry.path(), ec);
  }
  manifest_ = std::make_shared<const core::MappedFile>(core::join_path(dir_, "manifest"));
  if (!*manifest_ || fs::exists(core::join_path(dir_, kSiteChanging), ec)) return;
  // The site folder, kept open: nothing of the last build applies without it.
  const int folder = ::open(out_dir.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (folder < 0) return;
  out_folder_ = std::shared_ptr<const int>(new int(folder), [](const int* fd) {
    ::close(*fd);
    delete fd;
  });
  std::string_view lines = manifest_->bytes();
  auto next_line = [&lines]() {
    const size_t end = lines.find('\n');
    const std::string_view line = lines.substr(0, end);
    lines.remove_prefix(end == std::string_view::npos ? lines.size() : end + 1);
    return line;
  };
  if (next_line() != std::string(kFormat) + " " + inputs_) return;
  // A manifest cut short while a build appended to it is not trusted at all.
  if (!lines.empty() && lines.back() != '\n') return;
  previous_.reserve(lines.size() / 48);  // about one record per 48 bytes
  while (!lines.empty()) {
    const std::string_view line = next_line();
    const size_t space = line.find(' ');
    if (space == std::string_view::npos) {
      previous_.clear();
      return;
    }
    // Records appended by later builds come later and win; "-" marks a file no longer made.
    const std::string_view key = line.substr(0, space), path = line.substr(space + 1);
    if (key == kGone) {
      previous_.erase(path);
    } else {
      previous_.insert_or_assign(path, key);
    }
    ++records_read_;
  }
  warm_ = true;
}

bool BuildCache::unchanged(const std::string& path, const std::string& key) const {
  auto it = previous_.find(path);
  return warm_ && it != previous_.end() && it->second == key &&
         (!files_looked_for_ || ::faccessat(*out_folder_, path.c_str(), F_OK, 0) == 0);
}

size_t BuildCache::file_size(const std::string& path) const {
  std::error_code ec;
  const auto size = fs::file_size(site_path(path), ec);
  return ec ? 0 : static_cast<size_t>(size);
}

std::string BuildCache::site_path(const std::string& path) const { return core::join_path(out_, path); }

std::vector<std::string> BuildCache::removed() const {
  std::vector<std::string> out;
  for (const auto& [path, key] : previous_) {
    if (!current_.contains(path)) out.emplace_back(path);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// A table is an index, "<count>\n" then "<name>\n<offset> <length>\n" per entry, followed by
// the entries' bytes: reading the index touches only its own pages of the mapped file, so
// entries never asked for (a book that did not change) are never read from disk.
CacheTable BuildCache::load_table(const std::string& name) const {
  CacheTable table;
  if (!warm_) return table;
  auto file = std::make_shared<const core::MappedFile>(core::join_path(dir_, name));
  std::string_view index = file->bytes();
  auto number = [&](char end, size_t& value) {
    const size_t stop = index.find(end);
    if (stop == std::string_view::npos ||
        std::from_chars(index.data(), index.data() + stop, value).ptr != index.data() + stop) {
      return false;
    }
    index.remove_prefix(stop + 1);
    return true;
  };
  size_t count = 0;
  if (!number('\n', count)) return {};
  std::vector<std::tuple<std::string_view, size_t, size_t>> found;
  for (size_t i = 0; i < count; ++i) {
    const size_t name_end = index.find('\n');
    if (name_end == std::string_view::npos) return {};
    const std::string_view entry = index.substr(0, name_end);
    index.remove_prefix(name_end + 1);
    size_t offset = 0, length = 0;
    if (!number(' ', offset) || !number('\n', length)) return {};
    found.emplace_back(entry, offset, length);
  }
  const std::string_view bytes = index;  // what follows the index
  table.entries.reserve(found.size());
  for (const auto& [entry, offset, length] : found) {
    if (offset > bytes.size() || length > bytes.size() - offset) return {};
    table.entries.emplace(entry, bytes.substr(offset, length));
  }
  table.file = std::move(file);
  return table;
}

bool BuildCache::save_table(const std::string& name, const std::map<std::string_view, std::string_view>& entries) const {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  // Pending until the build commits: a failed build must not leave a table that the last
  // good build's records would then take for their own. Streamed, not joined in memory first.
  const std::string path = core::join_path(dir_, name + kPending);
  const std::string temporary = path + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << entries.size() << '\n';
    size_t offset = 0;
    for (const auto& [entry, bytes] : entries) {
      out << entry << '\n' << offset << ' ' << bytes.size() << '\n';
      offset += bytes.size();
    }
    for (const auto& [entry, bytes] : entries) out << bytes;
    if (!out) return false;
  }
  fs::rename(temporary, path, ec);
  return !ec;
}

std::string BuildCache::previous_key(const std::string& path) const {
  auto it = previous_.find(path);
  return warm_ && it != previous_.end() ? std::string(it->second) : std::string();
}

void BuildCache::mark_site_changing() const {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  core::DiskFileSystem disk;
  const std::string mark = core::join_path(dir_, kSiteChanging);
  // Without the mark, the records must go: they would describe a site that is no longer there.
  if (!disk.write_file(mark, "")) fs::remove(core::join_path(dir_, "manifest"), ec);
}

bool BuildCache::save() const {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir_, ec)) {
    const fs::path path = entry.path();
    if (path.extension() == kPending) fs::rename(path, fs::path(path).replace_extension(), ec);
    if (ec) return false;
  }
  // A rebuild appends the records that changed; the manifest is written whole again only when
  // superseded records would outnumber the live ones.
  std::string changes;
  size_t changed = 0;
  for (const auto& [path, key] : current_) {
    auto was = previous_.find(path);
    if (was != previous_.end() && was->second == key) continue;
    changes.append(key).append(" ").append(path).append("\n");
    ++changed;
  }
  for (const auto& [path, key] : previous_) {
    if (current_.contains(path)) continue;
    changes.append(kGone).append(" ").append(path).append("\n");
    ++changed;
  }
  const std::string manifest_path = core::join_path(dir_, "manifest");
  if (!(warm_ && changed == 0) && !write_manifest(manifest_path, changes, changed)) return false;
  fs::remove(core::join_path(dir_, kSiteChanging), ec);
  return !ec;
}

bool BuildCache::write_manifest(const std::string& manifest_path, const std::string& changes, size_t changed) const {
  if (warm_ && records_read_ + changed <= 2 * current_.size()) return core::append_to_file(manifest_path, changes);
  // Sorted, so the manifest reads well.
  std::vector<const std::pair<const std::string, std::string>*> records;
  records.reserve(current_.size());
  size_t bytes = 0;
  for (const auto& record : current_) {
    records.push_back(&record);
    bytes += record.first.size() + record.second.size() + 2;
  }
  std::sort(records.begin(), records.end(), [](auto* a, auto* b) { return a->first < b->first; });
  std::string manifest = std::string(kFormat) + " " + inputs_ + "\n";
  manifest.reserve(manifest.size() + bytes);
  for (const auto* record : records) manifest.append(record->second).append(" ").append(record->first).append("\n");
  return core::replace_file(manifest_path, manifest);
}

}  // namespace press::output
