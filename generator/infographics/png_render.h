// PNG render: a standalone SVG drawn to a PNG by librsvg, for sharing on social media.
#pragma once

#include <optional>
#include <string>

namespace press::infographics {

/// Renders `svg` at `width` pixels wide (height in proportion) on its own background; nothing
/// when librsvg cannot read it, with the reason in `error`.
std::optional<std::string> render_png(const std::string& svg, int width, std::string& error);

/// The size in pixels stored in a PNG's header, or {0, 0} for bytes that are not a PNG.
std::pair<int, int> png_size(const std::string& png);

}  // namespace press::infographics
