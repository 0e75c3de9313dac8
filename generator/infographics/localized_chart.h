// Localized chart: what an infographic says in one locale, translated and formatted by ICU.
#pragma once

#include "config/site_config.h"
#include "i18n/locale_format.h"
#include "i18n/ui_text.h"
#include "infographics/chart_layout.h"
#include "infographics/infographic_source.h"

namespace press::infographics {

struct LocalizedChart {
  ChartText text;
  /// Some text has no translation: the whole chart is then shown in the source language, so
  /// one picture never mixes two languages.
  bool untranslated = false;
};

/// Translates the chart's texts with `strings` (the locale's infographics catalog) and
/// formats its figures with `format`; `ui` has the interface words ("about {figure}").
LocalizedChart localize_chart(const Infographic& source, const i18n::UiText& strings, const i18n::UiText& ui,
                              const i18n::LocaleFormat& format, const config::SiteConfig& config);

/// An item's figure as the chart prints it: the value in the locale's digits and unit, with
/// its qualifier ("over 80", "более 80"), or the timeline date.
std::string chart_figure(const Infographic& source, const DataPoint& point, const i18n::UiText& ui,
                         const i18n::LocaleFormat& format);

/// The chart's texts, for the catalog: title, description, then each label.
std::vector<std::string> chart_messages(const Infographic& source);

}  // namespace press::infographics
