// Markdown limits: the shapes of text past which press stops before it builds a tree, so that
// no input, however written, overflows the stack or grows without bound.
#pragma once

#include <cmark-gfm.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace press::markdown {

/// Blocks and inlines inside one another, counted together: a quote in a list in a quote is 3
/// deep before its paragraph. Real documents stay under 10; every walk of the tree recurses at
/// most this deep.
inline constexpr int kMaxMarkdownNesting = 40;
/// A table's columns, and its cells (columns × rows: cmark-gfm fills every row to the header's
/// width, so a wide header with many short rows is what makes a table large).
inline constexpr size_t kMaxTableColumns = 64;
inline constexpr size_t kMaxTableCells = 20000;

/// Where, in the Markdown text (1-based), it goes past a limit, and which.
struct LimitBreach {
  int line = 1;
  int column = 1;
  std::string message;
};

/// Checked on the text before it is parsed: the tables' sizes, read from their delimiter rows
/// ("|---|:--:|") and the lines that follow them.
std::optional<LimitBreach> check_text_limits(std::string_view markdown);

/// Checked on the parsed tree, without recursion: how deeply its nodes nest.
std::optional<LimitBreach> check_tree_limits(cmark_node* root);

}  // namespace press::markdown
