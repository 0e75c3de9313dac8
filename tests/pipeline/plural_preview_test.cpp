#include "pipeline/plural_preview.h"

#include <catch2/catch.hpp>

#include "core/source_file.h"

using namespace press;

namespace {

// A site with one chart whose label counts people after an "over" qualifier, as the
// regional-dialogues chart does.
pipeline::SourceSite site_with_chart() {
  pipeline::SourceSite site;
  infographics::Infographic chart;
  chart.name = "dialogues";
  chart.type = infographics::ChartType::key_figures;
  infographics::DataPoint point;
  point.label = "{n, plural, one {person} other {people}} took part";
  point.value = 80;
  point.qualifier = infographics::Qualifier::over;
  point.line = 7;
  chart.data.push_back(point);
  site.infographics.emplace("dialogues", std::move(chart));
  return site;
}

localize::LocaleCatalogs catalogs(std::string over, std::string label) {
  localize::LocaleCatalogs out;
  out.ui = i18n::UiText({{"over {figure}", std::move(over)}});
  out.infographics = i18n::UiText({{"{n, plural, one {person} other {people}} took part", std::move(label)}});
  return out;
}

// The chart label's preview in `locale`, where "over {figure}" is `over` and the label `label`.
pipeline::PluralMessagePreview chart_preview(const std::string& locale, std::string over, std::string label) {
  const auto previews =
      pipeline::preview_plurals(site_with_chart(), catalogs(std::move(over), std::move(label)), locale);
  for (const auto& preview : previews) {
    if (preview.catalog == "infographics") return preview;
  }
  FAIL("no chart preview");
  return {};
}

}  // namespace

TEST_CASE("the Russian preview shows each form after the chart's qualifier", "[i18n]") {
  const auto chart =
      chart_preview("ru", "более {figure}",
                    "{n, plural, one {человека приняли участие} few {человек приняли участие} "
                    "many {человек приняли участие} other {человека приняли участие}}");
  CHECK(chart.where == "chart dialogues, line 7");
  REQUIRE(chart.categories.size() == 4);
  CHECK(chart.categories[0].category == "one");
  CHECK(chart.categories[0].samples == std::vector<std::string>{"1", "21", "31"});
  CHECK(chart.categories[0].renderings[0] == "более 1 — человека приняли участие");
  CHECK(chart.categories[0].renderings[1] == "более 21 — человека приняли участие");
  CHECK(chart.categories[1].category == "few");
  CHECK(chart.categories[1].samples == std::vector<std::string>{"2", "3", "4"});
  CHECK(chart.categories[1].renderings[0] == "более 2 — человек приняли участие");
  CHECK(chart.categories[2].category == "many");
  CHECK(chart.categories[2].samples == std::vector<std::string>{"0", "5", "6"});
  CHECK(chart.categories[2].renderings[1] == "более 5 — человек приняли участие");
  // Only fractions are "other" in Russian: no count on the site reaches it.
  CHECK(chart.categories[3].category == "other");
  CHECK(chart.categories[3].renderings.empty());

  const std::string text = pipeline::format_plural_previews({chart}, "ru");
  CHECK(text.find("    21\tболее 21 — человека приняли участие\n") != std::string::npos);
  CHECK(text.find("  other: (fractions only: no whole number takes it)\n") != std::string::npos);
}

TEST_CASE("the Ukrainian preview has one, few, many and other", "[i18n]") {
  const auto chart = chart_preview("uk", "понад {figure}",
                                   "{n, plural, one {людина взяла участь} few {людини взяли участь} "
                                   "many {людей взяли участь} other {людини взяли участь}}");
  REQUIRE(chart.categories.size() == 4);
  CHECK(chart.categories[0].renderings[0] == "понад 1 — людина взяла участь");
  CHECK(chart.categories[1].renderings[2] == "понад 4 — людини взяли участь");
  CHECK(chart.categories[2].renderings[0] == "понад 0 — людей взяли участь");
  CHECK(chart.categories[2].samples == std::vector<std::string>{"0", "5", "6"});
}

TEST_CASE("the Arabic preview shows all six categories at their sample numbers", "[i18n]") {
  const auto chart = chart_preview("ar", "أكثر من {figure}",
                                   "{n, plural, zero {لم يشارك أحد} one {شارك شخص واحد} two {شارك شخصان} "
                                   "few {أشخاص شاركوا} many {شخصًا شاركوا} other {شخص شاركوا}}");
  REQUIRE(chart.categories.size() == 6);
  CHECK(chart.categories[0].category == "zero");
  CHECK(chart.categories[0].samples.size() == 1);
  CHECK(chart.categories[1].category == "one");
  CHECK(chart.categories[2].category == "two");
  CHECK(chart.categories[3].category == "few");
  CHECK(chart.categories[3].samples.size() == 3);
  CHECK(chart.categories[3].renderings[0].find("أشخاص شاركوا") != std::string::npos);
  CHECK(chart.categories[4].category == "many");
  CHECK(chart.categories[4].renderings[0].find("شخصًا شاركوا") != std::string::npos);
  CHECK(chart.categories[5].category == "other");
  CHECK(chart.categories[5].renderings[0].find("شخص شاركوا") != std::string::npos);
}
