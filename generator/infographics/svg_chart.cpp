#include "infographics/svg_chart.h"

#include <cstdio>
#include <sstream>

namespace press::infographics {

namespace {

// Coordinates to a tenth of a unit: small files, and the same bytes on every run.
std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  std::string out = text;
  if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
  if (out == "-0") out = "0";
  return out;
}

void set(pugi::xml_node node, const char* name, const std::string& value) {
  node.append_attribute(name) = value.c_str();
}

void append_mark(const Mark& mark, pugi::xml_node svg) {
  pugi::xml_node node;
  if (mark.round) {
    node = svg.append_child("circle");
    set(node, "cx", number(mark.box.x + mark.box.width / 2));
    set(node, "cy", number(mark.box.y + mark.box.height / 2));
    set(node, "r", number(mark.box.width / 2));
  } else {
    node = svg.append_child("rect");
    set(node, "x", number(mark.box.x));
    set(node, "y", number(mark.box.y));
    set(node, "width", number(mark.box.width));
    set(node, "height", number(mark.box.height));
    if (mark.container && std::string_view(mark.role) == "card") set(node, "rx", "6");
  }
  set(node, "fill", mark.fill.empty() ? "none" : mark.fill);
  if (!mark.stroke.empty()) {
    set(node, "stroke", mark.stroke);
    set(node, "stroke-width", "1.5");
  }
}

void append_text(const TextBlock& block, bool rtl, pugi::xml_node svg) {
  for (size_t i = 0; i < block.lines.size(); ++i) {
    pugi::xml_node text = svg.append_child("text");
    set(text, "x", number(block.x));
    set(text, "y", number(block.baseline(i)));
    set(text, "font-size", number(block.style.size));
    if (block.style.bold) set(text, "font-weight", "bold");
    set(text, "fill", block.colour);
    // In a right-to-left chart, "start" is the right edge and mixed text orders itself from it.
    if (rtl) set(text, "direction", "rtl");
    text.append_child(pugi::node_pcdata).set_value(block.lines[i].c_str());
  }
}

}  // namespace

pugi::xml_node append_svg(const ChartLayout& layout, const SvgLabels& labels, pugi::xml_node parent,
                          bool standalone) {
  pugi::xml_node svg = parent.append_child("svg");
  set(svg, "xmlns", "http://www.w3.org/2000/svg");
  if (standalone) {
    set(svg, "width", number(layout.width));
    set(svg, "height", number(layout.height));
    set(svg, "xml:lang", labels.lang);
  }
  set(svg, "viewBox", "0 0 " + number(layout.width) + " " + number(layout.height));
  set(svg, "role", "img");
  set(svg, "aria-labelledby", labels.id_prefix + "-title " + labels.id_prefix + "-desc");
  set(svg, "font-family", layout.font_family);
  // Set either way: inline in a page of the other direction, the chart must not inherit it.
  set(svg, "direction", layout.rtl ? "rtl" : "ltr");
  pugi::xml_node title = svg.append_child("title");
  set(title, "id", labels.id_prefix + "-title");
  title.append_child(pugi::node_pcdata).set_value(labels.title.c_str());
  pugi::xml_node desc = svg.append_child("desc");
  set(desc, "id", labels.id_prefix + "-desc");
  desc.append_child(pugi::node_pcdata).set_value(labels.description.c_str());
  for (const auto& mark : layout.marks) append_mark(mark, svg);
  for (const auto& text : layout.texts) append_text(text, layout.rtl, svg);
  return svg;
}

std::string standalone_svg(const ChartLayout& layout, const SvgLabels& labels) {
  pugi::xml_document document;
  append_svg(layout, labels, document, true);
  std::ostringstream out;
  document.save(out, "", pugi::format_raw);  // with the XML declaration
  out << '\n';
  return out.str();
}

}  // namespace press::infographics
