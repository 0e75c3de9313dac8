// Locale renders: every page, chart and e-book of every locale, locale after locale. A locale's
// e-book is packed on its own thread while the next locale's pages render; pages unchanged since
// the last build are neither rendered nor written.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "localize/locale_catalogs.h"
#include "output/build_cache.h"
#include "output/site_writer.h"
#include "pipeline/page_renderer.h"
#include "pipeline/source_site.h"
#include "pipeline/stage_times.h"

namespace press::pipeline {

/// What rendering the locales reads.
struct LocaleRenderInputs {
  const SiteContext& site;
  const SourceSite& source;
  const std::vector<localize::LocaleCatalogs>& catalogs;  // in press.yaml's order of locales
  const std::vector<PageJob>& jobs;
  const std::string& site_key;
  const output::SiteWriter& writer;
  const output::BuildCache& previous;  // the last build's records (empty: render everything)
  output::BuildCache& cache;           // this build's records, filled here
  int workers = 1;
};

/// What the renders did, for the build's report.
struct LocaleRenderResults {
  core::Diagnostics diagnostics;
  int pages = 0;
  int locales = 0;
  int rendered = 0;          // pages rendered again (the rest were unchanged)
  bool write_failed = false;
  bool cache_saved = true;   // the chapter facts of every changed book were saved
  std::string per_locale;    // "en 1005, es 1005 …"
  std::string per_book;      // "en 2113 KiB, …"
};

/// Renders every locale's pages, charts and e-book into `in.writer`, recording each output in
/// `in.cache`. `progress` is told after each locale is done.
LocaleRenderResults render_locales(const LocaleRenderInputs& in, StageTimes& times,
                                   const std::function<void(const LocaleRenderResults&)>& progress);

}  // namespace press::pipeline
