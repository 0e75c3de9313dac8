#include "pipeline/build.h"

#include <atomic>
#include <chrono>
#include <ostream>
#include <thread>
#include <vector>

#include "config/site_config.h"
#include "content/site_content.h"
#include "core/file_system.h"
#include "output/site_writer.h"
#include "output/sitemap.h"
#include "pipeline/language_chooser.h"
#include "pipeline/page_renderer.h"
#include "theme/theme.h"

namespace press::pipeline {

namespace {

struct WorkerResult {
  core::Diagnostics diagnostics;
  bool write_failed = false;
};

// Each worker pulls the next page index from one atomic counter and owns everything else it
// touches (formatters, diagnostics, buffers), so the per-page path takes no lock.
void render_all(const std::vector<PageJob>& jobs, const SiteContext& site, const std::string& locale,
                const i18n::UiText& ui, const output::SiteWriter& writer, int worker_count,
                bool progress, std::ostream& err, std::vector<WorkerResult>& results) {
  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  auto work = [&](WorkerResult& result) {
    LocaleContext context(locale, ui);
    for (size_t i = next++; i < jobs.size(); i = next++) {
      RenderedPage page = render_page(jobs[i], site, context, result.diagnostics);
      if (!writer.write(jobs[i].output_path, page.html)) result.write_failed = true;
      if (jobs[i].kind == PageJob::Kind::not_found && locale == site.config.source_locale &&
          !writer.write("404.html", page.html)) {
        result.write_failed = true;
      }
      ++done;
    }
  };
  results.resize(worker_count);
  std::vector<std::thread> threads;
  for (int w = 1; w < worker_count; ++w) threads.emplace_back(work, std::ref(results[w]));
  work(results[0]);
  for (auto& thread : threads) thread.join();
  if (progress) err << "\r" << locale << ": " << done.load() << " pages\033[K" << std::flush;
}

}  // namespace

BuildReport build_site(const BuildOptions& options, std::ostream& err) {
  const auto start = std::chrono::steady_clock::now();
  BuildReport report;
  core::DiskFileSystem disk;
  core::Diagnostics diagnostics;

  auto config = config::load_site_config(disk, options.source_dir, diagnostics);
  std::optional<content::SiteContent> content;
  std::optional<theme::Theme> theme;
  if (config) {
    content = content::load_site_content(disk, options.source_dir, *config, diagnostics);
    theme = theme::load_theme(disk, options.source_dir, config->theme, diagnostics);
  }
  // Broken content files are left out and the rest still renders, so that one run reports
  // every problem; without a configuration or a theme there is nothing to render.
  if (!config || !theme) {
    diagnostics.sort();
    err << diagnostics.format_all() << "build failed: " << diagnostics.error_count()
        << " error(s); the previous site was left as it was\n";
    return report;
  }

  output::SiteWriter writer(options.out_dir);
  std::string error;
  if (!writer.open(error)) {
    err << "error: " << error << '\n';
    return report;
  }
  const int workers = options.jobs > 0 ? options.jobs
                                       : std::max(1u, std::thread::hardware_concurrency());
  const SiteContext site{*config, *content, *theme};
  const i18n::UiText source_ui;
  std::vector<std::string> public_paths;
  bool write_failed = false;
  for (const auto& locale : config->locales) {
    std::vector<PageJob> jobs = plan_pages(*content, locale);
    std::vector<WorkerResult> results;
    render_all(jobs, site, locale, source_ui, writer, workers, options.progress, err, results);
    for (auto& result : results) {
      diagnostics.merge(std::move(result.diagnostics));
      write_failed = write_failed || result.write_failed;
    }
    for (const auto& job : jobs) {
      if (!job.url_path.empty()) public_paths.push_back(job.url_path);
    }
    report.pages += static_cast<int>(jobs.size());
    ++report.locales;
  }
  if (options.progress) err << "\r\033[K";

  write_failed = !writer.write("assets/style.css", theme->stylesheet) || write_failed;
  write_failed = !writer.write("sitemap.xml", output::render_sitemap(config->base_url, public_paths)) ||
                 write_failed;
  write_failed = !writer.write("index.html", render_language_chooser(site)) || write_failed;
  if (write_failed) diagnostics.error(writer.staging_dir(), "cannot write the output files");

  diagnostics.sort();
  err << diagnostics.format_all();
  if (diagnostics.has_errors()) {
    writer.discard();
    err << "build failed: " << diagnostics.error_count()
        << " error(s); the previous site was left as it was\n";
    return report;
  }
  report.files = writer.files_written();
  if (!writer.commit(error)) {
    err << "error: " << error << '\n';
    return report;
  }
  report.ok = true;
  report.documents = static_cast<int>(content->document_count());
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  err << "built " << report.documents << " documents, " << report.pages << " pages in "
      << report.locales << " locale(s), " << report.files << " files in " << report.seconds
      << " s\n";
  return report;
}

}  // namespace press::pipeline
