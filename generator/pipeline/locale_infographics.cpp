#include "pipeline/locale_infographics.h"

#include "core/content_hash.h"
#include "core/parallel_for.h"
#include "i18n/ui_messages.h"
#include "infographics/png_render.h"
#include "infographics/svg_chart.h"
#include "infographics/text_measure.h"

namespace press::pipeline {

namespace {

void append_element(pugi::xml_node parent, const char* element, const std::string& value) {
  parent.append_child(element).append_child(pugi::node_pcdata).set_value(value.c_str());
}


void append_data_table(const RenderedInfographic& chart, const i18n::UiText& ui, pugi::xml_node parent) {
  const bool timeline = chart.source->type == infographics::ChartType::timeline;
  pugi::xml_node table = parent.append_child("table");
  pugi::xml_node head = table.append_child("thead").append_child("tr");
  // The figure (or date) first, as the chart shows it: labels are written to follow it.
  for (const char* heading : {timeline ? i18n::msg::infographic_date : i18n::msg::infographic_figure,
                              timeline ? i18n::msg::infographic_event : i18n::msg::infographic_what}) {
    pugi::xml_node th = head.append_child("th");
    th.append_attribute("scope") = "col";
    th.append_child(pugi::node_pcdata).set_value(std::string(ui.translate(heading)).c_str());
  }
  pugi::xml_node body = table.append_child("tbody");
  for (const auto& item : chart.chart.text.items) {
    pugi::xml_node row = body.append_child("tr");
    pugi::xml_node th = row.append_child("th");
    th.append_attribute("scope") = "row";
    th.append_child(pugi::node_pcdata).set_value(item.figure.c_str());
    append_element(row, "td", item.label);
    mark_chart_language(row, chart);
  }
}

// The formatter and measure of the source language, made once per locale when some chart needs
// them (one whose texts are not all translated).
struct SourceLanguage {
  std::string tag;
  std::optional<i18n::LocaleFormat> format;
  std::optional<infographics::TextMeasure> measure;
};

// One chart in the locale, in both layouts; wholly in the source language (numbers and dates
// included, set in its script) while any of its texts is untranslated.
RenderedInfographic lay_out_infographic(const infographics::Infographic& source, const LocaleInfo& locale,
                                        SourceLanguage& source_language, const localize::LocaleCatalogs& catalogs,
                                        const config::SiteConfig& config, const theme::Palette& palette,
                                        const i18n::LocaleFormat& format, const infographics::TextMeasure& measure) {
  RenderedInfographic chart;
  chart.source = &source;
  chart.lang = locale.tag;
  chart.dir = locale.dir;
  chart.chart = infographics::localize_chart(source, catalogs.infographics, catalogs.ui, format, config);
  const infographics::TextMeasure* chart_measure = &measure;
  if (chart.chart.untranslated) {
    static const i18n::UiText source_text;
    if (!source_language.format) source_language.format.emplace(source_language.tag);
    if (!source_language.measure) source_language.measure.emplace(source_language.tag);
    chart.chart = infographics::localize_chart(source, source_text, source_text, *source_language.format, config);
    chart.chart.untranslated = true;
    chart.lang = source_language.tag;
    chart.dir = "ltr";
    chart_measure = &*source_language.measure;
  }
  const bool rtl = chart.dir == "rtl";
  chart.layout = infographics::lay_out_chart(chart.chart.text, palette, *chart_measure, chart.lang, rtl);
  chart.narrow_layout = infographics::lay_out_chart(chart.chart.text, palette, *chart_measure, chart.lang, rtl,
                                                    infographics::kNarrowChartWidth);
  return chart;
}

}  // namespace

void mark_chart_language(pugi::xml_node node, const RenderedInfographic& chart) {
  if (!chart.chart.untranslated) return;
  node.append_attribute("lang") = chart.lang.c_str();
  node.append_attribute("dir") = chart.dir.c_str();
}

std::string infographic_path(const std::string& name) { return "infographics/" + name; }

LocaleInfographics render_locale_infographics(const infographics::Infographics& all, const LocaleInfo& locale,
                                              const std::string& source_locale,
                                              const localize::LocaleCatalogs& catalogs,
                                              const config::SiteConfig& config, const theme::Palette& palette,
                                              const output::SiteWriter& writer,
                                              const output::BuildCache& previous, int workers,
                                              core::Diagnostics& diagnostics) {
  LocaleInfographics out;
  if (all.empty()) return out;
  const i18n::LocaleFormat format(locale.format_tag);
  const infographics::TextMeasure measure(locale.tag);
  SourceLanguage source_language{source_locale, std::nullopt, std::nullopt};
  std::vector<RenderedInfographic*> charts;
  std::vector<std::string> svgs;
  for (const auto& [name, source] : all) {
    RenderedInfographic& chart = out[name];
    chart = lay_out_infographic(source, locale, source_language, catalogs, config, palette, format, measure);
    svgs.push_back(infographics::standalone_svg(
        chart.layout, {chart.chart.text.title, chart.chart.text.description, chart.lang, "chart"}));
    charts.push_back(&chart);
  }
  // PNGs take most of the time: drawn in parallel, each worker with its own librsvg handle,
  // and only for charts whose SVG changed since the last build.
  std::vector<std::optional<std::string>> pngs(charts.size());
  std::vector<std::string> errors(charts.size());
  std::vector<bool> unchanged(charts.size());
  for (size_t i = 0; i < charts.size(); ++i) {
    charts[i]->key = core::ContentHash::of(svgs[i]);
    const std::string file = locale.tag + "/" + infographic_path(charts[i]->source->name);
    unchanged[i] = previous.unchanged(file + ".svg", charts[i]->key) && previous.unchanged(file + ".png", charts[i]->key);
  }
  core::parallel_for(0, charts.size(), workers, [&](size_t i, int) {
    if (!unchanged[i]) pngs[i] = infographics::render_png(svgs[i], kSharePngWidth, errors[i]);
  });
  for (size_t i = 0; i < charts.size(); ++i) {
    RenderedInfographic& chart = *charts[i];
    const std::string file = locale.tag + "/" + infographic_path(chart.source->name);
    chart.svg_bytes = svgs[i].size();
    if (unchanged[i]) {
      chart.png_bytes = previous.file_size(file + ".png");
      continue;
    }
    if (!pngs[i]) {
      diagnostics.error(chart.source->source->path(), "cannot draw the " + locale.tag + " PNG: " + errors[i]);
      continue;
    }
    chart.png_bytes = pngs[i]->size();
    if (!writer.write(file + ".svg", svgs[i]) || !writer.write(file + ".png", *pngs[i])) {
      diagnostics.error(writer.staging_dir(), "cannot write the infographic " + file);
    }
  }
  return out;
}

void append_infographic_figure(const RenderedInfographic& chart, const std::string& id_prefix,
                               const std::string& files_url, const i18n::UiText& ui,
                               const i18n::LocaleFormat& format, pugi::xml_node parent) {
  const infographics::ChartText& text = chart.chart.text;
  pugi::xml_node figure = parent.append_child("figure");
  figure.append_attribute("class") = "infographic";
  figure.append_attribute("id") = id_prefix.c_str();
  figure.append_attribute("aria-labelledby") = (id_prefix + "-title").c_str();
  // An <svg> takes no `dir` in HTML nor `xml:lang` in EPUB, so a chart in another language
  // than the page is marked on a wrapper.
  pugi::xml_node holder = figure;
  if (chart.chart.untranslated) {
    holder = figure.append_child("div");
    mark_chart_language(holder, chart);
  }
  pugi::xml_node wide = infographics::append_svg(chart.layout, {text.title, text.description, chart.lang, id_prefix},
                                                 holder, false);
  wide.append_attribute("class") = "chart-wide";
  pugi::xml_node narrow = infographics::append_svg(
      chart.narrow_layout, {text.title, text.description, chart.lang, id_prefix + "-narrow"}, holder, false);
  narrow.append_attribute("class") = "chart-narrow web-only";

  pugi::xml_node details = figure.append_child("details");
  details.append_attribute("class") = "infographic-data";
  append_element(details, "summary", std::string(ui.translate(i18n::msg::infographic_data)));
  pugi::xml_node description = details.append_child("p");
  description.append_child(pugi::node_pcdata).set_value(text.description.c_str());
  mark_chart_language(description, chart);
  append_data_table(chart, ui, details);
  pugi::xml_node sources = details.append_child("p");
  sources.append_attribute("class") = "infographic-sources";
  sources.append_child(pugi::node_pcdata).set_value(text.source_note.c_str());
  mark_chart_language(sources, chart);

  pugi::xml_node downloads = figure.append_child("ul");
  downloads.append_attribute("class") = "infographic-downloads web-only";
  const std::string file = files_url + chart.source->name;
  for (const auto& [extension, message, bytes] :
       {std::tuple{".svg", i18n::msg::infographic_download_svg, chart.svg_bytes},
        std::tuple{".png", i18n::msg::infographic_download_png, chart.png_bytes}}) {
    pugi::xml_node a = downloads.append_child("li").append_child("a");
    a.append_attribute("href") = (file + extension).c_str();
    a.append_child(pugi::node_pcdata)
        .set_value(ui.format(format, message, {{"size", format.file_size(bytes)}}).c_str());
  }
}

}  // namespace press::pipeline
