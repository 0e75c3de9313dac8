// SVG chart: a laid-out chart as an accessible <svg> element, text kept as text.
#pragma once

#include <pugixml.hpp>

#include <string>

#include "infographics/chart_layout.h"

namespace press::infographics {

struct SvgLabels {
  std::string title;        // <title>, the accessible name
  std::string description;  // <desc>, the accessible description
  std::string lang;         // BCP 47, for the standalone file
  std::string id_prefix;    // unique within the page: "<prefix>-title", "<prefix>-desc"
};

/// Appends `<svg role="img" aria-labelledby=…>` with <title> and <desc> to `parent`. A
/// standalone file also gets its size, language and the XML namespace of a document.
pugi::xml_node append_svg(const ChartLayout& layout, const SvgLabels& labels, pugi::xml_node parent,
                          bool standalone);

/// A standalone SVG file: the XML declaration and the chart.
std::string standalone_svg(const ChartLayout& layout, const SvgLabels& labels);

}  // namespace press::infographics
