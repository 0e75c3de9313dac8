// The infographics of the real site as readers and campaigners get them: files, pages, sharing.
#include "pipeline/build.h"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <regex>

#include "infographics/png_render.h"
#include "real_site.h"
#include "temp_dir.h"

namespace fs = std::filesystem;
using namespace press;

namespace {

const fs::path& built_site() { return real_site().dir; }

std::vector<std::string> infographic_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(fs::path(PRESS_SOURCE_DIR) / "content" / "infographics")) {
    if (entry.path().extension() == ".yaml") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

const char* kLocales[] = {"en", "es", "fr", "ru", "ar", "zh-Hans", "pt-BR", "my", "th"};

}  // namespace

TEST_CASE("every infographic is a standalone SVG with text as text and a 1200 px PNG, in every locale",
          "[pipeline][infographics]") {
  const auto names = infographic_names();
  REQUIRE(names.size() >= 6);
  for (const char* locale : kLocales) {
    for (const auto& name : names) {
      INFO(locale << " " << name);
      const fs::path base = built_site() / locale / "infographics" / name;
      pugi::xml_document svg;
      REQUIRE(svg.load_file((base.string() + ".svg").c_str()));
      const pugi::xml_node root = svg.document_element();
      CHECK(std::string(root.name()) == "svg");
      CHECK(std::string(root.attribute("xml:lang").value()) == locale);
      CHECK(std::string(root.attribute("role").value()) == "img");
      CHECK(std::string(root.attribute("aria-labelledby").value()) == "chart-title chart-desc");
      CHECK_FALSE(std::string(root.child("title").text().get()).empty());
      CHECK_FALSE(std::string(root.child("desc").text().get()).empty());
      CHECK(std::string(root.attribute("font-family").value()).find("Noto Sans") != std::string::npos);
      CHECK(root.select_nodes("text").size() >= 4);
      CHECK(root.select_nodes("image").empty());  // text stays text, nothing rasterized
      const auto [width, height] = infographics::png_size(TempDir::read(base.string() + ".png"));
      CHECK(width == 1200);
      CHECK(height == static_cast<int>(std::ceil(root.attribute("height").as_double() * 1200 / 400)));
    }
  }
}

TEST_CASE("a page places its infographic with its data, its downloads and its sharing image",
          "[pipeline][infographics]") {
  const std::string page = TempDir::read((built_site() / "en/factsheets/compulsory-drug-detention/index.html").string());
  const std::string id = "infographic-viet-nam-compulsory-centres";
  CHECK(page.find("<meta property=\"og:image\" content=\"https://guidelines.example.org/en/infographics/"
                  "viet-nam-compulsory-centres.png\">") != std::string::npos);
  CHECK(page.find("<figure class=\"infographic\" id=\"" + id + "\" aria-labelledby=\"" + id + "-title\">") !=
        std::string::npos);
  CHECK(page.find("role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\" "
                  "font-family=\"'Noto Sans', sans-serif\" direction=\"ltr\" class=\"chart-wide\"") != std::string::npos);
  // The narrow layout for phones is a second, separately named picture of the same chart.
  CHECK(page.find("role=\"img\" aria-labelledby=\"" + id + "-narrow-title " + id + "-narrow-desc\"") !=
        std::string::npos);
  CHECK(page.find("class=\"chart-narrow web-only\"") != std::string::npos);
  CHECK(page.find("<title id=\"" + id + "-title\">Compulsory drug detention in Viet Nam</title>") != std::string::npos);
  CHECK(page.find("<details class=\"infographic-data\"><summary>Data and sources</summary>") != std::string::npos);
  CHECK(page.find("<th scope=\"row\">about 110,000</th>") != std::string::npos);
  CHECK(page.find("<a href=\"../../../en/infographics/viet-nam-compulsory-centres.png\">Download the picture for "
                  "sharing (PNG, ") != std::string::npos);
  // A page without an infographic has no sharing image.
  const std::string other = TempDir::read((built_site() / "en/factsheets/women-and-gender/index.html").string());
  CHECK(other.find("og:image") == std::string::npos);
  // Two charts on one page keep their ids apart.
  const std::string two = TempDir::read((built_site() / "en/factsheets/putting-the-guidelines-into-practice/index.html").string());
  CHECK(two.find("id=\"infographic-road-to-the-guidelines\"") != std::string::npos);
  CHECK(two.find("id=\"infographic-regional-dialogues\"") != std::string::npos);
  CHECK(two.find("id=\"infographic-moldova-legal-aid\"") != std::string::npos);
}

TEST_CASE("each locale lists all its infographics on one page, linked from the navigation",
          "[pipeline][infographics]") {
  const auto names = infographic_names();
  for (const char* locale : kLocales) {
    INFO(locale);
    const std::string list = TempDir::read((built_site() / locale / "infographics/index.html").string());
    for (const auto& name : names) {
      CHECK(list.find("<figure class=\"infographic\" id=\"infographic-" + name + "\"") != std::string::npos);
      CHECK(list.find("href=\"../../" + std::string(locale) + "/infographics/" + name + ".svg\"") != std::string::npos);
    }
    const std::string home = TempDir::read((built_site() / locale / "index.html").string());
    CHECK(home.find("href=\"../" + std::string(locale) + "/infographics/index.html\"") != std::string::npos);
  }
}
