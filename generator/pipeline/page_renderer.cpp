#include "pipeline/page_renderer.h"

#include <pugixml.hpp>

#include <sstream>

#include "checks/page_checks.h"
#include "epub/epub_book.h"
#include "i18n/catalog.h"
#include "i18n/ui_messages.h"
#include "localize/localized_page.h"
#include "markdown/markdown_tree.h"
#include "output/html_writer.h"
#include "pipeline/abbreviations.h"
#include "pipeline/locale_feed.h"
#include "pipeline/search_page.h"

namespace press::pipeline {

namespace {

using theme::List;
using theme::Record;
using theme::Value;

// The part of base_url after the host: the 404 page is served at any depth, so its links
// start from the site's root instead of being relative.
std::string base_path(const std::string& base_url) {
  const size_t scheme = base_url.find("://");
  const size_t path = scheme == std::string::npos ? 0 : base_url.find('/', scheme + 3);
  return path == std::string::npos ? "/" : base_url.substr(path);
}

// Places the locale's infographics in one page; ids stay unique when one is embedded twice.
class FigureEmbedder final : public markdown::InfographicEmbedder {
 public:
  FigureEmbedder(const LocaleContext& locale, std::string files_url)
      : locale_(locale), files_url_(std::move(files_url)) {}

  bool embed(const std::string& name, pugi::xml_node parent) override {
    auto it = locale_.data.infographics.find(name);
    if (it == locale_.data.infographics.end()) return false;
    const int count = ++embedded_[name];
    const std::string id = "infographic-" + name + (count > 1 ? "-" + std::to_string(count) : "");
    append_infographic_figure(it->second, id, files_url_, locale_.ui(), locale_.format, parent);
    if (first.empty()) first = name;
    untranslated = untranslated || it->second.chart.untranslated;
    return true;
  }

  std::string known_names() const override {
    std::string names;
    for (const auto& [name, chart] : locale_.data.infographics) names += (names.empty() ? "" : ", ") + name;
    return names;
  }

  std::string first;  // the first infographic placed: its PNG is the page's sharing image
  bool untranslated = false;  // some chart placed is still in the source language

 private:
  const LocaleContext& locale_;
  std::string files_url_;
  std::map<std::string, int> embedded_;
};

struct Renderer {
  Renderer(const PageJob& j, const SiteContext& s, LocaleContext& l, core::Diagnostics& d)
      : job(j), site(s), locale(l), diagnostics(d) {}

  const PageJob& job;
  const SiteContext& site;
  LocaleContext& locale;
  core::Diagnostics& diagnostics;
  const std::string& tag = locale.data.info.tag;
  std::string root = job.kind == PageJob::Kind::not_found ? base_path(site.config.base_url)
                                                          : relative_root();
  pugi::xml_document fragments;  // owns the Markdown trees the templates copy from
  bool untranslated = false;
  std::set<std::string> marked_abbreviations;  // marked on this page already (first use only)
  std::string body_text;    // a document's body as plain text, for the search index
  pugi::xml_node body_tree;  // and as a tree, for its headings
  FigureEmbedder figures{locale, root + tag + "/infographics/"};

  // Relative links keep the folder publishable anywhere, even opened from disk.
  std::string relative_root() const {
    std::string prefix = "../";  // out of the locale folder
    for (char c : job.path) {
      if (c == '/') prefix += "../";
    }
    return prefix;
  }

  std::string url(const std::string& path, const std::string& in_locale = {}) const {
    return root + (in_locale.empty() ? tag : in_locale) + "/" + path + "index.html";
  }
  std::string page_path(const content::Page& page) const {
    switch (page.kind) {
      case content::PageKind::home: return "";
      case content::PageKind::section: return page.section + "/";
      case content::PageKind::document: return page.section + "/" + page.slug + "/";
    }
    return "";
  }
  std::string t(std::string_view source) const { return std::string(locale.ui().translate(source)); }
  std::string format(const char* source, const i18n::MessageArgs& args) const {
    return locale.ui().format(locale.format, source, args);
  }

  const LocalizedFront& front(const content::Page& page) const { return locale.data.fronts.at(&page); }

  // The page's body in this locale: a whole-file translation, the catalog's, or the source.
  Value markdown(const content::Page& page, int* words) {
    const content::Page* shown = &page;
    localize::LocalizedPage localized;
    const std::vector<bool>* untranslated_blocks = nullptr;
    if (locale.data.is_source) {
      localized = localize::source_page(page);
    } else if (const content::Page* whole = site.content.whole_file_translation(tag, page)) {
      shown = whole;
      localized = localize::source_page(*whole);
    } else {
      static const localize::Translations none;
      const localize::Translations* translations =
          locale.data.catalogs->page(localize::catalog_name(page));
      localized = localize::localize_page(page, site.units.of(page), translations ? *translations : none);
      untranslated_blocks = &localized.untranslated_blocks;
    }
    pugi::xml_node holder = fragments.append_child("div");
    markdown::MarkdownSource source{*shown->source, shown->front.body_line, locale.ui(), locale.format,
                                    site.config.base_url};
    source.untranslated_blocks = untranslated_blocks;
    source.source_lang = site.config.source_locale;
    source.source_dir = locale.ui().fallback_dir;
    source.infographics = &figures;
    source.image_names = &site.image_names;
    source.images_url = root + std::string(content::kImagesFolder);
    // Problems in the Markdown are reported once, for the source; translations are checked
    // when their catalogs load.
    core::Diagnostics translated_duplicates;
    const bool report = locale.data.is_source || shown != &page;
    auto rendered = markdown::render_markdown(localized.body, source, holder,
                                              report ? diagnostics : translated_duplicates);
    untranslated = untranslated || rendered.untranslated;
    mark_abbreviations(holder, abbreviations(), marked_abbreviations);
    if (words) {
      *words = locale.format.count_words(rendered.plain_text);
      body_text = std::move(rendered.plain_text);
      body_tree = holder;
    }
    return Value::tree(holder);
  }

  // Text still in the source language carries its own `lang` and `dir`.
  void mark_fallback(Record& r, bool untranslated) const {
    r.set("lang", untranslated ? locale.ui().fallback_lang : "");
    r.set("text_dir", untranslated ? locale.ui().fallback_dir : "");
  }

  Record titled(const content::Page& page) const {
    const LocalizedFront& f = front(page);
    Record r;
    r.set("title", std::string(f.title));
    r.set("summary", std::string(f.summary));
    mark_fallback(r, f.title_untranslated);
    r.set("summary_lang", f.summary_untranslated ? locale.ui().fallback_lang : "");
    r.set("summary_dir", f.summary_untranslated ? locale.ui().fallback_dir : "");
    return r;
  }

  Record document_summary(const content::Page& page) const {
    Record r = titled(page);
    r.set("url", url(page_path(page)));
    r.set("date", locale.format.long_date(page.front.date));
    r.set("date_iso", page.front.date);
    return r;
  }

  List document_list(const content::Section& section) const {
    List list;
    for (const auto& page : section.documents) list.push_back(document_summary(page));
    return list;
  }

  Record link(std::string title, std::string href, bool untranslated = false) const {
    Record r;
    r.set("title", std::move(title));
    r.set("url", std::move(href));
    mark_fallback(r, untranslated);
    return r;
  }

  // An interface string as a record, marked when it has no translation yet.
  Record ui_link(const std::string& source, std::string href) const {
    return link(t(source), std::move(href), locale.ui().falls_back(source));
  }

  Record page_link(const content::Page& page, std::string href) const {
    return link(std::string(front(page).title), std::move(href), front(page).title_untranslated);
  }

  List breadcrumb() const {
    List crumbs;
    crumbs.push_back(ui_link(i18n::msg::home, url("")));
    if (job.section) crumbs.push_back(page_link(job.section->index, url(job.section->id + "/")));
    if (job.kind == PageJob::Kind::document) crumbs.push_back(page_link(*job.page, url(job.path)));
    if (job.kind == PageJob::Kind::not_found) crumbs.push_back(ui_link(i18n::msg::page_not_found, ""));
    if (job.kind == PageJob::Kind::status) crumbs.push_back(ui_link(i18n::msg::translation_status, ""));
    if (job.kind == PageJob::Kind::infographics) crumbs.push_back(ui_link(i18n::msg::infographics, ""));
    if (job.kind == PageJob::Kind::themes || job.kind == PageJob::Kind::theme) {
      crumbs.push_back(ui_link(i18n::msg::themes, url(kThemesPath)));
    }
    if (job.kind == PageJob::Kind::theme) crumbs.push_back(ui_link(job.theme->title, url(job.path)));
    if (job.kind == PageJob::Kind::search) crumbs.push_back(ui_link(i18n::msg::search, ""));
    if (job.kind == PageJob::Kind::glossary) crumbs.push_back(ui_link(i18n::msg::glossary, ""));
    crumbs.back().set("current", "page");
    return crumbs;
  }

  List navigation() const {
    List items;
    // A page press makes, marked as the current one when it is this page.
    auto own_page = [&](const char* name, const std::string& path, PageJob::Kind kind) {
      Record item = ui_link(name, url(path));
      item.set("current", job.kind == kind ? "page" : "");
      items.push_back(std::move(item));
    };
    own_page(i18n::msg::home, "", PageJob::Kind::home);
    for (const auto& section : site.content.sections) {
      if (!section.index.source) continue;
      Record item = page_link(section.index, url(section.id + "/"));
      item.set("current", job.section == &section && job.kind == PageJob::Kind::section ? "page" : "");
      items.push_back(std::move(item));
    }
    if (!site.config.themes.empty()) own_page(i18n::msg::themes, kThemesPath, PageJob::Kind::themes);
    if (!locale.data.infographics.empty()) own_page(i18n::msg::infographics, "infographics/", PageJob::Kind::infographics);
    if (site.glossary && !site.glossary->entries.empty()) own_page(i18n::msg::glossary, kGlossaryPath, PageJob::Kind::glossary);
    own_page(i18n::msg::search, kSearchPath, PageJob::Kind::search);
    return items;
  }

  // The same page in every language, for the switcher and for hreflang alternates.
  List languages() const {
    List list;
    for (const auto& info : site.locales) {
      Record r;
      r.set("name", info.autonym);
      r.set("lang", info.tag);
      r.set("url", url(job.path, info.tag));
      r.set("absolute_url", site.config.base_url + info.tag + "/" + job.path);
      r.set("current", info.tag == tag ? "true" : "");
      list.push_back(std::move(r));
    }
    return list;
  }

  Record home_data() {
    Record data = titled(*job.page);
    data.set("intro", markdown(*job.page, nullptr));
    List sections;
    for (const auto& section : site.content.sections) {
      if (!section.index.source) continue;
      Record s = titled(section.index);
      s.set("url", url(section.id + "/"));
      s.set("documents", document_list(section));
      sections.push_back(std::move(s));
    }
    data.set("sections", std::move(sections));
    if (!locale.data.book_file.empty()) {
      data.set("book_url", root + tag + "/" + locale.data.book_file);
      data.set("book_link", format(i18n::msg::book_download,
                                   {{"size", locale.format.file_size(locale.data.book_bytes)}}));
    }
    return data;
  }

  Record section_data() {
    Record data = titled(*job.page);
    data.set("intro", markdown(*job.page, nullptr));
    data.set("documents", document_list(*job.section));
    return data;
  }

  Record document_data(int& words) {
    const auto& front_matter = job.page->front;
    Record data = document_summary(*job.page);
    data.set("body", markdown(*job.page, &words));
    // A draft is marked as such on every page made from it, in every locale.
    const content::Page* whole = site.content.whole_file_translation(tag, *job.page);
    data.set("draft", front_matter.draft || (whole && whole->front.draft));
    // Ids are checked when content loads; what is left unknown is a draft's placeholder, shown
    // as written so the preview shows what is still to fill in.
    List sources;
    for (const auto& id : front_matter.sources) {
      const config::Report* report = site.config.find_report(id);
      sources.push_back(ui_link(report ? report->title : id, ""));
    }
    data.set("sources_label", format(i18n::msg::source_reports,
                                     {{"count", static_cast<long long>(sources.size())}}));
    data.set("sources", std::move(sources));
    List themes;
    for (const auto& id : front_matter.themes) {
      const config::Theme* theme = site.config.find_theme(id);
      themes.push_back(ui_link(theme ? theme->title : id, theme ? url(theme_path(*theme)) : ""));
    }
    data.set("themes", std::move(themes));
    data.set("reading_time", format(i18n::msg::reading_minutes,
                                    {{"minutes", static_cast<long long>(i18n::reading_minutes(words))}}));
    return data;
  }

  // The themes, each with how many documents it has.
  List theme_list(bool counted) const {
    List list;
    for (const auto& theme : site.config.themes) {
      Record r = ui_link(theme.title, url(theme_path(theme)));
      if (counted) {
        r.set("count", format(i18n::msg::theme_documents,
                              {{"count", static_cast<long long>(documents_on(site.content, theme.id).size())}}));
      }
      list.push_back(std::move(r));
    }
    return list;
  }

  Record themes_data() const {
    Record data;
    data.set("title", t(i18n::msg::themes));
    data.set("intro", t(i18n::msg::themes_intro));
    data.set("themes", theme_list(true));
    return data;
  }

  // A theme's page is a section's list of its documents.
  Record theme_data() {
    Record data = ui_link(job.theme->title, "");
    pugi::xml_node intro = fragments.append_child("p");
    intro.append_child(pugi::node_pcdata).set_value(t(i18n::msg::theme_intro).c_str());
    data.set("intro", Value::tree(intro));
    List list;
    for (const content::Page* page : documents_on(site.content, job.theme->id)) list.push_back(document_summary(*page));
    data.set("documents", std::move(list));
    return data;
  }

  Record search_data() const {
    Record data = search_messages(locale, [this](const char* source, const i18n::MessageArgs& args) {
      return format(source, args);
    });
    data.set("title", t(i18n::msg::search));
    data.set("themes", theme_list(false));
    List sections;
    for (const auto& section : site.content.sections) {
      if (section.index.source) sections.push_back(page_link(section.index, url(section.id + "/")));
    }
    data.set("sections", std::move(sections));
    return data;
  }

  // What the search index holds of this document: its text as the page shows it.
  search::SearchRecord search_record() {
    const LocalizedFront& f = front(*job.page);
    search::DocumentText text;
    text.url = job.path;
    text.title = f.title;
    text.summary = f.summary;
    text.section = front(job.section->index).title;
    text.lang = f.title_untranslated ? std::string_view(locale.ui().fallback_lang) : std::string_view();
    text.headings = heading_texts(body_tree);
    text.body = body_text;
    return search::make_record(text, locale.words);
  }

  const i18n::UiText& glossary_text() const { return locale.data.catalogs->glossary; }

  // The glossary's abbreviations in this locale, for marking; an entry whose term is not
  // translated yet is left unmarked rather than explained in another language.
  const std::vector<Abbreviation>& abbreviations() {
    if (abbreviations_made || !site.glossary) return abbreviation_list;
    abbreviations_made = true;
    for (const auto& entry : site.glossary->entries) {
      if (entry.abbr.empty() || glossary_text().falls_back(entry.term)) continue;
      // A translation's abbreviation is one word; anything else is not looked for.
      const std::string_view abbr = glossary_text().translate(entry.abbr);
      if (abbr.empty() || abbr.find_first_of(" \t\n\r") != std::string_view::npos) continue;
      abbreviation_list.push_back({std::string(abbr),
                                   std::string(glossary_text().translate(entry.term)),
                                   url(kGlossaryPath) + "#" + entry.id});
    }
    return abbreviation_list;
  }
  std::vector<Abbreviation> abbreviation_list;
  bool abbreviations_made = false;

  Record glossary_data() {
    Record data;
    data.set("title", t(i18n::msg::glossary));
    data.set("intro", t(i18n::msg::glossary_intro));
    List entries;
    for (const auto& entry : site.glossary->entries) {
      Record r = link(std::string(glossary_text().translate(entry.term)), "", glossary_text().falls_back(entry.term));
      r.set("id", entry.id);
      r.set("abbr", entry.abbr.empty() ? "" : std::string(glossary_text().translate(entry.abbr)));
      r.set("definition", std::string(glossary_text().translate(entry.definition)));
      const bool definition_untranslated = glossary_text().falls_back(entry.definition);
      r.set("definition_lang", definition_untranslated ? locale.ui().fallback_lang : "");
      r.set("definition_dir", definition_untranslated ? locale.ui().fallback_dir : "");
      untranslated = untranslated || definition_untranslated || glossary_text().falls_back(entry.term);
      entries.push_back(std::move(r));
    }
    data.set("entries", std::move(entries));
    return data;
  }

  // Every infographic of the locale, each under its own heading.
  Record infographics_data() {
    Record data;
    data.set("title", t(i18n::msg::infographics));
    data.set("intro", t(i18n::msg::infographics_intro));
    pugi::xml_node holder = fragments.append_child("div");
    for (const auto& [name, chart] : locale.data.infographics) {
      pugi::xml_node section = holder.append_child("section");
      pugi::xml_node heading = section.append_child("h2");
      heading.append_child(pugi::node_pcdata).set_value(chart.chart.text.title.c_str());
      mark_chart_language(heading, chart);
      figures.embed(name, section);
    }
    data.set("charts", Value::tree(holder));
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
        theme.home->render(body, home_data(), locale.ui());
        title = t(site.config.title);
        description = front(*job.page).summary;
        break;
      case PageJob::Kind::section:
        theme.section->render(body, section_data(), locale.ui());
        title = std::string(front(*job.page).title) + " – " + t(site.config.title);
        description = front(*job.page).summary;
        break;
      case PageJob::Kind::document: {
        theme.document->render(body, document_data(result.words), locale.ui());
        result.chapter = book_chapter(body, std::string(front(*job.page).title));
        result.search = search_record();
        title = std::string(front(*job.page).title) + " – " + t(site.config.title);
        description = front(*job.page).summary;
        break;
      }
      case PageJob::Kind::themes:
        theme.themes->render(body, themes_data(), locale.ui());
        title = t(i18n::msg::themes) + " – " + t(site.config.title);
        description = t(i18n::msg::themes_intro);
        break;
      case PageJob::Kind::theme:
        theme.section->render(body, theme_data(), locale.ui());
        // A theme may share its name with a document ("Putting the Guidelines into practice").
        title = t(job.theme->title) + " – " + t(i18n::msg::themes) + " – " + t(site.config.title);
        description = t(i18n::msg::theme_intro);
        break;
      case PageJob::Kind::glossary:
        theme.glossary->render(body, glossary_data(), locale.ui());
        title = t(i18n::msg::glossary) + " – " + t(site.config.title);
        description = t(i18n::msg::glossary_intro);
        break;
      case PageJob::Kind::search:
        theme.search->render(body, search_data(), locale.ui());
        title = t(i18n::msg::search) + " – " + t(site.config.title);
        description = title;
        break;
      case PageJob::Kind::status:
        theme.status->render(body, status_record(), locale.ui());
        title = t(i18n::msg::translation_status) + " – " + t(site.config.title);
        description = t(i18n::msg::status_intro);
        break;
      case PageJob::Kind::infographics:
        theme.infographics->render(body, infographics_data(), locale.ui());
        title = t(i18n::msg::infographics) + " – " + t(site.config.title);
        description = t(i18n::msg::infographics_intro);
        break;
      case PageJob::Kind::not_found: {
        Record data;
        data.set("home_url", url(""));
        theme.not_found->render(body, data, locale.ui());
        title = t(i18n::msg::page_not_found) + " – " + t(site.config.title);
        description = title;
        break;
      }
    }
    // A chart still in the source language makes the page say so too, as any other text does.
    if (figures.untranslated) untranslated = true;
    if (job.page && (front(*job.page).title_untranslated || front(*job.page).summary_untranslated)) {
      untranslated = true;
    }

    Record page;
    page.set("lang", tag);
    page.set("dir", locale.data.info.dir);
    page.set("site_title", t(site.config.title));
    page.set("page_title", title);
    page.set("description", description);
    page.set("stylesheet", root + "assets/style.css");
    page.set("feed_url", root + tag + "/" + kFeedFile);
    page.set("home_url", url(""));
    const bool listed = job.kind != PageJob::Kind::not_found;
    page.set("canonical", listed ? site.config.base_url + tag + "/" + job.path : "");
    page.set("alternates", listed && site.locales.size() > 1 ? languages() : List());
    page.set("x_default", site.config.base_url + site.config.source_locale + "/" + job.path);
    page.set("languages", site.locales.size() > 1 ? languages() : List());
    page.set("language_name", locale.data.info.autonym);
    page.set("navigation", navigation());
    page.set("breadcrumb", breadcrumb());
    if (untranslated) {
      page.set("untranslated_notice",
               format(i18n::msg::untranslated_notice, {{"language", locale.data.source_language_name}}));
      page.set("status_url", url("translation-status/"));
    }
    page.set("content", Value::tree(body));
    // Where a page shows an infographic, sharing the page shows its picture.
    if (!figures.first.empty()) {
      page.set("og_image", site.config.base_url + tag + "/" + infographic_path(figures.first) + ".png");
      page.set("og_title", title);
    }
    // The 404 page is served at any depth, where a relative stylesheet link would miss.
    if (job.kind == PageJob::Kind::not_found) page.set("inline_style", theme.stylesheet);

    pugi::xml_document document;
    theme.layout->render(document, page, locale.ui());
    const std::string checked = job.page ? job.page->source->path() : tag + "/" + job.output_file();
    checks::check_page(document, checked, diagnostics);
    // The one script of the published site is press's own, on the search page only.
    if (job.kind == PageJob::Kind::search) add_search_script(document, root + kSearchScriptFile);
    output::write_html(document.document_element(), result.html);
    return result;
  }

  // The document as the e-book shows it: without what only works on the web (downloads), links
  // to pages only the web has (theme pages) as their text, and with its own images taken from
  // the book's images/ folder.
  std::string book_chapter(const pugi::xml_document& body, const std::string& title) const {
    const LocaleInfo& info = locale.data.info;
    pugi::xml_document copy;
    copy.append_copy(body.document_element());
    for (const auto& found : copy.select_nodes("//*[contains(concat(' ', @class, ' '), ' web-only ')]")) {
      found.node().parent().remove_child(found.node());
    }
    for (const auto& found : copy.select_nodes("//a[contains(concat(' ', @class, ' '), ' web-link ')]")) {
      pugi::xml_node link = found.node();
      link.set_name("span");
      link.remove_attribute("href");
      link.remove_attribute("class");
    }
    const std::string site_images = root + std::string(content::kImagesFolder);
    for (const auto& found : copy.select_nodes("//img")) {
      pugi::xml_attribute src = found.node().attribute("src");
      const std::string_view value = src.value();
      if (value.substr(0, site_images.size()) == site_images) {
        src = ("../images/" + std::string(value.substr(site_images.size()))).c_str();
      }
    }
    return epub::chapter_document(info.tag, info.dir, title, copy.document_element());
  }

  Record status_record() const {
    Record data;
    List rows;
    std::vector<std::string> locales;
    for (const auto& s : site.status) locales.push_back(s.locale);
    std::vector<std::string> names = language_names(locales, tag);
    for (size_t i = 0; i < site.status.size(); ++i) {
      const auto& s = site.status[i];
      Record r;
      r.set("language", std::move(names[i]));
      r.set("translated", locale.format.percent(s.share()));
      r.set("fuzzy", locale.format.number(s.fuzzy));
      r.set("untranslated", locale.format.number(s.untranslated));
      r.set("words", locale.format.percent(s.word_share()));
      rows.push_back(std::move(r));
    }
    data.set("rows", std::move(rows));
    return data;
  }
};

}  // namespace

LocaleData make_locale_data(const SiteContext& site, const LocaleInfo& info,
                            const localize::LocaleCatalogs& catalogs) {
  LocaleData data;
  data.info = info;
  data.is_source = info.tag == site.config.source_locale;
  data.catalogs = &catalogs;
  data.source_language_name = language_name(site.config.source_locale, info.tag, true);
  auto add = [&](const content::Page& page) {
    if (!page.source) return;
    LocalizedFront f{page.front.title, page.front.summary, false, false};
    if (data.is_source) {
      // as written
    } else if (const content::Page* whole = site.content.whole_file_translation(info.tag, page)) {
      f = {whole->front.title, whole->front.summary, false, false};
    } else {
      const localize::Translations* translations = catalogs.page(localize::catalog_name(page));
      auto find = [&](const char* context, const std::string& id, std::string_view& out, bool& missing) {
        auto it = translations ? translations->find(i18n::message_key(context, true, id))
                               : localize::Translations::const_iterator();
        missing = !translations || it == translations->end();
        if (!missing) out = it->second;
      };
      find("title", page.front.title, f.title, f.title_untranslated);
      find("summary", page.front.summary, f.summary, f.summary_untranslated);
    }
    data.fronts.emplace(&page, std::move(f));
  };
  add(site.content.home);
  for (const auto& section : site.content.sections) {
    add(section.index);
    for (const auto& page : section.documents) add(page);
  }
  return data;
}

RenderedPage render_page(const PageJob& job, const SiteContext& site, LocaleContext& locale,
                         core::Diagnostics& diagnostics) {
  return Renderer(job, site, locale, diagnostics).render();
}

std::vector<PageJob> plan_pages(const content::SiteContent& content, bool has_infographics,
                                const std::vector<config::Theme>& themes, bool has_glossary) {
  // Pages whose file failed to load have no source; they are reported already and skipped.
  std::vector<PageJob> jobs;
  if (content.home.source) jobs.push_back({PageJob::Kind::home, &content.home, nullptr, ""});
  for (const auto& section : content.sections) {
    const std::string dir = section.id + "/";
    if (section.index.source) jobs.push_back({PageJob::Kind::section, &section.index, &section, dir});
    for (const auto& page : section.documents) {
      jobs.push_back({PageJob::Kind::document, &page, &section, dir + page.slug + "/"});
    }
  }
  if (!themes.empty()) jobs.push_back({PageJob::Kind::themes, nullptr, nullptr, kThemesPath});
  for (const auto& theme : themes) jobs.push_back({PageJob::Kind::theme, nullptr, nullptr, theme_path(theme), &theme});
  if (has_glossary) jobs.push_back({PageJob::Kind::glossary, nullptr, nullptr, kGlossaryPath});
  if (has_infographics) jobs.push_back({PageJob::Kind::infographics, nullptr, nullptr, "infographics/"});
  jobs.push_back({PageJob::Kind::search, nullptr, nullptr, kSearchPath});
  jobs.push_back({PageJob::Kind::status, nullptr, nullptr, "translation-status/"});
  jobs.push_back({PageJob::Kind::not_found, nullptr, nullptr, ""});
  return jobs;
}

}  // namespace press::pipeline
