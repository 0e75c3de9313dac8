// Page checks: accessibility rules every finished page must meet, run on its tree.
#pragma once

#include <pugixml.hpp>

#include <string>

#include "core/diagnostics.h"

namespace press::checks {

/// Checks a finished page: `html lang`, a non-empty title, exactly one h1, main landmark,
/// headings that do not skip levels, alt on every image, and in-page links that land.
/// Problems are reported against `source_path` (the content file the page came from).
void check_page(const pugi::xml_document& page, const std::string& source_path,
                core::Diagnostics& diagnostics);

}  // namespace press::checks
