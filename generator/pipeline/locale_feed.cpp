#include "pipeline/locale_feed.h"

#include <algorithm>

#include "epub/epub_book.h"
#include "output/atom_feed.h"

namespace press::pipeline {

namespace {

std::string absolute(const std::string& base_url, const std::string& path) {
  return base_url + (base_url.empty() || base_url.back() == '/' ? "" : "/") + path;
}

}  // namespace

std::string locale_feed(const SiteContext& site, const LocaleData& locale, const std::vector<PageJob>& jobs) {
  const std::string& tag = locale.info.tag;
  const std::string& source = site.config.source_locale;
  const std::string& base = site.config.base_url;
  const std::string title(locale.catalogs->ui.translate(site.config.title));
  output::Feed feed{tag, epub::stable_uuid(base + "#feed-" + tag), title, title,
                    absolute(base, tag + "/" + kFeedFile), absolute(base, tag + "/"), {}};
  std::vector<const PageJob*> documents;
  for (const PageJob& job : jobs) {
    if (job.kind == PageJob::Kind::document) documents.push_back(&job);
  }
  std::stable_sort(documents.begin(), documents.end(), [](const PageJob* a, const PageJob* b) {
    return a->page->front.date > b->page->front.date;  // newest first; the plan's order breaks ties
  });
  for (const PageJob* job : documents) {
    const LocalizedFront& front = locale.fronts.at(job->page);
    output::FeedEntry entry;
    entry.id = epub::stable_uuid(base + "#" + tag + "/" + job->section->id + "/" + job->page->slug);
    entry.title = std::string(front.title);
    entry.summary = std::string(front.summary);
    const bool untranslated = front.title_untranslated && front.summary_untranslated;
    entry.lang = untranslated ? source : tag;
    if (!untranslated && front.title_untranslated) entry.title_lang = source;
    if (!untranslated && front.summary_untranslated) entry.summary_lang = source;
    entry.url = absolute(base, tag + "/" + job->path);
    entry.updated = job->page->front.date + "T00:00:00Z";
    feed.entries.push_back(std::move(entry));
  }
  return output::render_atom(feed);
}

}  // namespace press::pipeline
