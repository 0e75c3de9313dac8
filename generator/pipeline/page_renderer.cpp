#include "pipeline/page_renderer.h"

#include <pugixml.hpp>

#include "checks/page_checks.h"
#include "markdown/markdown_tree.h"
#include "output/html_writer.h"

namespace press::pipeline {

namespace {

using theme::List;
using theme::Record;
using theme::Value;

// How a page reaches the site root: relative links keep the folder publishable anywhere;
// the 404 page is served at any depth, so it uses the site's absolute path instead.
std::string root_prefix(const PageJob& job, const config::SiteConfig& config) {
  if (job.kind == PageJob::Kind::not_found) {
    const size_t scheme = config.base_url.find("://");
    const size_t path = scheme == std::string::npos ? 0 : config.base_url.find('/', scheme + 3);
    return path == std::string::npos ? "/" : config.base_url.substr(path);
  }
  std::string prefix;
  for (char c : job.output_path) {
    if (c == '/') prefix += "../";
  }
  return prefix;
}

std::string section_title(const content::Section& section) { return section.index.front.title; }

struct Renderer {
  const PageJob& job;
  const SiteContext& site;
  LocaleContext& locale;
  core::Diagnostics& diagnostics;
  std::string root = root_prefix(job, site.config);
  pugi::xml_document fragments;  // owns the Markdown trees the templates copy from

  std::string url(const std::string& path) const { return root + locale.locale + "/" + path; }
  std::string document_url(const content::Page& page) const {
    return url(page.section + "/" + page.slug + "/index.html");
  }

  std::string_view t(std::string_view source) const { return locale.ui.translate(source); }

  // Markdown into a fragment the template copies from.
  Value markdown(const content::Page& page, int* words) {
    pugi::xml_node holder = fragments.append_child("div");
    markdown::MarkdownSource source{*page.source, page.front.body_line, locale.ui, locale.format,
                                    site.config.base_url};
    auto rendered = markdown::render_markdown(page.body(), source, holder, diagnostics);
    if (words) *words = locale.format.count_words(rendered.plain_text);
    return Value::tree(holder);
  }

  Record document_summary(const content::Page& page) const {
    Record r;
    r.set("title", page.front.title);
    r.set("summary", page.front.summary);
    r.set("url", document_url(page));
    r.set("date", locale.format.long_date(page.front.date));
    r.set("date_iso", page.front.date);
    return r;
  }

  List document_list(const content::Section& section) const {
    List list;
    for (const auto& page : section.documents) list.push_back(document_summary(page));
    return list;
  }

  Record crumb(std::string title, std::string link) const {
    Record r;
    r.set("title", std::move(title));
    r.set("url", std::move(link));
    return r;
  }

  List breadcrumb() const {
    List crumbs;
    crumbs.push_back(crumb(std::string(t("Home")), url("index.html")));
    if (job.section) crumbs.push_back(crumb(section_title(*job.section), url(job.section->id + "/index.html")));
    if (job.kind == PageJob::Kind::document) crumbs.push_back(crumb(job.page->front.title, document_url(*job.page)));
    if (job.kind == PageJob::Kind::not_found) crumbs.push_back(crumb(std::string(t("Page not found")), ""));
    crumbs.back().set("current", "page");
    return crumbs;
  }

  List navigation() const {
    List items;
    Record home = crumb(std::string(t("Home")), url("index.html"));
    home.set("current", job.kind == PageJob::Kind::home ? "page" : "");
    items.push_back(std::move(home));
    for (const auto& section : site.content.sections) {
      Record item = crumb(section_title(section), url(section.id + "/index.html"));
      item.set("current", job.section == &section && job.kind == PageJob::Kind::section ? "page" : "");
      items.push_back(std::move(item));
    }
    return items;
  }

  Record home_data() {
    Record data;
    data.set("title", job.page->front.title);
    data.set("intro", markdown(*job.page, nullptr));
    List sections;
    for (const auto& section : site.content.sections) {
      Record s;
      s.set("title", section_title(section));
      s.set("summary", section.index.front.summary);
      s.set("url", url(section.id + "/index.html"));
      s.set("documents", document_list(section));
      sections.push_back(std::move(s));
    }
    data.set("sections", std::move(sections));
    return data;
  }

  Record section_data() {
    Record data;
    data.set("title", job.page->front.title);
    data.set("intro", markdown(*job.page, nullptr));
    data.set("documents", document_list(*job.section));
    return data;
  }

  Record document_data(int& words) {
    const auto& front = job.page->front;
    Record data = document_summary(*job.page);
    data.set("body", markdown(*job.page, &words));
    List sources;
    for (const auto& id : front.sources) {
      const config::Report* report = site.config.find_report(id);
      Record r;
      r.set("title", report->title);
      r.set("date", locale.format.long_date(report->date));
      sources.push_back(std::move(r));
    }
    data.set("sources_label",
             locale.ui.format(locale.format,
                              "{count, plural, one {Source report} other {Source reports}}",
                              {{"count", static_cast<long long>(sources.size())}}));
    data.set("sources", std::move(sources));
    List themes;
    for (const auto& id : front.themes) {
      Record r;
      r.set("title", std::string(t(site.config.find_theme(id)->title)));
      themes.push_back(std::move(r));
    }
    data.set("themes", std::move(themes));
    data.set("reading_time",
             locale.ui.format(locale.format, "{minutes, plural, one {# minute} other {# minutes}}",
                              {{"minutes", static_cast<long long>(i18n::reading_minutes(words))}}));
    return data;
  }

  RenderedPage render() {
    RenderedPage result;
    pugi::xml_document body;
    const theme::Theme& theme = site.theme;
    std::string title;
    std::string description;
    switch (job.kind) {
      case PageJob::Kind::home:
        theme.home->render(body, home_data(), locale.ui);
        title = site.config.title;
        description = job.page->front.summary;
        break;
      case PageJob::Kind::section:
        theme.section->render(body, section_data(), locale.ui);
        title = job.page->front.title + " – " + site.config.title;
        description = job.page->front.summary;
        break;
      case PageJob::Kind::document:
        theme.document->render(body, document_data(result.words), locale.ui);
        title = job.page->front.title + " – " + site.config.title;
        description = job.page->front.summary;
        break;
      case PageJob::Kind::not_found: {
        Record data;
        data.set("home_url", url("index.html"));
        theme.not_found->render(body, data, locale.ui);
        title = std::string(t("Page not found")) + " – " + site.config.title;
        description = title;
        break;
      }
    }

    Record page;
    page.set("lang", locale.locale);
    page.set("dir", "ltr");
    page.set("site_title", site.config.title);
    page.set("page_title", title);
    page.set("description", description);
    page.set("stylesheet", root + "assets/style.css");
    // The 404 page is served at any depth, where a relative stylesheet link would miss.
    if (job.kind == PageJob::Kind::not_found) page.set("inline_style", theme.stylesheet);
    page.set("home_url", url("index.html"));
    page.set("canonical", job.url_path.empty() ? "" : site.config.base_url + job.url_path);
    page.set("navigation", navigation());
    page.set("breadcrumb", breadcrumb());
    page.set("content", Value::tree(body));

    pugi::xml_document document;
    theme.layout->render(document, page, locale.ui);
    checks::check_page(document, job.page ? job.page->source->path() : job.output_path, diagnostics);
    output::write_html(document.document_element(), result.html);
    return result;
  }
};

}  // namespace

RenderedPage render_page(const PageJob& job, const SiteContext& site, LocaleContext& locale,
                         core::Diagnostics& diagnostics) {
  return Renderer{job, site, locale, diagnostics}.render();
}

std::vector<PageJob> plan_pages(const content::SiteContent& content, const std::string& locale) {
  // Pages whose file failed to load have no source; they are reported already and skipped.
  std::vector<PageJob> jobs;
  if (content.home.source) {
    jobs.push_back({PageJob::Kind::home, &content.home, nullptr, locale + "/index.html", locale + "/"});
  }
  for (const auto& section : content.sections) {
    const std::string dir = locale + "/" + section.id + "/";
    if (section.index.source) {
      jobs.push_back({PageJob::Kind::section, &section.index, &section, dir + "index.html", dir});
    }
    for (const auto& page : section.documents) {
      jobs.push_back({PageJob::Kind::document, &page, &section,
                      dir + page.slug + "/index.html", dir + page.slug + "/"});
    }
  }
  jobs.push_back({PageJob::Kind::not_found, nullptr, nullptr, locale + "/404.html", ""});
  return jobs;
}

}  // namespace press::pipeline
