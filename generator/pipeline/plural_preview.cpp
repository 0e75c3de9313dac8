#include "pipeline/plural_preview.h"

#include <unicode/locid.h>
#include <unicode/plurrule.h>

#include <cmath>
#include <memory>
#include <sstream>

#include "i18n/locale_format.h"
#include "i18n/message_checks.h"
#include "infographics/localized_chart.h"

namespace press::pipeline {

namespace {

bool is_plural(const std::string& pattern) { return pattern.find(", plural,") != std::string::npos; }

// Up to three whole numbers CLDR gives as samples of `category`; none when only fractions
// take it.
std::vector<long long> whole_samples(icu::PluralRules& rules, const std::string& category) {
  double samples[16];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t count = rules.getSamples(icu::UnicodeString::fromUTF8(category), samples, 16, status);
  std::vector<long long> whole;
  for (int32_t i = 0; U_SUCCESS(status) && i < count && whole.size() < 3; ++i) {
    if (samples[i] == std::floor(samples[i])) whole.push_back(static_cast<long long>(samples[i]));
  }
  return whole;
}

// Previews one message: `render` gives the message in context at one number.
template <typename Render>
PluralMessagePreview preview(icu::PluralRules& rules, const std::vector<std::string>& categories,
                             const i18n::LocaleFormat& format, Render render) {
  PluralMessagePreview out;
  for (const auto& category : categories) {
    PluralCategoryPreview entry{category, {}, {}};
    for (long long n : whole_samples(rules, category)) {
      entry.samples.push_back(format.number(n));
      entry.renderings.push_back(render(n));
    }
    out.categories.push_back(std::move(entry));
  }
  return out;
}

// The argument a plural message counts with: the name before ", plural,".
std::string plural_argument(const std::string& pattern) {
  for (const auto& name : i18n::inspect_pattern(pattern).arguments) {
    if (pattern.find("{" + name + ", plural,") != std::string::npos) return name;
  }
  return "n";
}

}  // namespace

std::vector<PluralMessagePreview> preview_plurals(const SourceSite& site, const localize::LocaleCatalogs& catalogs,
                                                  const std::string& locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu::Locale::forLanguageTag(locale, status), status));
  if (U_FAILURE(status)) return {};
  const auto categories = i18n::plural_categories(locale, false);
  const i18n::LocaleFormat format(site.config.format_tag(locale));
  std::vector<PluralMessagePreview> previews;

  for (const auto& entry : site.catalog_units()) {
    if (entry.catalog != "ui") continue;
    for (const auto& unit : entry.units) {
      if (!is_plural(unit.id)) continue;
      const std::string counted = plural_argument(unit.id);
      auto message = preview(*rules, categories, format, [&](long long n) {
        i18n::MessageArgs args;
        for (const auto& name : i18n::inspect_pattern(unit.id).arguments) args[name] = std::string("…");
        args[counted] = n;
        return catalogs.ui.format(format, unit.id, args);
      });
      message.catalog = "ui";
      message.source = unit.id;
      message.where = unit.comment;
      previews.push_back(std::move(message));
    }
  }
  for (const auto& [name, each_chart] : site.infographics) {
    const infographics::Infographic& chart = each_chart;  // a lambda may not capture a binding (clang 14)
    for (const auto& point : chart.data) {
      if (!is_plural(point.label)) continue;
      auto message = preview(*rules, categories, format, [&](long long n) {
        infographics::DataPoint shown = point;
        shown.value = static_cast<double>(n);
        return infographics::chart_figure(chart, shown, catalogs.ui, format) + " — " +
               catalogs.infographics.format(format, point.label, {{"n", n}});
      });
      message.catalog = localize::LocaleCatalogs::kInfographicsCatalog;
      message.source = point.label;
      message.where = "chart " + name + ", line " + std::to_string(point.line);
      previews.push_back(std::move(message));
    }
  }
  return previews;
}

std::string format_plural_previews(const std::vector<PluralMessagePreview>& previews, const std::string& locale) {
  std::ostringstream out;
  out << "Plural messages of " << locale << " at CLDR's sample numbers";
  out << " (charts: the figure as the chart prints it, then the label)\n";
  for (const auto& message : previews) {
    out << '\n' << message.catalog << ".po, " << message.where << "\n  " << message.source << '\n';
    for (const auto& category : message.categories) {
      out << "  " << category.category << ':';
      if (category.renderings.empty()) out << " (fractions only: no whole number takes it)";
      out << '\n';
      for (size_t i = 0; i < category.renderings.size(); ++i) {
        out << "    " << category.samples[i] << "\t" << category.renderings[i] << '\n';
      }
    }
  }
  return out.str();
}

}  // namespace press::pipeline
