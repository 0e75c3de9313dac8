#include "pipeline/build.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <ostream>
#include <shared_mutex>
#include <vector>

#include "config/site_config.h"
#include "content/site_content.h"
#include "core/content_hash.h"
#include "core/file_system.h"
#include "core/memo_table.h"
#include "core/parallel_for.h"
#include "output/build_cache.h"
#include "output/commit_journal.h"
#include "output/output_folder.h"
#include "output/site_writer.h"
#include "output/sitemap.h"
#include "pipeline/search_page.h"
#include "search/search_script.h"
#include "pipeline/build_keys.h"
#include "pipeline/language_chooser.h"
#include "pipeline/locale_renders.h"
#include "pipeline/page_renderer.h"
#include "pipeline/site_status.h"
#include "pipeline/source_site.h"
#include "pipeline/stage_times.h"
#include "pipeline/terminology_check.h"
#include "theme/theme.h"

namespace press::pipeline {

namespace {

// Diagnostics go to the caller that asked for them (`press check`), or else to `err`.
void report_diagnostics(core::Diagnostics& diagnostics, const BuildOptions& options, std::ostream& err) {
  if (!options.diagnostics) {
    err << diagnostics.format_all();
    return;
  }
  options.diagnostics->merge(std::move(diagnostics));
  diagnostics = {};
}

void fail(core::Diagnostics& diagnostics, const BuildOptions& options, std::ostream& err) {
  const int errors = diagnostics.error_count();
  report_diagnostics(diagnostics, options, err);
  if (!options.diagnostics) err << "build failed: " << errors << " error(s); the previous site was left as it was\n";
}

// Where earlier builds' results are kept: the build cache's folder, and the memo tables in it
// (none with --no-cache).
struct CachePlaces {
  std::string dir;
  bool used = true;
  explicit CachePlaces(const BuildOptions& options)
      : dir(options.cache_dir.empty() ? core::join_path(options.source_dir, ".press-cache") : options.cache_dir),
        used(options.use_cache) {}
  std::string memo(const char* name) const { return used ? core::join_path(dir, name) : std::string(); }
  std::string content_memo_dir() const { return used ? dir : std::string(); }
};

// The project's sources: kept between builds in `options.memory`, or loaded into `loaded`.
// Broken content files are left out and the rest still renders, so that one run reports every
// problem; without a configuration or a theme there is nothing to render.
SourceSite* load_sources(const BuildOptions& options, const CachePlaces& places, std::optional<SourceSite>& loaded,
                         core::Diagnostics& diagnostics) {
  const auto drafts = options.include_drafts ? content::Drafts::included : content::Drafts::left_out;
  if (options.memory) {
    return options.memory->sources(options.source_dir, places.content_memo_dir(), drafts, options.changed_paths,
                                   diagnostics);
  }
  loaded = load_source_site(options.source_dir, diagnostics, places.content_memo_dir(), drafts);
  return loaded ? &*loaded : nullptr;
}

// Every locale's catalogs, read and checked, and the content checked for stigmatising terms
// (warnings here; `press check --strict` makes them fail).
std::vector<localize::LocaleCatalogs> load_catalogs(const BuildOptions& options, const CachePlaces& places,
                                                    const SourceSite& source, core::Diagnostics& diagnostics) {
  const config::SiteConfig& config = source.config;
  const auto terminologies = load_terminologies(options.source_dir, config.locales, diagnostics);
  {
    const core::MemoTable clean(places.memo("terminology"));
    check_content_terminology(source.content, config.source_locale, terminologies, diagnostics, &clean);
    clean.save();
  }
  std::vector<localize::LocaleCatalogs> catalogs;
  for (const auto& locale : config.locales) {
    // One after another: libgettextpo's parser keeps global state.
    auto terms = terminologies.find(locale);
    catalogs.push_back(localize::load_locale_catalogs(options.source_dir, locale, config.source_locale, source.content,
                                                      terms == terminologies.end() ? nullptr : &terms->second,
                                                      diagnostics, options.memory ? &options.memory->catalogs : nullptr));
  }
  return catalogs;
}

// The files of the site that are not pages: the stylesheet, the marker that the folder is
// press's, the language chooser, the pages' own images and, unless left out, the sitemap. Each
// is written only when its bytes changed.
bool write_site_files(const SiteContext& site, const std::vector<PageJob>& jobs, const std::string& site_key,
                      bool with_sitemap, const output::SiteWriter& writer, const output::BuildCache& previous,
                      output::BuildCache& cache) {
  bool written = true;
  auto write_keyed = [&](const std::string& path, const std::string& bytes) {
    const std::string key = core::ContentHash::of(bytes);
    cache.record(path, key);
    if (!previous.unchanged(path, key) && !writer.write(path, bytes)) written = false;
  };
  write_keyed("assets/style.css", site.theme.stylesheet);
  write_keyed(kSearchScriptFile, std::string(search::search_script()));
  write_keyed(output::kOutputMarker, "This folder is a site built by press; each build replaces it.\n");
  write_keyed("index.html", render_language_chooser(site));
  if (site.images) {
    for (const auto& [name, image] : *site.images) write_keyed(std::string(content::kImagesFolder) + name, image.bytes);
  }
  if (!with_sitemap) return written;
  std::vector<std::string> public_paths;
  for (const auto& job : jobs) {
    if (job.kind != PageJob::Kind::not_found) public_paths.push_back(job.path);
  }
  // The sitemap is a function of the site key and the page list: kept, not rendered, when they
  // are the same.
  core::ContentHash sitemap_inputs;
  sitemap_inputs.add(site_key);
  for (const auto& path : public_paths) sitemap_inputs.add(path);
  const std::string sitemap_key = sitemap_inputs.hex();
  const output::Sitemap sitemap(site.config.base_url, site.config.locales, std::move(public_paths));
  for (size_t i = 0; i < sitemap.files().size(); ++i) {
    cache.record(sitemap.files()[i], sitemap_key);
    if (!previous.unchanged(sitemap.files()[i], sitemap_key) && !writer.write(sitemap.files()[i], sitemap.render(i))) {
      written = false;
    }
  }
  return written;
}

// Puts the new site in place, under the preview server's lock when there is one, and notes
// which files changed.
bool publish(output::SiteWriter& writer, const std::vector<std::string>& removed, bool update,
             const BuildOptions& options, BuildReport& report, std::ostream& err) {
  std::string error;
  {
    std::unique_lock<std::shared_mutex> publishing;
    if (options.publish_lock) publishing = std::unique_lock(*options.publish_lock);
    if (!writer.commit(error, removed)) {
      err << "error: " << error << '\n';
      return false;
    }
  }
  report.whole_site = !update;
  report.changed_files = writer.staged_files();
  report.changed_files.insert(report.changed_files.end(), removed.begin(), removed.end());
  return true;
}

void print_summary(const BuildReport& report, const LocaleRenderResults& renders, bool update, std::ostream& err) {
  err << "built " << report.documents << " documents in " << report.locales << " locale(s) ("
      << renders.per_locale << " pages" << (update ? ", " + std::to_string(renders.rendered) + " rendered again" : "")
      << "), " << report.files << " files written in " << report.seconds << " s"
      << (report.warnings ? ", " + std::to_string(report.warnings) + " warning(s)" : "") << "\n"
      << "e-books: " << renders.per_book << "\n";
}

}  // namespace

BuildReport build_site(const BuildOptions& options, std::ostream& err) {
  const auto start = Clock::now();
  StageTimes times;
  BuildReport report;
  core::Diagnostics diagnostics;

  // The output folder is press's own, and one build at a time writes it (and its cache).
  if (const std::string refused = output::refuse_output_folder(options.source_dir, options.out_dir);
      !refused.empty()) {
    err << "error: " << refused << "; nothing was written\n";
    report.refused = true;
    return report;
  }
  const output::OutputLock lock(options.out_dir, err);
  if (!lock.held()) {
    err << "error: " << lock.error() << '\n';
    return report;
  }
  // A commit that a killed build left half done is finished before anything reads the site.
  if (std::string error; !output::finish_interrupted_commit(options.out_dir, error)) {
    err << "error: " << error << '\n';
    return report;
  }
  const CachePlaces places(options);
  std::optional<SourceSite> loaded;
  const SourceSite* source = load_sources(options, places, loaded, diagnostics);
  if (!source) {
    diagnostics.sort();
    fail(diagnostics, options, err);
    return report;
  }
  times.mark("load content and theme");

  SiteContext site{source->config, source->content, source->theme, describe_locales(source->config), {}, {},
                   &source->infographics, &source->images,
                   content::image_names(source->images), &source->glossary};
  site.units = localize::PageUnitsCache(source->content.pages());
  const std::vector<localize::LocaleCatalogs> catalogs = load_catalogs(options, places, *source, diagnostics);
  times.mark("catalogs and terminology");

  const int workers = options.jobs > 0 ? options.jobs : core::default_workers();
  {
    const core::MemoTable memo(places.memo("status"));
    site.status = count_site_status(*source, site.units, catalogs, memo, workers);
    memo.save();  // each result stands on its own: kept even if this build fails later
  }
  times.mark("translation status");

  // The last build's records for this output folder: with the same site-wide inputs, pages
  // whose own inputs are unchanged are neither rendered nor written again.
  const std::string site_key = site_inputs_key(options.source_dir, *source);
  output::BuildCache cache(places.dir, options.out_dir, site_key);
  if (options.output_as_last_built) cache.trust_files_are_there();
  const bool update = cache.warm() && options.use_cache;
  const output::BuildCache cold;
  const output::BuildCache& previous = update ? cache : cold;
  output::SiteWriter writer(options.out_dir);
  writer.on_commit_step(options.at_commit_step);
  if (std::string error; !writer.open(error, update)) {
    err << "error: " << error << '\n';
    return report;
  }
  times.mark("open the build cache and the output");

  const std::vector<PageJob> jobs = plan_pages(source->content, !source->infographics.empty(), source->config.themes,
                                               !source->glossary.entries.empty());
  LocaleRenderResults renders = render_locales(
      {site, *source, catalogs, jobs, site_key, writer, previous, cache, workers}, times,
      [&](const LocaleRenderResults& done) {
        if (options.progress && Clock::now() - start > std::chrono::seconds(2)) {
          err << "\r" << done.locales << "/" << site.config.locales.size() << " locales, " << done.pages
              << " pages\033[K" << std::flush;
        }
      });
  if (options.progress) err << "\r\033[K";
  diagnostics.merge(std::move(renders.diagnostics));
  const bool written = write_site_files(site, jobs, site_key, options.sitemap, writer, previous, cache) && !renders.write_failed;
  if (!written) diagnostics.error(writer.staging_dir(), "cannot write the output files");

  diagnostics.sort();
  if (diagnostics.has_errors()) {
    writer.discard();
    fail(diagnostics, options, err);
    return report;
  }
  const int warnings = static_cast<int>(diagnostics.all().size());
  report_diagnostics(diagnostics, options, err);
  times.mark("stylesheet, sitemap and language chooser");
  cache.mark_site_changing();
  if (!publish(writer, update ? cache.removed() : std::vector<std::string>(), update, options, report, err)) {
    return report;
  }
  // Without a cache the next build is a full one; the site itself is complete either way.
  // Records are saved only with every locale's chapters, so they never point to stale ones.
  if (!renders.cache_saved || !cache.save()) {
    err << "warning: cannot write the build cache; the next build will redo everything\n";
  }
  times.mark("replace the previous site");
  if (options.timings) times.print(err);

  report.ok = true;
  report.pages = renders.pages;
  report.locales = renders.locales;
  report.rendered = renders.rendered;
  report.files = writer.files_written();
  report.documents = static_cast<int>(source->content.document_count());
  report.warnings = warnings;
  report.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  if (!options.diagnostics) print_summary(report, renders, update, err);
  if (options.exit_when_done) {
    err.flush();
    std::cout.flush();
    std::fflush(nullptr);
    std::_Exit(0);
  }
  return report;
}

}  // namespace press::pipeline
