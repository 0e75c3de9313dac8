#include "infographics/infographic_source.h"

#include <catch2/catch.hpp>

using namespace press;

namespace {

config::SiteConfig test_config() {
  config::SiteConfig config;
  config.reports.push_back({"ungass-2016", "A report", "2016-06-14"});
  return config;
}

std::optional<infographics::Infographic> parse(const std::string& text, core::Diagnostics& diagnostics) {
  auto file = std::make_unique<core::SourceFile>("content/infographics/chart.yaml", text);
  return infographics::parse_infographic(std::move(file), "chart", test_config(), diagnostics);
}

std::string errors_for(const std::string& text) {
  core::Diagnostics diagnostics;
  auto chart = parse(text, diagnostics);
  CHECK(static_cast<bool>(chart) == !diagnostics.has_errors());
  return diagnostics.format_all();
}

// True when the file's errors include `message` (a located line).
bool reports(const std::string& text, const std::string& message) {
  return errors_for(text).find(message) != std::string::npos;
}

const std::string kBars =
    "type: bar chart\n"
    "title: States\n"
    "description: How many states said what.\n"
    "order: largest first\n"
    "source: ungass-2016\n"
    "data:\n"
    "  - value: 61\n"
    "    label: \"{n, plural, one {State} other {States}} against\"\n"
    "  - value: 2000000\n"
    "    qualifier: over\n"
    "    label: People\n"
    "  - value: 4\n"
    "    unit: years\n"
    "    qualifier: up to\n"
    "    label: In a centre\n";

}  // namespace

TEST_CASE("an infographic file gives its type, texts, sources and values", "[infographics]") {
  core::Diagnostics diagnostics;
  auto chart = parse(kBars, diagnostics);
  INFO(diagnostics.format_all());
  REQUIRE(chart);
  CHECK(chart->name == "chart");
  CHECK(chart->type == infographics::ChartType::bar_chart);
  CHECK(chart->largest_first);
  CHECK(chart->sources == std::vector<std::string>{"ungass-2016"});
  REQUIRE(chart->data.size() == 3);
  CHECK(chart->data[0].label == "{n, plural, one {State} other {States}} against");
  CHECK(chart->data[0].line == 7);
  CHECK(chart->data[1].value == 2000000);
  CHECK(chart->data[1].qualifier == infographics::Qualifier::over);
  CHECK(chart->data[1].unit == infographics::ValueUnit::count);
  CHECK(chart->data[2].unit == infographics::ValueUnit::years);
  CHECK(chart->data[2].qualifier == infographics::Qualifier::up_to);
}

TEST_CASE("mistakes in an infographic are reported where they are", "[infographics]") {
  CHECK(errors_for("type: pie\ntitle: T\ndescription: D\nsource: ungass-2016\ndata:\n  - value: 1\n    label: L\n") ==
        "content/infographics/chart.yaml:1:7: error: \"type\" is one of \"key figures\", \"bar chart\", "
        "\"part of whole\", \"timeline\", not \"pie\"\n"
        "type: pie\n"
        "      ^\n");
  // A label must be valid ICU MessageFormat and may use only the value, {n}.
  CHECK(reports("type: key figures\ntitle: T\ndescription: D\nsource: ungass-2016\ndata:\n"
                "  - value: 1\n    label: \"{n, plural, one {x}\"\n",
                "chart.yaml:7:12: error: \"label\" is not valid ICU MessageFormat"));
  CHECK(reports("type: key figures\ntitle: T\ndescription: D\nsource: ungass-2016\ndata:\n"
                "  - value: 1\n    label: \"{count} people\"\n",
                "chart.yaml:7:12: error: \"label\" uses {count}; the only argument is the value, {n}"));
  CHECK(reports("type: part of whole\nunit: percent\ntitle: T\ndescription: D\nsource: ungass-2016\ndata:\n"
                "  - value: 120\n    label: L\n",
                "chart.yaml:7:12: error: a percentage is at most 100"));
  CHECK(reports("type: timeline\ntitle: T\ndescription: D\nsource: ungass-2016\ndata:\n"
                "  - date: 2019-13\n    label: L\n",
                "chart.yaml:6:11: error: \"date\" must be YYYY-MM or YYYY-MM-DD, not \"2019-13\""));
  CHECK(reports("type: key figures\ntitle: T\ndescription: D\nsource: nowhere\ndata:\n  - value: 1\n    label: L\n",
                "chart.yaml:4:9: error: unknown report \"nowhere\" in press.yaml"));
  CHECK(reports("type: key figures\ntitle: T\ndescription: D\nsource: ungass-2016\ndata:\n  - value: many\n    label: L\n",
                "chart.yaml:6:12: error: \"value\" must be a number of zero or more, not \"many\""));
}

TEST_CASE("chart values and item counts past the limits are located errors", "[infographics][limits]") {
  const std::string head =
      "type: bar chart\ntitle: T\ndescription: D.\nsource: ungass-2016\ndata:\n";
  auto one_value = [&](const std::string& value) { return head + "  - value: " + value + "\n    label: L\n"; };
  // 1e308 was published as -9,223,372,036,854,775,808 (a double cast to a 64-bit integer).
  const std::string message = "error: a value is a finite number of at most a trillion (1e12) either way";
  CHECK(reports(one_value("1e308"), "content/infographics/chart.yaml:6:12: " + message));
  CHECK(reports(one_value("1.5e12"), "content/infographics/chart.yaml:6:12: " + message));
  // The text is read with std::stod, which takes "inf" and "nan": neither is a number here.
  CHECK(reports(one_value("inf"), "chart.yaml:6:12: error: \"value\" must be a number of zero or more, not \"inf\""));
  CHECK(reports(one_value("nan"), "chart.yaml:6:12: error: \"value\" must be a number of zero or more, not \"nan\""));
  CHECK(errors_for(one_value("1e12")).empty());
  auto items = [&](int count) {
    std::string text = head;
    for (int i = 0; i < count; ++i) text += "  - value: " + std::to_string(i) + "\n    label: L" + std::to_string(i) + "\n";
    return text;
  };
  CHECK(errors_for(items(100)).empty());
  CHECK(errors_for(items(10000)) ==
        "content/infographics/chart.yaml:6:3: error: \"data\" has 10000 items; a chart shows at most 100: split it "
        "or keep the largest\n"
        "  - value: 0\n"
        "  ^\n");
}
