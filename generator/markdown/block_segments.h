// Block segments: the translatable units of a Markdown text and where each sits in it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace press::markdown {

enum class BlockKind { heading, paragraph, table_cell };

/// A byte range of the Markdown text.
struct TextSpan {
  size_t begin = 0;
  size_t end = 0;
};

/// One leaf block: a heading, a paragraph (also inside lists, quotes and footnotes) or a table
/// cell. `lines` hold its text line by line without container markers ("- ", "> ", "|").
struct BlockSegment {
  BlockKind kind = BlockKind::paragraph;
  int line = 0;  // 1-based line of the block in the Markdown text
  std::vector<TextSpan> lines;
  /// The block's Markdown as one unit: source lines joined by a space, or by a newline after a
  /// hard line break, so re-wrapping the English text does not change it.
  std::string text(std::string_view markdown) const;
};

/// The leaf blocks of `markdown`, in the order the document tree walks them (the order
/// render_markdown counts them in), so block i here is leaf block i there.
std::vector<BlockSegment> segment_blocks(std::string_view markdown);

/// Replaces each segment with `replacements[i]` (newlines in it continue the block under the
/// same container markers), keeping everything between the segments as it was.
std::string replace_blocks(std::string_view markdown, const std::vector<BlockSegment>& segments,
                           const std::vector<std::string>& replacements);

/// Human-readable name of a kind, for the "#." comment translators see.
const char* block_kind_name(BlockKind kind);

}  // namespace press::markdown
