#include "infographics/chart_layout.h"

#include <catch2/catch.hpp>

#include "infographics/localized_chart.h"
#include "localize/locale_catalogs.h"
#include "pipeline/site_locales.h"
#include "pipeline/source_site.h"

using namespace press;

namespace {

struct LocaleCharts {
  std::string locale;
  bool rtl = false;
  std::vector<std::pair<std::string, infographics::ChartLayout>> charts;  // by name
};

// Every infographic of the real site, laid out in every locale from the shipped catalogs.
const std::vector<LocaleCharts>& shipped_layouts() {
  static const std::vector<LocaleCharts> all = [] {
    std::vector<LocaleCharts> out;
    core::Diagnostics diagnostics;
    auto site = pipeline::load_source_site(PRESS_SOURCE_DIR, diagnostics);
    REQUIRE(site);
    REQUIRE(site->infographics.size() >= 6);
    for (const auto& info : pipeline::describe_locales(site->config)) {
      auto catalogs = localize::load_locale_catalogs(PRESS_SOURCE_DIR, info.tag, site->config.source_locale,
                                                     site->content, nullptr, diagnostics);
      const i18n::LocaleFormat format(info.format_tag);  // with the digits press.yaml sets
      const infographics::TextMeasure measure(info.tag);
      LocaleCharts locale{info.tag, info.dir == "rtl", {}};
      for (const auto& [name, source] : site->infographics) {
        auto chart = infographics::localize_chart(source, catalogs.infographics, catalogs.ui, format, site->config);
        // Both layouts: the wide one (files, larger screens) and the narrow one (phones).
        locale.charts.emplace_back(name, infographics::lay_out_chart(chart.text, site->theme.palette, measure,
                                                                     info.tag, locale.rtl));
        locale.charts.emplace_back(name + " (narrow)",
                                   infographics::lay_out_chart(chart.text, site->theme.palette, measure, info.tag,
                                                               locale.rtl, infographics::kNarrowChartWidth));
      }
      out.push_back(std::move(locale));
    }
    REQUIRE_FALSE(diagnostics.has_errors());
    return out;
  }();
  return all;
}

std::string describe(const infographics::TextBlock& text) {
  std::string out = std::string(text.role) + " \"";
  for (const auto& line : text.lines) out += line + "/";
  return out + "\"";
}

}  // namespace

TEST_CASE("no label of any infographic overflows the chart or touches another element, in any locale",
          "[infographics][layout]") {
  constexpr double padding = 20;
  int texts = 0;
  for (const auto& locale : shipped_layouts()) {
    for (const auto& [name, layout] : locale.charts) {
      INFO(locale.locale << " " << name);
      REQUIRE(layout.height > 0);
      std::vector<infographics::Box> cards;
      for (const auto& mark : layout.marks) {
        if (std::string_view(mark.role) == "card") cards.push_back(mark.box);
        if (std::string_view(mark.role) == "background") continue;
        CHECK(mark.box.x >= padding - 1e-6);
        CHECK(mark.box.right() <= layout.width - padding + 1e-6);
      }
      for (size_t i = 0; i < layout.texts.size(); ++i) {
        const auto& text = layout.texts[i];
        const infographics::Box box = text.box();
        INFO(describe(text));
        ++texts;
        CHECK_FALSE(text.lines.empty());
        // Inside the canvas, within its padding.
        CHECK(box.x >= padding - 1e-6);
        CHECK(box.right() <= layout.width - padding + 1e-6);
        CHECK(box.y >= padding - 1e-6);
        CHECK(box.bottom() <= layout.height - padding + 1e-6);
        // Key figures sit inside their card.
        if (!cards.empty() && std::string_view(text.role) != "title" && std::string_view(text.role) != "note") {
          CHECK(std::any_of(cards.begin(), cards.end(), [&](const auto& card) { return card.contains(box); }));
        }
        // Never on top of another label, nor of a bar, track, point or axis.
        for (size_t j = i + 1; j < layout.texts.size(); ++j) {
          INFO("and " << describe(layout.texts[j]));
          CHECK_FALSE(box.overlaps(layout.texts[j].box()));
        }
        for (const auto& mark : layout.marks) {
          if (!mark.container) CHECK_FALSE(box.overlaps(mark.box));
        }
      }
    }
  }
  CHECK(texts > 2 * 9 * 6 * 4);
}

TEST_CASE("right-to-left charts are mirrored: bars grow from the right and text starts there",
          "[infographics][layout][rtl]") {
  constexpr double padding = 20;
  for (const auto& locale : shipped_layouts()) {
    for (const auto& [name, layout] : locale.charts) {
      INFO(locale.locale << " " << name);
      CHECK(layout.rtl == locale.rtl);
      for (const auto& mark : layout.marks) {
        const std::string_view role = mark.role;
        if (role == "bar" || role == "share" || role == "track") {
          // Bars share their starting edge: the left in LTR, the right in RTL.
          if (locale.rtl) CHECK(mark.box.right() == Approx(layout.width - padding));
          else CHECK(mark.box.x == Approx(padding));
        }
      }
      for (size_t i = 0; i < layout.texts.size(); ++i) {
        const auto& text = layout.texts[i];
        CHECK(text.rtl == locale.rtl);
        if (std::string_view(text.role) == "title") {
          CHECK(text.x == Approx(locale.rtl ? layout.width - padding : padding));
        }
        if (std::string_view(text.role) != "value") continue;
        // A value is written past the end of its bar: to its left in RTL.
        const infographics::Box value = text.box();
        for (const auto& mark : layout.marks) {
          const std::string_view role = mark.role;
          if ((role != "bar" && role != "track") || mark.box.bottom() < value.y || mark.box.y > value.bottom()) continue;
          if (locale.rtl) CHECK(value.right() <= mark.box.x);
          else CHECK(value.x >= mark.box.right());
        }
      }
    }
  }
}

TEST_CASE("figures are written by ICU in the locale's digits and style", "[infographics][layout]") {
  auto figures_of = [](const std::string& locale, const std::string& chart) {
    std::string all;
    for (const auto& l : shipped_layouts()) {
      if (l.locale != locale) continue;
      for (const auto& [name, layout] : l.charts) {
        if (name != chart) continue;
        for (const auto& text : layout.texts) {
          const std::string_view role = text.role;
          if (role == "value" || role == "figure" || role == "date") {
            for (const auto& line : text.lines) all += line + "|";
          }
        }
      }
    }
    return all;
  };
  CHECK(figures_of("en", "ungass-2016-positions") == "95|61|24|17|15|");
  // Arabic in Western digits, as press.yaml sets for it (and as its translators wrote).
  CHECK(figures_of("ar", "ungass-2016-positions") == "95|61|24|17|15|");
  CHECK(figures_of("en", "ukraine-medical-cannabis").find("over 2,000,000|") != std::string::npos);
  CHECK(figures_of("fr", "ukraine-medical-cannabis").find("2\u202f000\u202f000") != std::string::npos);
  CHECK(figures_of("en", "latin-america-violence") == "about 8%|about 33%|");
  CHECK(figures_of("en", "viet-nam-compulsory-centres").find("up to 4 years|") != std::string::npos);
  CHECK(figures_of("en", "road-to-the-guidelines").find("April 2016|") == 0);
}
