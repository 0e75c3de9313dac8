#include "markdown/markdown_limits.h"

#include <algorithm>
#include <vector>

namespace press::markdown {

namespace {

// A GFM delimiter row: only pipes, dashes, colons and blanks, with at least one dash and one
// pipe. Its cells are what the pipes separate, leading and trailing pipes aside.
size_t delimiter_row_columns(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  if (line.find_first_not_of("|-: \t") != std::string_view::npos || line.find('-') == std::string_view::npos ||
      line.find('|') == std::string_view::npos) {
    return 0;
  }
  if (line.front() == '|') line.remove_prefix(1);
  if (!line.empty() && line.back() == '|') line.remove_suffix(1);
  return static_cast<size_t>(std::count(line.begin(), line.end(), '|')) + 1;
}

bool blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

}  // namespace

std::optional<LimitBreach> check_text_limits(std::string_view markdown) {
  // The text as lines, each found once.
  std::vector<std::string_view> lines;
  for (size_t start = 0; start <= markdown.size();) {
    const size_t end = std::min(markdown.find('\n', start), markdown.size());
    lines.push_back(markdown.substr(start, end - start));
    start = end + 1;
  }
  for (size_t i = 1; i < lines.size(); ++i) {
    const size_t columns = delimiter_row_columns(lines[i]);
    if (columns == 0) continue;
    const int line = static_cast<int>(i) + 1;
    if (columns > kMaxTableColumns) {
      return LimitBreach{line, 1, "a table of " + std::to_string(columns) + " columns; at most " +
                                      std::to_string(kMaxTableColumns) + " are allowed: split it"};
    }
    // Its rows run to the next blank line (or a little before, where another block starts).
    size_t rows = 1;
    for (size_t j = i + 1; j < lines.size() && !blank(lines[j]); ++j) ++rows;
    if (columns * rows > kMaxTableCells) {
      return LimitBreach{line, 1, "a table of " + std::to_string(columns) + " columns and " + std::to_string(rows) +
                                      " rows; at most " + std::to_string(kMaxTableCells) +
                                      " cells are allowed: split it"};
    }
  }
  return std::nullopt;
}

std::optional<LimitBreach> check_tree_limits(cmark_node* root) {
  // Depth first by the tree's own links: down to a first child, else on to the next sibling of
  // the nearest node that has one.
  int depth = 1;
  for (cmark_node* node = cmark_node_first_child(root); node;) {
    if (depth > kMaxMarkdownNesting) {
      // Inlines have no position of their own in cmark-gfm: the nearest block's is used.
      cmark_node* located = node;
      while (located && cmark_node_get_start_line(located) == 0) located = cmark_node_parent(located);
      return LimitBreach{located ? cmark_node_get_start_line(located) : 1,
                         located ? std::max(cmark_node_get_start_column(located), 1) : 1,
                         "Markdown nested more than " + std::to_string(kMaxMarkdownNesting) +
                             " deep (quotes, lists, emphasis or links inside one another)"};
    }
    if (cmark_node* child = cmark_node_first_child(node)) {
      node = child;
      ++depth;
      continue;
    }
    while (node != root && !cmark_node_next(node)) {
      node = cmark_node_parent(node);
      --depth;
    }
    node = node == root ? nullptr : cmark_node_next(node);
  }
  return std::nullopt;
}

}  // namespace press::markdown
