// Text measure: label widths from HarfBuzz shaping on the Noto fonts the charts name.
#pragma once

#include <string>
#include <string_view>

#include "i18n/script_fonts.h"

namespace press::infographics {

struct LoadedFont;

struct TextStyle {
  double size = 15;  // font size in chart units (the SVG's user units)
  bool bold = false;
};

/// Measures text as a browser or librsvg sets it with the font list "<script font>, Noto
/// Sans": each character takes the first font that has a glyph for it, and each run of one
/// font is shaped by HarfBuzz. Fonts are read once per process and shared read-only, so one
/// measure per worker costs nothing and takes no lock.
class TextMeasure {
 public:
  explicit TextMeasure(const std::string& locale);

  double width(std::string_view text, TextStyle style) const;
  /// Height above and below the baseline that the fonts' glyphs may reach, for line boxes.
  double ascent(TextStyle style) const;
  double descent(TextStyle style) const;
  /// The height of one line: the fonts' full extent, and never tighter than 1.3 em.
  double line_height(TextStyle style) const;
  /// The CSS font-family list the SVG names, matching what is measured.
  std::string font_family() const;

 private:
  const i18n::ScriptFont& script_;
  // Regular and bold of the script font and of the fallback, looked up once.
  const LoadedFont* primary_[2];
  const LoadedFont* fallback_[2];
};

}  // namespace press::infographics
