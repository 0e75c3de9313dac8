#include "theme/palette.h"

#include <cmath>
#include <cstdio>

#include "config/yaml_fields.h"

namespace press::theme {

namespace {

double channel(int value) {
  const double c = value / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const std::string& hex) {
  const int r = std::stoi(hex.substr(1, 2), nullptr, 16);
  const int g = std::stoi(hex.substr(3, 2), nullptr, 16);
  const int b = std::stoi(hex.substr(5, 2), nullptr, 16);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

std::string ratio_text(double ratio) {
  char text[16];
  std::snprintf(text, sizeof text, "%.2f:1", ratio);
  return text;
}

}  // namespace

bool is_hex_colour(const std::string& text) {
  if (text.size() != 7 || text[0] != '#') return false;
  for (size_t i = 1; i < text.size(); ++i) {
    if (!std::isxdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  return true;
}

double contrast_ratio(const std::string& a, const std::string& b) {
  const double la = luminance(a);
  const double lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::optional<Palette> parse_palette(const core::SourceFile& file, core::Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  config::YamlFields fields(file, 0, diagnostics);
  auto root = fields.parse_mapping(file.text(), 1);
  if (!root) return std::nullopt;
  fields.check_keys(*root, {"background", "surface", "text", "muted", "mark", "track"});
  Palette palette;
  auto colour = [&](const char* key, std::string& out) {
    out = fields.string(*root, key, 1).value_or("");
    if (!out.empty() && !is_hex_colour(out)) {
      fields.error_at_key(*root, key, "\"" + out + "\" is not a colour; write it as #rrggbb");
      out.clear();
    }
  };
  colour("background", palette.background);
  colour("surface", palette.surface);
  colour("text", palette.text);
  colour("muted", palette.muted);
  colour("mark", palette.mark);
  colour("track", palette.track);
  if (diagnostics.error_count() > errors_before) return std::nullopt;

  // Every colour is checked against each area it is drawn on.
  struct Pair {
    const char* key;
    const std::string& colour;
    const char* area_key;
    const std::string& area;
    double minimum;
  };
  const Pair pairs[] = {
      {"text", palette.text, "background", palette.background, 4.5},
      {"text", palette.text, "surface", palette.surface, 4.5},
      {"muted", palette.muted, "background", palette.background, 4.5},
      {"muted", palette.muted, "surface", palette.surface, 4.5},
      {"mark", palette.mark, "background", palette.background, 3.0},
      {"mark", palette.mark, "surface", palette.surface, 3.0},
      {"track", palette.track, "background", palette.background, 3.0},
  };
  for (const auto& pair : pairs) {
    const double ratio = contrast_ratio(pair.colour, pair.area);
    if (ratio < pair.minimum) {
      fields.error_at_key(*root, pair.key,
                          std::string("\"") + pair.key + "\" has a contrast of " + ratio_text(ratio) +
                              " on \"" + pair.area_key + "\"; it needs at least " +
                              ratio_text(pair.minimum));
    }
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return palette;
}

}  // namespace press::theme
