#include "epub/font_subset.h"
#include "i18n/script_fonts.h"

#include <hb-subset.h>
#include <hb.h>

#include <filesystem>
#include <memory>

namespace press::epub {

namespace {

bool in_ranges(const FontChoice& font, char32_t c) {
  for (const auto& [first, last] : font.ranges) {
    if (c >= first && c <= last) return true;
  }
  return false;
}

}  // namespace

std::optional<FontChoice> font_for_locale(const std::string& locale) {
  const i18n::ScriptFont& font = i18n::script_font(locale);
  if (!font.embed_in_books) return std::nullopt;
  return FontChoice{font.family, font.regular.path, font.regular.face_index, font.licence_path, font.ranges};
}

std::optional<FontSubset> subset_font(const FontChoice& font, const CharacterSet& characters) {
  // Mapped, not read: the Chinese collection is 19 MB, of which a book needs a few glyphs.
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(font.path.c_str());
  if (!blob) return std::nullopt;
  FontSubset result;
  result.original_size = hb_blob_get_length(blob);
  hb_face_t* face = hb_face_create(blob, font.face_index);
  hb_blob_destroy(blob);

  hb_set_t* cmap = hb_set_create();
  hb_face_collect_unicodes(face, cmap);
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  hb_set_t* wanted = hb_subset_input_unicode_set(input);
  for (char32_t c : characters.sorted()) {
    if (!in_ranges(font, c)) continue;
    if (!hb_set_has(cmap, c)) result.missing.push_back(c);
    hb_set_add(wanted, c);
  }
  hb_face_t* subset = hb_subset_or_fail(face, input);
  hb_subset_input_destroy(input);
  hb_set_destroy(cmap);
  if (!subset) {
    hb_face_destroy(face);
    return std::nullopt;
  }
  hb_blob_t* out = hb_face_reference_blob(subset);
  unsigned length = 0;
  const char* out_data = hb_blob_get_data(out, &length);
  result.bytes.assign(out_data, length);
  hb_blob_destroy(out);
  hb_face_destroy(subset);
  hb_face_destroy(face);
  return result;
}

}  // namespace press::epub
