#include "infographics/localized_chart.h"

#include <algorithm>
#include <cmath>

#include "i18n/ui_messages.h"

namespace press::infographics {

std::string chart_figure(const Infographic& source, const DataPoint& point, const i18n::UiText& ui,
                         const i18n::LocaleFormat& format) {
  if (source.type == ChartType::timeline) {
    return point.date.size() == 7 ? format.month_year(point.date) : format.long_date(point.date);
  }
  std::string figure;
  switch (point.unit) {
    case ValueUnit::count: figure = format.number(std::llround(point.value)); break;
    case ValueUnit::percent: figure = format.percent(point.value / 100); break;
    case ValueUnit::years: figure = format.years(std::llround(point.value)); break;
  }
  const char* qualified = point.qualifier == Qualifier::about   ? i18n::msg::figure_about
                          : point.qualifier == Qualifier::over  ? i18n::msg::figure_over
                          : point.qualifier == Qualifier::up_to ? i18n::msg::figure_up_to
                                                                : nullptr;
  return qualified ? ui.format(format, qualified, {{"figure", figure}}) : figure;
}

std::vector<std::string> chart_messages(const Infographic& source) {
  std::vector<std::string> out{source.title, source.description};
  for (const auto& point : source.data) out.push_back(point.label);
  return out;
}

LocalizedChart localize_chart(const Infographic& source, const i18n::UiText& strings, const i18n::UiText& ui,
                              const i18n::LocaleFormat& format, const config::SiteConfig& config) {
  LocalizedChart out;
  for (const auto& message : chart_messages(source)) out.untranslated = out.untranslated || strings.falls_back(message);
  static const i18n::UiText source_text;  // no translations: every text as written
  const i18n::UiText& text = out.untranslated ? source_text : strings;
  ChartText& chart = out.text;
  chart.type = source.type;
  chart.title = std::string(text.translate(source.title));
  chart.description = std::string(text.translate(source.description));
  double largest = 0;
  for (const auto& point : source.data) largest = std::max(largest, point.value);
  std::vector<const DataPoint*> order;
  for (const auto& point : source.data) order.push_back(&point);
  if (source.largest_first) {
    std::stable_sort(order.begin(), order.end(), [](auto* a, auto* b) { return a->value > b->value; });
  }
  for (const DataPoint* point : order) {
    ChartText::Item item;
    item.label = text.format(format, point->label, {{"n", static_cast<long long>(std::llround(point->value))}});
    item.figure = chart_figure(source, *point, ui, format);
    if (source.type == ChartType::bar_chart) item.share = largest > 0 ? point->value / largest : 0;
    if (source.type == ChartType::part_of_whole) item.share = point->value / 100;
    chart.items.push_back(std::move(item));
  }
  std::vector<std::string> reports;
  for (const auto& id : source.sources) {
    if (const config::Report* report = config.find_report(id)) reports.emplace_back(ui.translate(report->title));
  }
  chart.source_note = ui.format(format, i18n::msg::infographic_sources,
                                {{"count", static_cast<long long>(reports.size())}, {"reports", format.list(reports)}});
  return out;
}

}  // namespace press::infographics
