// SourceFile: a file's path and text, with line lookup for located diagnostics.
#pragma once

#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace press::core {

/// Immutable text of one input file. Lines are 1-based; a trailing '\r' is not part of a line.
/// The text may be read lazily: a build that finds a file unchanged since the last one never
/// reads it unless a page made from it has to be rendered again.
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);
  /// Reads the text with `load(path)` when it is first needed, once, whichever thread asks.
  using Loader = std::function<std::string(const std::string& path)>;
  SourceFile(std::string path, Loader load);
  SourceFile(const SourceFile&) = delete;
  SourceFile& operator=(const SourceFile&) = delete;

  const std::string& path() const { return path_; }
  const std::string& text() const {
    if (load_) ensure_loaded();
    return text_;
  }
  int line_count() const;
  /// The text of `line` without its line ending; empty when out of range.
  std::string_view line_text(int line) const;
  /// 1-based line and character column of a byte offset into the text.
  std::pair<int, int> position_of(size_t offset) const;

 private:
  void ensure_loaded() const;
  void index_lines() const;

  std::string path_;
  mutable Loader load_;
  mutable std::once_flag loaded_;
  mutable std::string text_;
  mutable std::vector<size_t> line_starts_;
};

/// Number of UTF-8 characters in `text` (for character columns).
int count_characters(std::string_view text);

}  // namespace press::core
