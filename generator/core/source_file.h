// SourceFile: a file's path and text, with line lookup for located diagnostics.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace press::core {

/// Immutable text of one input file. Lines are 1-based; a trailing '\r' is not part of a line.
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  /// The text of `line` without its line ending; empty when out of range.
  std::string_view line_text(int line) const;
  /// 1-based line and character column of a byte offset into the text.
  std::pair<int, int> position_of(size_t offset) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<size_t> line_starts_;
};

/// Number of UTF-8 characters in `text` (for character columns).
int count_characters(std::string_view text);

}  // namespace press::core
