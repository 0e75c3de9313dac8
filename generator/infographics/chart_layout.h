// Chart layout: where every label, value and mark of one infographic goes, in one locale.
#pragma once

#include <string>
#include <vector>

#include "infographics/infographic_source.h"
#include "infographics/text_measure.h"
#include "theme/palette.h"

namespace press::infographics {

/// What an infographic says in one locale, already translated and formatted.
struct ChartText {
  struct Item {
    std::string label;   // the translated, formatted label
    std::string figure;  // the value as the locale writes it ("about 110,000", "٨٪"), or the date
    double share = 0;    // the mark's length from 0 to 1: of the largest value, or of the whole
  };
  ChartType type = ChartType::key_figures;
  std::string title;
  std::string description;
  std::string source_note;  // "Source: …"
  std::vector<Item> items;
};

struct Box {
  double x = 0, y = 0, width = 0, height = 0;
  double right() const { return x + width; }
  double bottom() const { return y + height; }
  bool overlaps(const Box& other) const;
  bool contains(const Box& other) const;
};

/// One block of text, one or more lines.
struct TextBlock {
  std::vector<std::string> lines;
  std::vector<double> line_widths;  // measured
  TextStyle style;
  double x = 0;            // where each line starts: its left edge, or its right edge in RTL
  double top = 0;          // top of the first line box
  double line_height = 0;
  double ascent = 0;       // baseline below each line box's top
  std::string colour;
  const char* role = "";   // "title", "figure", "label", "value", "date", "note"
  bool rtl = false;        // set by mirroring
  /// The area the glyphs may cover, from the measured widths.
  Box box() const;
  double baseline(size_t line) const { return top + line * line_height + ascent; }
};

/// A rectangle or a circle (a box with `round`); containers hold text, marks never touch it.
struct Mark {
  Box box;
  std::string fill;    // empty: none
  std::string stroke;  // empty: none
  bool round = false;
  bool container = false;
  const char* role = "";  // "background", "card", "bar", "track", "share", "axis", "point"
};

struct ChartLayout {
  double width = 0;
  double height = 0;
  bool rtl = false;
  std::string font_family;
  std::vector<Mark> marks;  // in drawing order: containers first
  std::vector<TextBlock> texts;
};

/// Widths of a chart in SVG user units (its text sizes stay the same). The wide layout is the
/// standalone file, the PNG (drawn 3 times larger) and the page on larger screens; phones get
/// the narrow one, so at 320 px its labels still show at about 14 px instead of 11.
constexpr double kChartWidth = 400;
constexpr double kNarrowChartWidth = 300;

/// Lays the chart out for a locale: wrapped, measured labels; right-to-left mirrored.
ChartLayout lay_out_chart(const ChartText& text, const theme::Palette& palette, const TextMeasure& measure,
                          const std::string& locale, bool rtl, double width = kChartWidth);

}  // namespace press::infographics
