// A chart file through loading, localizing, layout and SVG writing.
#include "fuzz_input.h"
#include "i18n/locale_format.h"
#include "i18n/ui_text.h"
#include "infographics/chart_layout.h"
#include "infographics/infographic_source.h"
#include "infographics/localized_chart.h"
#include "infographics/svg_chart.h"
#include "infographics/text_measure.h"

using namespace press;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const config::SiteConfig config = fuzz::config_with_report("ungass-2016", "2016-06-14");
  static const theme::Palette palette{"#ffffff", "#f3f5f7", "#1b1b1b", "#4a4a4a", "#0b57a4", "#767676"};
  static const i18n::UiText ui;
  static const i18n::LocaleFormat format("en");
  static const infographics::TextMeasure measure("en");
  auto file = std::make_unique<core::SourceFile>("content/infographics/chart.yaml", fuzz::text_of(data, size));
  core::Diagnostics diagnostics;
  const auto chart = infographics::parse_infographic(std::move(file), "chart", config, diagnostics);
  diagnostics.format_all();
  if (!chart) return 0;
  const auto localized = infographics::localize_chart(*chart, ui, ui, format, config);
  const auto layout = infographics::lay_out_chart(localized.text, palette, measure, "en", false);
  infographics::standalone_svg(layout, {localized.text.title, localized.text.description, "en", "chart"});
  return 0;
}
