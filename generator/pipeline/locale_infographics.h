// Locale infographics: every chart of one locale laid out once, written as SVG and PNG files,
// and placed in pages as a figure with its data.
#pragma once

#include <pugixml.hpp>

#include <map>
#include <string>

#include "config/site_config.h"
#include "core/diagnostics.h"
#include "i18n/locale_format.h"
#include "infographics/chart_layout.h"
#include "infographics/infographic_source.h"
#include "infographics/localized_chart.h"
#include "localize/locale_catalogs.h"
#include "output/build_cache.h"
#include "output/site_writer.h"
#include "pipeline/site_locales.h"
#include "theme/palette.h"

namespace press::pipeline {

/// One infographic in one locale, ready to place in pages.
struct RenderedInfographic {
  const infographics::Infographic* source = nullptr;
  infographics::LocalizedChart chart;
  infographics::ChartLayout layout;         // the standalone file, the PNG, larger screens
  infographics::ChartLayout narrow_layout;  // phones
  std::string lang;  // the chart's language: the locale's, or the source's while untranslated
  std::string dir;
  size_t svg_bytes = 0;
  size_t png_bytes = 0;
  std::string key;  // of the SVG's bytes; the PNG is drawn again only when it changes
};

using LocaleInfographics = std::map<std::string, RenderedInfographic>;

/// Width of the PNG for sharing, in pixels.
constexpr int kSharePngWidth = 1200;

/// Marks text of the chart's (its title, its data) with the chart's `lang` and `dir` when that is
/// not the page's, so screen readers switch voice; nothing when the chart is translated.
void mark_chart_language(pugi::xml_node node, const RenderedInfographic& chart);

/// Public path of an infographic's files below the locale folder: "infographics/<name>".
std::string infographic_path(const std::string& name);

/// Lays out each infographic for `locale` and writes `<locale>/infographics/<name>.svg` and
/// `.png` through `writer`, drawing the PNGs on `workers` threads.
LocaleInfographics render_locale_infographics(const infographics::Infographics& all, const LocaleInfo& locale,
                                              const std::string& source_locale,
                                              const localize::LocaleCatalogs& catalogs,
                                              const config::SiteConfig& config, const theme::Palette& palette,
                                              const output::SiteWriter& writer,
                                              const output::BuildCache& previous, int workers,
                                              core::Diagnostics& diagnostics);

/// Appends the infographic as pages show it: a figure with the chart (role="img", named by its
/// <title> and <desc>) in its wide and narrow layouts (the stylesheet shows one; the narrow one
/// is "web-only"), then its description, data table and sources in a "Data and sources"
/// disclosure, then links to the SVG and PNG (class "web-only": left out of e-books).
/// `files_url` is the URL of the locale's "infographics/" folder from the page.
void append_infographic_figure(const RenderedInfographic& chart, const std::string& id_prefix,
                               const std::string& files_url, const i18n::UiText& ui,
                               const i18n::LocaleFormat& format, pugi::xml_node parent);

}  // namespace press::pipeline
