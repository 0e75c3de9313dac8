// Contained paths: every path press makes from input (a locale tag, a catalog name, a slug, a
// file of the site) is joined under its root here. Each input has its own check first, with a
// message that names the mistake; this is the last guard behind them all, so that nothing
// made from input can name a file outside its root.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace press::core {

/// `root/relative`, or nothing when `relative` could lead out of `root` or be read two ways:
/// empty or absolute, with an empty, "." or ".." segment, a backslash, or a control character.
std::optional<std::string> contained_path(const std::string& root, std::string_view relative);

}  // namespace press::core
