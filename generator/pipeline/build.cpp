#include "pipeline/build.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <deque>
#include <iostream>
#include <ostream>
#include <shared_mutex>
#include <thread>
#include <vector>

#include "config/site_config.h"
#include "content/site_content.h"
#include "core/content_hash.h"
#include "core/file_system.h"
#include "core/memo_table.h"
#include "core/parallel_for.h"
#include "output/build_cache.h"
#include "output/output_folder.h"
#include "output/site_writer.h"
#include "output/sitemap.h"
#include "pipeline/book_builder.h"
#include "pipeline/build_keys.h"
#include "pipeline/kept_chapters.h"
#include "pipeline/language_chooser.h"
#include "pipeline/page_renderer.h"
#include "pipeline/site_status.h"
#include "pipeline/source_site.h"
#include "pipeline/terminology_check.h"
#include "theme/theme.h"

namespace press::pipeline {

namespace {

struct WorkerResult {
  core::Diagnostics diagnostics;
  bool write_failed = false;
};

using Clock = std::chrono::steady_clock;

// What one locale's render pass needs besides the pages: which jobs to skip (unchanged since
// the last build), and where to put each page's chapter.
struct RenderPass {
  const std::vector<bool>* skip = nullptr;       // by job index; null: render all
  std::vector<std::string>* chapters = nullptr;  // by job index, for the e-book
  const std::vector<std::string>* files = nullptr;  // by job index: "<locale>/<file>" in the site
};

// Each worker owns everything it touches (formatters, diagnostics, buffers), so the per-page
// path takes no lock; each job index has one writer in the output vectors.
void render_locale(const std::vector<PageJob>& jobs, size_t begin, size_t end, const SiteContext& site,
                   const LocaleData& locale, const output::SiteWriter& writer, const output::BuildCache& cache,
                   const std::vector<std::string>& keys, int worker_count, std::vector<WorkerResult>& results,
                   const RenderPass& pass) {
  // Each call adds its own workers' results, so a later call never drops an earlier one's.
  const size_t first_result = results.size();
  results.resize(first_result + static_cast<size_t>(worker_count));
  // One formatter set per worker, made on the worker's first page.
  std::vector<std::unique_ptr<LocaleContext>> contexts(static_cast<size_t>(worker_count));
  // A rebuild skips most pages, often all: no workers for nothing.
  if (pass.skip && std::all_of(pass.skip->begin() + static_cast<long>(begin), pass.skip->begin() + static_cast<long>(end),
                               [](bool skipped) { return skipped; })) {
    return;
  }
  core::parallel_for(begin, end, worker_count, [&](size_t i, int worker) {
    if (pass.skip && (*pass.skip)[i]) return;
    WorkerResult& result = results[first_result + worker];
    auto& context = contexts[worker];
    if (!context) context = std::make_unique<LocaleContext>(locale);
    RenderedPage page = render_page(jobs[i], site, *context, result.diagnostics);
    (*pass.chapters)[i] = std::move(page.chapter);
    const std::string& file = (*pass.files)[i];
    const std::string& key = keys[i];
    if (!cache.unchanged(file, key) && !writer.write(file, page.html)) result.write_failed = true;
    if (jobs[i].kind == PageJob::Kind::not_found && locale.is_source && !cache.unchanged("404.html", key) &&
        !writer.write("404.html", page.html)) {
      result.write_failed = true;
    }
  });
}

void fail(const core::Diagnostics& diagnostics, std::ostream& err) {
  err << diagnostics.format_all() << "build failed: " << diagnostics.error_count()
      << " error(s); the previous site was left as it was\n";
}

}  // namespace

// Time spent per stage, summed over locales, for `--timings`: wall time, and the CPU time of
// all threads, which shows how busy the cores were.
struct StageTimes {
  struct Stage {
    std::string name;
    double wall = 0;
    double cpu = 0;
  };
  std::vector<Stage> stages;
  Clock::time_point last = Clock::now();
  double last_cpu = cpu_seconds();
  static double cpu_seconds() {
    timespec now{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
  }
  void mark(const std::string& name) {
    const auto now = Clock::now();
    const double cpu = cpu_seconds();
    const double wall = std::chrono::duration<double>(now - last).count();
    const double used = cpu - last_cpu;
    last = now;
    last_cpu = cpu;
    for (auto& stage : stages) {
      if (stage.name == name) {
        stage.wall += wall;
        stage.cpu += used;
        return;
      }
    }
    stages.push_back({name, wall, used});
  }
};

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

  // Broken content files are left out and the rest still renders, so that one run reports
  // every problem; without a configuration or a theme there is nothing to render.
  const std::string cache_dir =
      options.cache_dir.empty() ? core::join_path(options.source_dir, ".press-cache") : options.cache_dir;
  const std::string memo_dir = options.use_cache ? cache_dir : "";
  const auto drafts = options.include_drafts ? content::Drafts::included : content::Drafts::left_out;
  std::optional<SourceSite> loaded;
  SourceSite* source =
      options.memory ? options.memory->sources(options.source_dir, memo_dir, drafts, options.changed_paths, diagnostics)
      : (loaded = load_source_site(options.source_dir, diagnostics, memo_dir, drafts)) ? &*loaded
                                                                                       : nullptr;
  if (!source) {
    diagnostics.sort();
    fail(diagnostics, err);
    return report;
  }
  times.mark("load content and theme");
  const config::SiteConfig* config = &source->config;
  const content::SiteContent* content = &source->content;
  const theme::Theme* theme = &source->theme;

  SiteContext site{*config, *content, *theme, describe_locales(*config), {}, {}, &source->infographics};
  site.units = localize::PageUnitsCache(content->pages());
  // Stigmatising terms are warnings here; `press check --strict` makes them fail.
  const auto terminologies = load_terminologies(options.source_dir, config->locales, diagnostics);
  // Results worked out by earlier builds live beside the build cache; --no-cache uses none.
  auto memo_path = [&](const char* name) { return options.use_cache ? core::join_path(cache_dir, name) : std::string(); };
  {
    const core::MemoTable clean(memo_path("terminology"));
    check_content_terminology(*content, config->source_locale, terminologies, diagnostics, &clean);
    clean.save();
  }
  std::vector<localize::LocaleCatalogs> catalogs;
  for (const auto& locale : config->locales) {
    // One after another: libgettextpo's parser keeps global state.
    auto terms = terminologies.find(locale);
    catalogs.push_back(localize::load_locale_catalogs(options.source_dir, locale, config->source_locale, *content,
                                                      terms == terminologies.end() ? nullptr : &terms->second,
                                                      diagnostics, options.memory ? &options.memory->catalogs : nullptr));
  }
  times.mark("catalogs and terminology");
  const int workers = options.jobs > 0 ? options.jobs : core::default_workers();
  {
    const core::MemoTable memo(memo_path("status"));
    site.status = count_site_status(*source, site.units, catalogs, memo, workers);
    memo.save();  // each result stands on its own: kept even if this build fails later
  }
  times.mark("translation status");
  // The last build's records for this output folder: with the same site-wide inputs, pages
  // whose own inputs are unchanged are neither rendered nor written again.
  const std::string site_key = site_inputs_key(options.source_dir, *source);
  output::BuildCache cache(cache_dir, options.out_dir, site_key);
  const bool update = cache.warm() && options.use_cache;
  const output::BuildCache cold;
  const output::BuildCache& previous = update ? cache : cold;
  output::SiteWriter writer(options.out_dir);
  std::string error;
  if (!writer.open(error, update)) {
    err << "error: " << error << '\n';
    return report;
  }
  times.mark("other");
  const std::vector<PageJob> jobs = plan_pages(*content, !source->infographics.empty());
  std::vector<std::string> public_paths;
  bool write_failed = false;
  std::string per_locale;
  std::string per_book;
  int rendered = 0;
  const std::time_t modified = book_modified_time(*content);
  // Writes a file that is not a page when its bytes changed, and records it.
  auto write_keyed = [&](const std::string& path, const std::string& bytes) {
    const std::string key = core::ContentHash::of(bytes);
    cache.record(path, key);
    if (!previous.unchanged(path, key) && !writer.write(path, bytes)) write_failed = true;
  };
  // A locale's e-book is packed on its own thread while the next locale's pages render; its
  // home page, which links the book with its size, is rendered once the book is done.
  struct LocaleRun {
    std::unique_ptr<LocaleData> data;
    std::vector<std::string> keys;          // by job index
    HomePageKey home_key;                   // the home page's, which waits for the book
    std::vector<std::string> files;         // by job index: "<locale>/<file>" in the site
    std::vector<bool> skip;                 // by job index: unchanged since the last build
    std::vector<std::string> chapters;      // by job index: the e-book chapters rendered now
    size_t chapter_bytes = 0;               // their size, held until the book is packed
    KeptChapters kept;                      // chapters the last book holds
    std::vector<WorkerResult> results;
    core::Diagnostics book_diagnostics;
    epub::BookReport book;
    std::string book_key;
    bool chapters_saved = false;
    std::thread book_thread;
  };
  bool cache_saved = true;
  auto finish = [&](LocaleRun& run) {
    run.book_thread.join();
    times.mark("e-books (waiting for)");
    const std::string& tag = run.data->info.tag;
    if (!run.data->book_file.empty()) cache.record(tag + "/" + run.data->book_file, run.book_key);
    run.keys[0] = run.home_key.with_book(*run.data);
    std::vector<bool> skip(jobs.size(), false);
    skip[0] = previous.unchanged(run.files[0], run.keys[0]);
    rendered += skip[0] ? 0 : 1;
    std::vector<std::string> home_chapter(jobs.size());  // the home page has none; the book is done
    render_locale(jobs, 0, 1, site, *run.data, writer, previous, run.keys, 1, run.results,
                  {&skip, &home_chapter, &run.files});
    times.mark("render pages");
    for (size_t i = 0; i < jobs.size(); ++i) {
      const std::string& key = run.keys[i];
      cache.record(std::move(run.files[i]), key);  // their last use
      if (jobs[i].kind == PageJob::Kind::not_found && run.data->is_source) cache.record("404.html", key);
    }
    for (const auto& [name, chart] : run.data->infographics) {
      cache.record(tag + "/" + infographic_path(name) + ".svg", chart.key);
      cache.record(tag + "/" + infographic_path(name) + ".png", chart.key);
    }
    cache_saved = cache_saved && run.chapters_saved;
    diagnostics.merge(std::move(run.book_diagnostics));
    for (auto& result : run.results) {
      diagnostics.merge(std::move(result.diagnostics));
      write_failed = write_failed || result.write_failed;
    }
    if (!run.data->book_file.empty()) {
      per_book += (per_book.empty() ? "" : ", ") + tag + " " + std::to_string(run.data->book_bytes / 1024) + " KiB";
      if (run.book.font_bytes > 0) {
        per_book += " (font subset " + std::to_string(run.book.font_bytes / 1024) + " of " +
                    std::to_string(run.book.font_original_bytes / 1024) + " KiB)";
      }
    }
    report.pages += static_cast<int>(jobs.size());
    ++report.locales;
    per_locale += (per_locale.empty() ? "" : ", ") + tag + " " + std::to_string(jobs.size());
    if (options.progress && Clock::now() - start > std::chrono::seconds(2)) {
      err << "\r" << report.locales << "/" << config->locales.size() << " locales, " << report.pages
          << " pages\033[K" << std::flush;
    }
  };
  // Each locale's texts, page keys and which pages are unchanged, worked out for all locales
  // at once: the locales are independent, and in a rebuild this is most of the work.
  std::vector<std::string> book_entries;  // by job index: a document's e-book entry, the same in every locale
  for (const auto& job : jobs) book_entries.push_back(job.kind == PageJob::Kind::document ? chapter_entry(job) : "");
  std::vector<std::unique_ptr<LocaleRun>> runs(config->locales.size());
  core::parallel_for(0, runs.size(), workers, [&](size_t i, int) {
    const std::string& tag = config->locales[i];
    const LocaleInfo& info = *std::find_if(site.locales.begin(), site.locales.end(),
                                           [&](const auto& l) { return l.tag == tag; });
    auto run = std::make_unique<LocaleRun>();
    run->data = std::make_unique<LocaleData>(make_locale_data(site, info, catalogs[i]));
    run->chapters.resize(jobs.size());
    const std::vector<std::string> listings = section_listing_keys(site, *run->data);
    run->keys = page_keys(jobs, site, *run->data, site_key, listings);
    run->home_key =
        HomePageKey(site, *run->data, site_key, listings, previous.file_size(tag + "/" + book_file(site, tag)));
    run->files.reserve(jobs.size());
    for (const auto& job : jobs) run->files.push_back(tag + "/" + job.output_file());
    // A page is skipped when its inputs are unchanged and its chapter, if it has one, can be
    // copied from the last book.
    run->kept = KeptChapters(site, tag, jobs, book_entries, previous);
    run->skip.assign(jobs.size(), false);
    for (size_t j = 1; j < jobs.size(); ++j) {
      const bool chapter_known = jobs[j].kind != PageJob::Kind::document || run->kept.has(j);
      run->skip[j] = chapter_known && previous.unchanged(run->files[j], run->keys[j]);
    }
    runs[i] = std::move(run);
  });
  for (const auto& run : runs) rendered += static_cast<int>(std::count(run->skip.begin() + 1, run->skip.end(), false));
  times.mark("page keys and unchanged pages");
  // Locales whose e-book is being packed, oldest first. A clean build holds one locale's
  // chapters while the next one renders; a rebuild's few changed chapters let every book pack
  // while the rest of the site is checked.
  constexpr size_t kChaptersInFlight = 8 << 20;  // bytes
  std::deque<std::unique_ptr<LocaleRun>> packing;
  size_t packing_bytes = 0;
  auto finish_oldest = [&] {
    packing_bytes -= packing.front()->chapter_bytes;
    finish(*packing.front());
    packing.pop_front();
  };
  for (size_t i = 0; i < config->locales.size(); ++i) {
    std::unique_ptr<LocaleRun> run = std::move(runs[i]);
    const LocaleInfo& info = run->data->info;
    run->data->infographics = render_locale_infographics(source->infographics, info, config->source_locale,
                                                         catalogs[i], *config, theme->palette, writer, previous,
                                                         workers, diagnostics);
    times.mark("infographics");
    render_locale(jobs, 1, jobs.size(), site, *run->data, writer, previous, run->keys, workers, run->results,
                  {&run->skip, &run->chapters, &run->files});
    content->release_translations(info.tag);
    for (const auto& chapter : run->chapters) run->chapter_bytes += chapter.size();
    times.mark("render pages");
    run->book_thread = std::thread([&site, &jobs, &writer, &previous, &cache, modified, r = run.get()] {
      // Chapters rendered now get their facts from their bytes, kept ones from the last build,
      // so an unchanged book is known, and a changed one packed, without reading them.
      bool changed = false;
      const BookChapters chapters = r->kept.gather(r->chapters, changed);
      r->book = write_locale_book(site, *r->data, jobs, chapters, modified, writer, previous, cache, r->book_key,
                                  r->book_diagnostics);
      // The facts go to the cache for the next build when a chapter is new or changed.
      r->chapters_saved = !changed || KeptChapters::save(cache, r->data->info.tag, jobs, chapters);
      std::vector<std::string>().swap(r->chapters);
      r->kept = {};
    });
    packing_bytes += run->chapter_bytes;
    packing.push_back(std::move(run));
    while (packing.size() > 1 && packing_bytes > kChaptersInFlight) finish_oldest();
  }
  while (!packing.empty()) finish_oldest();
  if (options.progress) err << "\r\033[K";

  write_keyed("assets/style.css", theme->stylesheet);
  write_keyed(output::kOutputMarker, "This folder is a site built by press; each build replaces it.\n");
  for (const auto& job : jobs) {
    if (job.kind != PageJob::Kind::not_found) public_paths.push_back(job.path);
  }
  // The sitemap is a function of the site key and the page list: kept, not rendered, when they
  // are the same.
  core::ContentHash sitemap_inputs;
  sitemap_inputs.add(site_key);
  for (const auto& path : public_paths) sitemap_inputs.add(path);
  const std::string sitemap_key = sitemap_inputs.hex();
  const output::Sitemap sitemap(config->base_url, config->locales, std::move(public_paths));
  for (size_t i = 0; i < sitemap.files().size(); ++i) {
    cache.record(sitemap.files()[i], sitemap_key);
    if (!previous.unchanged(sitemap.files()[i], sitemap_key) && !writer.write(sitemap.files()[i], sitemap.render(i))) {
      write_failed = true;
    }
  }
  write_keyed("index.html", render_language_chooser(site));
  if (write_failed) diagnostics.error(writer.staging_dir(), "cannot write the output files");

  diagnostics.sort();
  if (diagnostics.has_errors()) {
    writer.discard();
    fail(diagnostics, err);
    return report;
  }
  err << diagnostics.format_all();
  report.files = writer.files_written();
  times.mark("other");
  const std::vector<std::string> removed = update ? cache.removed() : std::vector<std::string>();
  {
    std::unique_lock<std::shared_mutex> publishing;
    if (options.publish_lock) publishing = std::unique_lock(*options.publish_lock);
    if (!writer.commit(error, removed)) {
      err << "error: " << error << '\n';
      return report;
    }
  }
  report.whole_site = !update;
  report.changed_files = writer.staged_files();
  report.changed_files.insert(report.changed_files.end(), removed.begin(), removed.end());
  // Without a cache the next build is a full one; the site itself is complete either way.
  // Records are saved only with every locale's chapters, so they never point to stale ones.
  if (!cache_saved || !cache.save()) err << "warning: cannot write the build cache; the next build will redo everything\n";
  times.mark("replace the previous site");
  if (options.timings) {
    for (const auto& stage : times.stages) {
      err << "  " << stage.name << ": " << stage.wall << " s (cpu " << stage.cpu << " s)\n";
    }
  }
  report.ok = true;
  report.documents = static_cast<int>(content->document_count());
  report.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  report.warnings = static_cast<int>(diagnostics.all().size());
  report.rendered = rendered;
  err << "built " << report.documents << " documents in " << report.locales << " locale(s) ("
      << per_locale << " pages" << (update ? ", " + std::to_string(rendered) + " rendered again" : "") << "), "
      << report.files << " files written in " << report.seconds << " s"
      << (report.warnings ? ", " + std::to_string(report.warnings) + " warning(s)" : "") << "\n"
      << "e-books: " << per_book << "\n";
  if (options.exit_when_done) {
    err.flush();
    std::cout.flush();
    std::fflush(nullptr);
    std::_Exit(0);
  }
  return report;
}

}  // namespace press::pipeline
