// MemoTable: results worked out from inputs, kept by the inputs' content hash between runs.
#pragma once

#include <atomic>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace press::core {

/// One-line results of a pure function of some inputs, by a key that hashes those inputs, kept
/// in a file between builds so the next one looks a result up instead of working it out again.
/// Safe to use from several threads at once. Results not asked for or added in a run are
/// dropped when it saves, so the file follows the site rather than growing forever.
class MemoTable {
 public:
  /// Keeps nothing and saves nothing.
  MemoTable() = default;
  /// Reads the table at `path`; a missing or damaged file is simply empty. An empty path
  /// keeps nothing, like the default.
  explicit MemoTable(std::string path);
  MemoTable(const MemoTable&) = delete;
  MemoTable& operator=(const MemoTable&) = delete;

  std::optional<std::string> find(const std::string& key) const;
  /// `result` must not contain a newline.
  void remember(const std::string& key, std::string result) const;
  /// Writes the table when this run added or dropped a result. False when it cannot.
  bool save() const;

 private:
  struct Loaded {
    std::string result;
    mutable std::atomic<bool> used{false};  // looked up in this run: kept when saving
  };
  std::string path_;
  std::unordered_map<std::string, Loaded> loaded_;
  mutable std::mutex mutex_;  // guards added_ only: lookups take no lock
  mutable std::unordered_map<std::string, std::string> added_;
};

}  // namespace press::core
