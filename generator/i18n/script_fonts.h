// Script fonts: which of Debian's Noto fonts sets a locale's text, in one table for the
// e-book's embedded subsets and the infographics' measured labels.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace press::i18n {

/// One font file (a face within it for collections such as .ttc).
struct FontFile {
  std::string path;
  unsigned face_index = 0;
};

/// The Noto family for a script, with its regular and bold files on this machine.
struct ScriptFont {
  std::string family;  // "Noto Sans Myanmar"
  FontFile regular;
  FontFile bold;
  std::string licence_path;  // the package's copyright file
  // Code points this font is needed for; Latin and Cyrillic use the base "Noto Sans".
  std::vector<std::pair<char32_t, char32_t>> ranges;
  /// Whether e-readers commonly lack the script, so a book must carry the font.
  bool embed_in_books = false;
};

/// The font for `locale`'s script: Noto Sans for Latin and Cyrillic scripts.
const ScriptFont& script_font(const std::string& locale);
/// Noto Sans, the fallback for characters the script font lacks (Latin digits, punctuation).
const ScriptFont& base_font();

}  // namespace press::i18n
