// Line wrap: a label broken into lines that fit a width, at ICU line-break opportunities.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "infographics/text_measure.h"

namespace press::infographics {

struct WrappedText {
  std::vector<std::string> lines;
  std::vector<size_t> line_starts;  // byte offset in the text where each line starts
  std::vector<double> line_widths;  // each line, measured
  double width = 0;                 // the widest line
};

/// Breaks `text` into the fewest lines no wider than `max_width`, greedily, at the line-break
/// opportunities ICU's BreakIterator finds for `locale` (with its dictionaries for Thai and
/// Burmese, which have no spaces between words). In scripts written without spaces (Thai,
/// Burmese, Khmer, Lao, Chinese, Japanese) a line prefers to end after a space, then at an ICU
/// word boundary, and only then between syllables or ideographs. A word wider than the line
/// is split between characters (grapheme clusters), never inside one.
WrappedText wrap_text(std::string_view text, double max_width, TextStyle style, const TextMeasure& measure,
                      const std::string& locale);

/// The byte offsets where ICU allows a line break in `text`, for checking a wrap.
std::vector<size_t> line_break_offsets(std::string_view text, const std::string& locale);
/// The byte offsets of grapheme cluster boundaries of `text`.
std::vector<size_t> grapheme_offsets(std::string_view text, const std::string& locale);

}  // namespace press::infographics
