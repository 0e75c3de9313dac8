// Font subsets: a Noto font cut down with HarfBuzz to the characters a book uses.
#pragma once

#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "epub/character_set.h"

namespace press::epub {

/// A font that e-readers may lack, chosen per locale from Debian's fonts-noto packages.
struct FontChoice {
  std::string family;        // "Noto Sans Myanmar"
  std::string path;          // the font file on this machine
  unsigned face_index = 0;   // face within a collection (.ttc)
  std::string licence_path;  // the package's copyright file, shipped with the font
  // Code point ranges the reader needs this font for; any character of the book in them must
  // have a glyph.
  std::vector<std::pair<char32_t, char32_t>> ranges;
};

/// The font to embed for a locale's script, or nothing where e-readers have the script.
std::optional<FontChoice> font_for_locale(const std::string& locale);

struct FontSubset {
  std::string bytes;               // the subset font (OpenType)
  size_t original_size = 0;        // the full font's size, to report what was saved
  std::vector<char32_t> missing;   // characters in the font's ranges that it has no glyph for
};

/// Subsets `font` to `characters` (those in its ranges); nothing if the font cannot be read.
std::optional<FontSubset> subset_font(const FontChoice& font, const CharacterSet& characters);

}  // namespace press::epub
