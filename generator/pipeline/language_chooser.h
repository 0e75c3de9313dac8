// Language chooser: site/index.html, the entry page that lists every language of the site.
#pragma once

#include <string>

#include "pipeline/page_renderer.h"

namespace press::pipeline {

/// The chooser page as HTML: each locale named in its own language, linking to its home.
std::string render_language_chooser(const SiteContext& site);

}  // namespace press::pipeline
