// Markdown check: what the Markdown walk of a build reports (raw HTML, script URLs, images
// without alt text, unknown infographics), for `press check`, which renders nothing.
#pragma once

#include "core/diagnostics.h"
#include "pipeline/source_site.h"

namespace press::pipeline {

/// Walks the Markdown of every source page and whole-file translation, as a build's first
/// render of each does, and reports what that walk reports, with the same messages.
void check_markdown(const SourceSite& site, core::Diagnostics& diagnostics);

}  // namespace press::pipeline
