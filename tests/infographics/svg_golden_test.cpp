#include "infographics/svg_chart.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/file_system.h"

using namespace press;

namespace {

const theme::Palette kPalette{"#ffffff", "#f3f5f7", "#1b1b1b", "#4a4a4a", "#0b57a4", "#767676"};

struct Golden {
  const char* file;
  const char* locale;
  bool rtl;
  infographics::ChartText text;
};

// One chart of each type, each in another script, with texts fixed here so that only a
// change in layout or SVG writing changes the files. The golden files were reviewed as
// pictures (rsvg-convert) when written; set PRESS_UPDATE_GOLDEN=1 to write them again.
std::vector<Golden> goldens() {
  using Item = infographics::ChartText::Item;
  using infographics::ChartType;
  return {
      {"key-figures.en.svg", "en", false,
       {ChartType::key_figures, "Free legal aid", "Lawyers and cases of a legal aid council.",
        "Source: A test report",
        {Item{"public and private lawyers the council can appoint", "about 500", 0},
         Item{"cases dealt with each year", "about 60,000", 0}, Item{"council for the whole country", "1", 0}}}},
      {"bar-chart.ar.svg", "ar", true,
       {ChartType::bar_chart, "مواقف الدول في عام 2016", "عدد الدول لكل موقف.", "المصدر: تقرير",
        {Item{"دول عارضت عقوبة الإعدام", "٦١", 1.0}, Item{"دول دعمت الحرب على المخدرات", "٢٤", 24.0 / 61}}}},
      {"part-of-whole.my.svg", "my", false,
       {ChartType::part_of_whole, "လက်တင်အမေရိက", "ကမ္ဘာ့လူဦးရေ", "ရင်းမြစ်",
        {Item{"ကမ္ဘာ့လူဦးရေ", "၈%", 0.08}, Item{"လူသတ်မှု", "၃၃%", 0.33}}}},
      {"timeline.th.svg", "th", false,
       {ChartType::timeline, "เส้นเวลา", "สองเหตุการณ์", "ที่มา: รายงาน",
        {Item{"สมัชชาใหญ่แห่งสหประชาชาติประชุมสมัยพิเศษว่าด้วยยาเสพติด", "เมษายน 2016", 0},
         Item{"แนวปฏิบัติสากลว่าด้วยสิทธิมนุษยชนและนโยบายยาเสพติด", "มีนาคม 2019", 0}}}},
  };
}

}  // namespace

TEST_CASE("charts of each type and script match their reviewed SVG files", "[infographics][golden]") {
  const bool update = std::getenv("PRESS_UPDATE_GOLDEN") != nullptr;
  const std::string dir = std::string(PRESS_SOURCE_DIR) + "/tests/infographics/golden/";
  for (const auto& golden : goldens()) {
    INFO(golden.file);
    const infographics::TextMeasure measure(golden.locale);
    const auto layout = infographics::lay_out_chart(golden.text, kPalette, measure, golden.locale, golden.rtl);
    const std::string svg =
        infographics::standalone_svg(layout, {golden.text.title, golden.text.description, golden.locale, "chart"});
    if (update) std::ofstream(dir + golden.file, std::ios::binary) << svg;
    const auto expected = core::DiskFileSystem().read_file(dir + golden.file);
    REQUIRE(expected);
    CHECK(svg == *expected);
  }
}
