// Chapter facts: what packing a book needs to know of a chapter, kept so that a chapter
// unchanged since the last build is neither rendered nor read again.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace press::epub {

struct ChapterFacts {
  std::string key;         // content hash of the chapter's document: its package entry's key
  bool has_svg = false;    // the manifest must declare inline SVG
  bool has_image = false;  // for the book's accessibility metadata
  bool with_characters = false;  // `characters` were collected: the book embeds a font
  std::string characters;  // its distinct characters in code point order, when collected

  /// A record for a cache table, read back by `parse`.
  std::string serialize() const;
  static std::optional<ChapterFacts> parse(std::string_view record);
  /// Whether a saved `record` describes the chapter whose package entry has `entry_key`, with
  /// its characters when the book `needs_font`: then the chapter need not be read again.
  static bool in_book(std::string_view record, std::string_view entry_key, bool needs_font);
};

/// The facts of a chapter's content document; `with_characters` for books embedding a font.
ChapterFacts chapter_facts(std::string_view document, bool with_characters);

}  // namespace press::epub
