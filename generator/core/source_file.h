// SourceFile: a file's path and text, with line lookup for located diagnostics.
#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace press::core {

/// Immutable text of one input file. Lines are 1-based; a trailing '\r' is not part of a line.
/// The text may be read lazily: a build that finds a file unchanged since the last one never
/// reads it unless a page made from it has to be rendered again. A file that can be read again
/// may also let its text go while nobody needs it, so a large site is not all held at once.
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);
  /// Reads the text with `load(path)` when it is needed, once, whichever thread asks.
  using Loader = std::function<std::string(const std::string& path)>;
  SourceFile(std::string path, Loader load);
  /// Has the text now, and `load` to read it again after `release()`.
  SourceFile(std::string path, std::string text, Loader load);
  SourceFile(const SourceFile&) = delete;
  SourceFile& operator=(const SourceFile&) = delete;

  const std::string& path() const { return path_; }
  const std::string& text() const {
    if (load_ && !loaded_.load(std::memory_order_acquire)) ensure_loaded();
    return text_;
  }
  /// Frees the text until it is next asked for, when it can be read again; the caller promises
  /// that no one holds on to the text or its lines meanwhile.
  void release() const;
  int line_count() const;
  /// The text of `line` without its line ending; empty when out of range.
  std::string_view line_text(int line) const;
  /// 1-based line and character column of a byte offset into the text.
  std::pair<int, int> position_of(size_t offset) const;

 private:
  void ensure_loaded() const;
  void index_lines() const;

  std::string path_;
  Loader load_;
  mutable std::mutex loading_;
  mutable std::atomic<bool> loaded_{false};
  mutable std::string text_;
  mutable std::vector<size_t> line_starts_;
};

/// Number of UTF-8 characters in `text` (for character columns).
int count_characters(std::string_view text);

}  // namespace press::core
