#include "pipeline/locale_renders.h"

#include <algorithm>
#include <deque>
#include <memory>
#include <thread>

#include "core/content_hash.h"
#include "core/parallel_for.h"
#include "pipeline/book_builder.h"
#include "pipeline/build_keys.h"
#include "pipeline/kept_chapters.h"
#include "pipeline/locale_feed.h"
#include "pipeline/locale_infographics.h"
#include "pipeline/locale_search.h"

namespace press::pipeline {

namespace {

struct WorkerResult {
  core::Diagnostics diagnostics;
  bool write_failed = false;
};

// What one locale's render pass needs besides the pages: which jobs to skip (unchanged since
// the last build), and where to put each page's chapter.
struct RenderPass {
  const std::vector<bool>* skip = nullptr;       // by job index; null: render all
  std::vector<std::string>* chapters = nullptr;  // by job index, for the e-book
  const std::vector<std::string>* files = nullptr;  // by job index: "<locale>/<file>" in the site
  std::vector<std::optional<search::SearchRecord>>* records = nullptr;  // by job index, for the search index
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
    (*pass.records)[i] = std::move(page.search);
    const std::string& file = (*pass.files)[i];
    const std::string& key = keys[i];
    if (!cache.unchanged(file, key) && !writer.write(file, page.html)) result.write_failed = true;
    if (jobs[i].kind == PageJob::Kind::not_found && locale.is_source && !cache.unchanged("404.html", key) &&
        !writer.write("404.html", page.html)) {
      result.write_failed = true;
    }
  });
}

// A locale's e-book is packed on its own thread while the next locale's pages render; its
// home page, which links the book with its size, is rendered once the book is done.
struct LocaleRun {
  std::unique_ptr<LocaleData> data;
  std::vector<std::string> keys;          // by job index
  HomePageKey home_key;                   // the home page's, which waits for the book
  std::vector<std::string> files;         // by job index: "<locale>/<file>" in the site
  std::vector<bool> skip;                 // by job index: unchanged since the last build
  std::vector<std::string> chapters;      // by job index: the e-book chapters rendered now
  std::vector<std::optional<search::SearchRecord>> records;  // by job index: search records rendered now
  LocaleSearch search;                    // the records the last build kept
  size_t chapter_bytes = 0;               // their size, held until the book is packed
  KeptChapters kept;                      // chapters the last book holds
  std::vector<WorkerResult> results;
  core::Diagnostics book_diagnostics;
  epub::BookReport book;
  std::string book_key;
  bool chapters_saved = false;
  std::thread book_thread;
};

}  // namespace

LocaleRenderResults render_locales(const LocaleRenderInputs& in, StageTimes& times,
                                   const std::function<void(const LocaleRenderResults&)>& progress) {
  const SiteContext& site = in.site;
  const std::vector<PageJob>& jobs = in.jobs;
  const std::vector<localize::LocaleCatalogs>& catalogs = in.catalogs;
  const std::string& site_key = in.site_key;
  const output::SiteWriter& writer = in.writer;
  const output::BuildCache& previous = in.previous;
  output::BuildCache& cache = in.cache;
  const int workers = in.workers;
  const std::time_t modified = book_modified_time(site.content);
  LocaleRenderResults results;
  auto finish = [&](LocaleRun& run) {
    run.book_thread.join();
    times.mark("e-books (waiting for)");
    const std::string& tag = run.data->info.tag;
    if (!run.data->book_file.empty()) cache.record(tag + "/" + run.data->book_file, run.book_key);
    run.keys[0] = run.home_key.with_book(*run.data);
    std::vector<bool> skip(jobs.size(), false);
    skip[0] = previous.unchanged(run.files[0], run.keys[0]);
    results.rendered += skip[0] ? 0 : 1;
    std::vector<std::string> home_chapter(jobs.size());  // the home page has none; the book is done
    render_locale(jobs, 0, 1, site, *run.data, writer, previous, run.keys, 1, run.results,
                  {&skip, &home_chapter, &run.files, &run.records});
    times.mark("render pages");
    if (!run.search.finish(jobs, run.records, run.files, run.keys, writer, previous, cache)) results.write_failed = true;
    std::vector<std::optional<search::SearchRecord>>().swap(run.records);
    times.mark("search index");
    for (size_t i = 0; i < jobs.size(); ++i) {
      const std::string& key = run.keys[i];
      cache.record(std::move(run.files[i]), key);  // their last use
      if (jobs[i].kind == PageJob::Kind::not_found && run.data->is_source) cache.record("404.html", key);
    }
    // The feed is made again each build (a few kilobytes, in memory) and written when it changed.
    const std::string feed = locale_feed(site, *run.data, jobs), feed_path = tag + "/" + kFeedFile;
    const std::string feed_key = core::ContentHash::of(feed);
    cache.record(feed_path, feed_key);
    if (!previous.unchanged(feed_path, feed_key) && !writer.write(feed_path, feed)) results.write_failed = true;
    for (const auto& [name, chart] : run.data->infographics) {
      cache.record(tag + "/" + infographic_path(name) + ".svg", chart.key);
      cache.record(tag + "/" + infographic_path(name) + ".png", chart.key);
    }
    results.cache_saved = results.cache_saved && run.chapters_saved;
    results.diagnostics.merge(std::move(run.book_diagnostics));
    for (auto& result : run.results) {
      results.diagnostics.merge(std::move(result.diagnostics));
      results.write_failed = results.write_failed || result.write_failed;
    }
    if (!run.data->book_file.empty()) {
      results.per_book += (results.per_book.empty() ? "" : ", ") + tag + " " + std::to_string(run.data->book_bytes / 1024) + " KiB";
      if (run.book.font_bytes > 0) {
        results.per_book += " (font subset " + std::to_string(run.book.font_bytes / 1024) + " of " +
                    std::to_string(run.book.font_original_bytes / 1024) + " KiB)";
      }
    }
    results.pages += static_cast<int>(jobs.size());
    ++results.locales;
    results.per_locale += (results.per_locale.empty() ? "" : ", ") + tag + " " + std::to_string(jobs.size());
    if (progress) progress(results);
  };
  // Each locale's texts, page keys and which pages are unchanged, worked out for all locales
  // at once: the locales are independent, and in a rebuild this is most of the work.
  std::vector<std::string> book_entries;  // by job index: a document's e-book entry, the same in every locale
  for (const auto& job : jobs) book_entries.push_back(job.kind == PageJob::Kind::document ? chapter_entry(job) : "");
  std::vector<std::unique_ptr<LocaleRun>> runs(site.config.locales.size());
  core::parallel_for(0, runs.size(), workers, [&](size_t i, int) {
    const std::string& tag = site.config.locales[i];
    const LocaleInfo& info = *std::find_if(site.locales.begin(), site.locales.end(),
                                           [&](const auto& l) { return l.tag == tag; });
    auto run = std::make_unique<LocaleRun>();
    run->data = std::make_unique<LocaleData>(make_locale_data(site, info, catalogs[i]));
    run->chapters.resize(jobs.size());
    run->records.resize(jobs.size());
    run->search = LocaleSearch(tag, previous);
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
      const bool document = jobs[j].kind == PageJob::Kind::document;
      const bool chapter_known = !document || run->kept.has(j);
      const bool record_known = !document || run->search.known(run->files[j], run->keys[j]);
      run->skip[j] = chapter_known && record_known && previous.unchanged(run->files[j], run->keys[j]);
    }
    runs[i] = std::move(run);
  });
  for (const auto& run : runs) results.rendered += static_cast<int>(std::count(run->skip.begin() + 1, run->skip.end(), false));
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
  for (size_t i = 0; i < site.config.locales.size(); ++i) {
    std::unique_ptr<LocaleRun> run = std::move(runs[i]);
    const LocaleInfo& info = run->data->info;
    run->data->infographics = render_locale_infographics(in.source.infographics, info, site.config.source_locale,
                                                         catalogs[i], site.config, site.theme.palette, writer, previous,
                                                         workers, results.diagnostics);
    times.mark("infographics");
    render_locale(jobs, 1, jobs.size(), site, *run->data, writer, previous, run->keys, workers, run->results,
                  {&run->skip, &run->chapters, &run->files, &run->records});
    site.content.release_translations(info.tag);
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
  return results;
}

}  // namespace press::pipeline
