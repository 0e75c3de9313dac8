#include "epub/chapter_facts.h"

#include <unicode/utf8.h>

#include "core/content_hash.h"
#include "epub/character_set.h"

namespace press::epub {

ChapterFacts chapter_facts(std::string_view document, bool with_characters) {
  ChapterFacts facts;
  facts.key = core::ContentHash::of(document);
  facts.with_characters = with_characters;
  // Markup escapes every '<' in text and attributes, so these find elements only.
  facts.has_svg = document.find("<svg") != std::string_view::npos;
  facts.has_image = facts.has_svg || document.find("<img") != std::string_view::npos;
  if (with_characters) {
    CharacterSet seen;
    seen.add(document);
    for (char32_t c : seen.sorted()) {
      char encoded[U8_MAX_LENGTH];
      int32_t size = 0;
      U8_APPEND_UNSAFE(encoded, size, static_cast<UChar32>(c));
      facts.characters.append(encoded, static_cast<size_t>(size));
    }
  }
  return facts;
}

// "<key> <svg><image><collected> <characters>": the characters come last, so they may hold
// anything, newlines included.
std::string ChapterFacts::serialize() const {
  auto flag = [](bool set) { return set ? '1' : '0'; };
  return key + ' ' + flag(has_svg) + flag(has_image) + flag(with_characters) + ' ' + characters;
}

std::optional<ChapterFacts> ChapterFacts::parse(std::string_view record) {
  const size_t space = record.find(' ');
  if (space == std::string_view::npos || record.size() < space + 5 || record[space + 4] != ' ') return std::nullopt;
  ChapterFacts facts;
  facts.key = record.substr(0, space);
  facts.has_svg = record[space + 1] == '1';
  facts.has_image = record[space + 2] == '1';
  facts.with_characters = record[space + 3] == '1';
  facts.characters = record.substr(space + 5);
  return facts;
}

bool ChapterFacts::in_book(std::string_view record, std::string_view entry_key, bool needs_font) {
  const size_t space = record.find(' ');
  if (space == std::string_view::npos || record.size() < space + 5 || record[space + 4] != ' ') return false;
  return record.substr(0, space) == entry_key && (!needs_font || record[space + 3] == '1');
}

}  // namespace press::epub
