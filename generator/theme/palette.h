// Palette: the infographic colours of a theme, with their contrast checked when loaded.
#pragma once

#include <optional>
#include <string>

#include "core/diagnostics.h"
#include "core/source_file.h"

namespace press::theme {

/// Colours as "#rrggbb". Text needs 4.5:1 and marks 3:1 against the areas they sit on
/// (WCAG 2.2, 1.4.3 and 1.4.11).
struct Palette {
  std::string background;  // the chart's canvas
  std::string surface;     // cards behind key figures
  std::string text;        // titles, labels, values
  std::string muted;       // notes and sources
  std::string mark;        // bars, filled shares, timeline points
  std::string track;       // outline of the rest of a whole, the timeline's axis
};

/// WCAG contrast ratio of two "#rrggbb" colours, from 1 to 21.
double contrast_ratio(const std::string& a, const std::string& b);
/// True for "#rrggbb".
bool is_hex_colour(const std::string& text);

/// Parses `palette.yaml`; reports missing or malformed colours and every pair below its
/// contrast minimum, at the line of the colour.
std::optional<Palette> parse_palette(const core::SourceFile& file, core::Diagnostics& diagnostics);

}  // namespace press::theme
