// Project links: no file is read through a symbolic link that leads out of the project.
#pragma once

#include <filesystem>
#include <string>

#include "core/diagnostics.h"

namespace press::core {

/// True when `inner` is `outer` or lies below it; both absolute and normalised (a trailing
/// separator on `outer` is ignored).
bool path_is_within(const std::filesystem::path& inner, const std::filesystem::path& outer);

/// Reports, as an error at its path, every symbolic link under the project's `press.yaml`,
/// `content/`, `translations/` and `themes/` that resolves outside `root` (or nowhere), so that
/// a linked /etc/passwd is never published as a stylesheet nor a linked file echoed in a
/// diagnostic. Links that stay inside the project are fine. Reads no file; true when none leads out.
bool check_links_stay_inside(const std::string& root, Diagnostics& diagnostics);

}  // namespace press::core
