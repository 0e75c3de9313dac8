#include "infographics/text_measure.h"

#include <hb.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <stdexcept>

namespace press::infographics {

// One loaded font: immutable after loading, so every thread may shape with it.
struct LoadedFont {
  hb_font_t* font = nullptr;
  double units_per_em = 1000;
  double ascender = 0.8;   // in em
  double descender = 0.2;  // in em, positive
};

namespace {

const LoadedFont& load(const i18n::FontFile& file) {
  static std::mutex mutex;
  // Never erased, so pointers stay valid; never destroyed, so the fonts it holds stay reachable
  // (a destroyed map would leave them to the leak checker at exit).
  static auto& fonts = *new std::map<std::string, LoadedFont>;
  const std::lock_guard<std::mutex> lock(mutex);  // taken when a measure is made, not per label
  const std::string key = file.path + "#" + std::to_string(file.face_index);
  auto it = fonts.find(key);
  if (it != fonts.end()) return it->second;
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(file.path.c_str());
  if (!blob) throw std::runtime_error("cannot read the font " + file.path + "; install fonts-noto-core and fonts-noto-cjk");
  hb_face_t* face = hb_face_create(blob, file.face_index);
  hb_blob_destroy(blob);
  LoadedFont loaded;
  loaded.font = hb_font_create(face);
  loaded.units_per_em = hb_face_get_upem(face);
  hb_face_destroy(face);
  hb_font_make_immutable(loaded.font);
  hb_font_extents_t extents{};
  hb_font_get_h_extents(loaded.font, &extents);
  loaded.ascender = extents.ascender / loaded.units_per_em;
  loaded.descender = -extents.descender / loaded.units_per_em;
  return fonts.emplace(key, loaded).first->second;
}

const i18n::FontFile& file_of(const i18n::ScriptFont& font, bool bold) { return bold ? font.bold : font.regular; }

bool has_glyph(const LoadedFont& font, char32_t c) {
  hb_codepoint_t glyph = 0;
  return hb_font_get_nominal_glyph(font.font, c, &glyph);
}

double shaped_width(const LoadedFont& font, std::string_view run) {
  hb_buffer_t* buffer = hb_buffer_create();
  hb_buffer_add_utf8(buffer, run.data(), static_cast<int>(run.size()), 0, static_cast<int>(run.size()));
  hb_buffer_guess_segment_properties(buffer);
  hb_shape(font.font, buffer, nullptr, 0);
  unsigned count = 0;
  const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
  double advance = 0;
  for (unsigned i = 0; i < count; ++i) advance += positions[i].x_advance;
  hb_buffer_destroy(buffer);
  return advance / font.units_per_em;
}

}  // namespace

TextMeasure::TextMeasure(const std::string& locale) : script_(i18n::script_font(locale)) {
  for (bool bold : {false, true}) {
    primary_[bold] = &load(file_of(script_, bold));
    fallback_[bold] = &load(file_of(i18n::base_font(), bold));
  }
}

double TextMeasure::width(std::string_view text, TextStyle style) const {
  const LoadedFont& primary = *primary_[style.bold];
  const LoadedFont& fallback = *fallback_[style.bold];
  // Split into runs of one font, as CSS font fallback does character by character.
  double em = 0;
  size_t run_start = 0;
  const LoadedFont* run_font = nullptr;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    // Marks and joiners stay with the run they combine with.
    const bool joins = c == 0x200C || c == 0x200D || (c >= 0x0300 && c <= 0x036F);
    const LoadedFont* font = joins && run_font ? run_font
                             : has_glyph(primary, c) || !has_glyph(fallback, c) ? &primary : &fallback;
    if (font != run_font) {
      if (run_font) em += shaped_width(*run_font, text.substr(run_start, start - run_start));
      run_font = font;
      run_start = start;
    }
  }
  if (run_font) em += shaped_width(*run_font, text.substr(run_start));
  return em * style.size;
}

double TextMeasure::ascent(TextStyle style) const {
  return std::max(primary_[style.bold]->ascender, fallback_[style.bold]->ascender) * style.size;
}

double TextMeasure::descent(TextStyle style) const {
  return std::max(primary_[style.bold]->descender, fallback_[style.bold]->descender) * style.size;
}

double TextMeasure::line_height(TextStyle style) const {
  return std::max(ascent(style) + descent(style), 1.3 * style.size);
}

std::string TextMeasure::font_family() const {
  if (&script_ == &i18n::base_font()) return "'Noto Sans', sans-serif";
  return "'" + script_.family + "', 'Noto Sans', sans-serif";
}

}  // namespace press::infographics
