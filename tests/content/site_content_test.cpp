#include "content/site_content.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace press;

namespace {

const char* kDocument = "---\ntitle: T\nsummary: S\ndate: 2020-01-31\nsource: [r]\nthemes: [t]\norder: %d\n---\nBody\n";

std::string document(int order) {
  char text[256];
  std::snprintf(text, sizeof text, kDocument, order);
  return text;
}

config::SiteConfig english_and_spanish() {
  config::SiteConfig config;
  config.source_locale = "en";
  config.locales = {"en", "es"};
  config.reports.push_back({"r", "R", "2020-01-31"});
  config.themes.push_back({"t", "T"});
  return config;
}

// A site's home page and its fact sheets' section page, under "site/content".
core::MemoryFileSystem home_and_factsheets() {
  core::MemoryFileSystem fs;
  fs.write_file("site/content/index.md", "---\ntitle: Home\nsummary: S\n---\nHi\n");
  fs.write_file("site/content/factsheets/_index.md", "---\ntitle: Fact sheets\nsummary: S\n---\n");
  return fs;
}

}  // namespace

TEST_CASE("content loads from any file system, sorted, with broken files reported and left out", "[content]") {
  const config::SiteConfig config = english_and_spanish();
  core::MemoryFileSystem fs = home_and_factsheets();
  fs.write_file("site/content/factsheets/b.md", document(1));
  fs.write_file("site/content/factsheets/a.md", document(2));
  fs.write_file("site/content/factsheets/a.es.md", document(2));
  fs.write_file("site/content/factsheets/Bad_Name.md", document(3));
  fs.write_file("site/content/factsheets/broken.md", "no front matter\n");
  core::Diagnostics diagnostics;
  const content::SiteContent site = content::load_site_content(fs, "site", config, diagnostics);

  REQUIRE(site.home.source);
  CHECK(site.home.front.title == "Home");
  const auto& factsheets = site.sections[1];
  REQUIRE(factsheets.documents.size() == 2);
  CHECK(factsheets.documents[0].slug == "b");  // order 1 before order 2
  CHECK(factsheets.documents[1].slug == "a");
  CHECK(site.whole_file_translation("es", factsheets.documents[1]) != nullptr);
  CHECK(site.whole_file_translation("es", factsheets.documents[0]) == nullptr);
  CHECK(diagnostics.error_count() == 3);  // Bad_Name.md, broken.md, and summaries/_index.md missing
}

namespace {

// Lists every folder backwards, as a disk may list files in any order.
class BackwardsFileSystem final : public core::FileSystem {
 public:
  explicit BackwardsFileSystem(const core::MemoryFileSystem& files) : files_(files) {}
  std::optional<std::string> read_file(const std::string& path) const override { return files_.read_file(path); }
  bool write_file(const std::string&, std::string_view) override { return false; }
  std::vector<std::string> list_files_unsorted(const std::string& dir) const override {
    auto names = files_.list_files_unsorted(dir);
    std::reverse(names.begin(), names.end());
    return names;
  }
  bool is_directory(const std::string& path) const override { return files_.is_directory(path); }
  std::optional<core::FileStamp> stamp(const std::string& path) const override { return files_.stamp(path); }

 private:
  const core::MemoryFileSystem& files_;
};

}  // namespace

TEST_CASE("content is in the same order however the folders list their files", "[content]") {
  config::SiteConfig config;
  config.source_locale = "en";
  config.locales = {"en", "es", "zh-Hans"};
  config.reports.push_back({"r", "R", "2020-01-31"});
  config.themes.push_back({"t", "T"});
  core::MemoryFileSystem fs;
  fs.write_file("site/content/index.md", "---\ntitle: Home\nsummary: S\n---\nHi\n");
  fs.write_file("site/content/factsheets/_index.md", "---\ntitle: Fact sheets\nsummary: S\n---\n");
  fs.write_file("site/content/summaries/_index.md", "---\ntitle: Summaries\nsummary: S\n---\n");
  for (const char* slug : {"c", "a", "b-2", "b"}) {
    fs.write_file(std::string("site/content/factsheets/") + slug + ".md", document(1));
    fs.write_file(std::string("site/content/factsheets/") + slug + ".zh-Hans.md", document(1));
    fs.write_file(std::string("site/content/summaries/") + slug + ".es.md", document(1));
    fs.write_file(std::string("site/content/summaries/") + slug + ".md", document(slug[0] == 'c' ? 0 : 1));
  }
  auto order_of = [&](const core::FileSystem& files) {
    core::Diagnostics diagnostics;
    const content::SiteContent site = content::load_site_content(files, "site", config, diagnostics);
    CHECK(diagnostics.error_count() == 0);
    std::vector<std::string> order;
    for (const auto& section : site.sections) {
      for (const auto& page : section.documents) order.push_back(section.id + "/" + page.slug);
    }
    for (const auto& [key, page] : site.whole_file) order.push_back(key);
    return order;
  };
  const std::vector<std::string> expected = {
      // Summaries first: "c" has the lowest order; equal orders go by slug.
      "summaries/c", "summaries/a", "summaries/b", "summaries/b-2",
      "factsheets/a", "factsheets/b", "factsheets/b-2", "factsheets/c",
      // Translations by key: locale, then section, then slug.
      "es/summaries/a", "es/summaries/b", "es/summaries/b-2", "es/summaries/c",
      "zh-Hans/factsheets/a", "zh-Hans/factsheets/b", "zh-Hans/factsheets/b-2", "zh-Hans/factsheets/c"};
  CHECK(order_of(fs) == expected);
  CHECK(order_of(BackwardsFileSystem(fs)) == expected);
}

TEST_CASE("a whole-file translation with no source page is a warning, not published", "[content]") {
  const config::SiteConfig config = english_and_spanish();
  core::MemoryFileSystem fs = home_and_factsheets();
  fs.write_file("site/content/factsheets/kept.md", document(1));
  fs.write_file("site/content/factsheets/kept.es.md", document(1));
  fs.write_file("site/content/factsheets/renamed.es.md", document(2));
  fs.write_file("site/content/summaries/_index.md", "---\ntitle: Summaries\nsummary: S\n---\n");
  core::Diagnostics diagnostics;
  const content::SiteContent site = content::load_site_content(fs, "site", config, diagnostics);
  CHECK_FALSE(diagnostics.has_errors());
  CHECK(diagnostics.format_all() ==
        "site/content/factsheets/renamed.es.md: warning: a whole-file translation of \"factsheets/renamed\", which "
        "has no source page; it is not published\n");
  const auto factsheets = std::find_if(site.sections.begin(), site.sections.end(),
                                      [](const auto& section) { return section.id == "factsheets"; });
  REQUIRE(factsheets != site.sections.end());
  REQUIRE(factsheets->documents.size() == 1);
  CHECK(factsheets->documents[0].whole_file_translations.size() == 1);
}

namespace {

std::string draft(int order) {
  return "---\ntitle: D\nsummary: S\ndate: 2020-01-31\nsource: [r]\nthemes: [\"TODO: theme ids\"]\norder: " +
         std::to_string(order) + "\ndraft: true\n---\nBody\n";
}

// A site with a published document, a draft with a whole-file translation, and a published
// document whose Spanish translation is still a draft.
core::MemoryFileSystem site_with_drafts() {
  core::MemoryFileSystem fs = home_and_factsheets();
  fs.write_file("site/content/summaries/_index.md", "---\ntitle: Summaries\nsummary: S\n---\n");
  fs.write_file("site/content/factsheets/published.md", document(1));
  fs.write_file("site/content/factsheets/draft.md", draft(2));
  fs.write_file("site/content/factsheets/draft.es.md", document(2));
  fs.write_file("site/content/factsheets/translated.md", document(3));
  fs.write_file("site/content/factsheets/translated.es.md", draft(3));
  return fs;
}

std::vector<std::string> slugs(const content::Section& section) {
  std::vector<std::string> out;
  for (const auto& page : section.documents) out.push_back(page.slug);
  return out;
}

}  // namespace

TEST_CASE("a load leaves drafts out silently, with their translations and draft translations", "[content][drafts]") {
  const core::MemoryFileSystem fs = site_with_drafts();
  core::Diagnostics diagnostics;
  const content::SiteContent site = content::load_site_content(fs, "site", english_and_spanish(), diagnostics);
  CHECK(diagnostics.all().empty());  // not even the draft's placeholder, nor an orphaned translation
  CHECK(site.drafts == content::Drafts::left_out);
  CHECK(slugs(site.sections[1]) == std::vector<std::string>{"published", "translated"});
  CHECK(site.whole_file.empty());
  CHECK(site.whole_file_translation("es", site.sections[1].documents[1]) == nullptr);
  CHECK(site.document_count() == 2);
}

TEST_CASE("a load with drafts keeps them and names their placeholders", "[content][drafts]") {
  const core::MemoryFileSystem fs = site_with_drafts();
  core::Diagnostics diagnostics;
  const content::SiteContent site =
      content::load_site_content(fs, "site", english_and_spanish(), diagnostics, nullptr, content::Drafts::included);
  CHECK(site.drafts == content::Drafts::included);
  CHECK(slugs(site.sections[1]) == std::vector<std::string>{"published", "draft", "translated"});
  CHECK(site.sections[1].documents[1].front.draft);
  CHECK(site.whole_file.size() == 2);
  CHECK(site.whole_file_translation("es", site.sections[1].documents[1]) != nullptr);
  diagnostics.sort();
  CHECK_FALSE(diagnostics.has_errors());
  CHECK(diagnostics.format_all() ==
        "site/content/factsheets/draft.md:6:10: warning: placeholder \"TODO: theme ids\" in \"themes\": replace it "
        "before publishing\nthemes: [\"TODO: theme ids\"]\n         ^\n"
        "site/content/factsheets/translated.es.md:6:10: warning: placeholder \"TODO: theme ids\" in \"themes\": "
        "replace it before publishing\nthemes: [\"TODO: theme ids\"]\n         ^\n");
}

TEST_CASE("a document to publish with a placeholder left is an error at the placeholder", "[content][drafts]") {
  core::MemoryFileSystem fs = home_and_factsheets();
  fs.write_file("site/content/summaries/_index.md", "---\ntitle: Summaries\nsummary: S\n---\n");
  fs.write_file("site/content/factsheets/ready.md",
                "---\ntitle: T\nsummary: S\ndate: 2020-01-31\nsource: [\"TODO: report ids\"]\nthemes: [t]\norder: 1\n---\n");
  core::Diagnostics diagnostics;
  content::load_site_content(fs, "site", english_and_spanish(), diagnostics);
  CHECK(diagnostics.format_all() ==
        "site/content/factsheets/ready.md:5:10: error: placeholder \"TODO: report ids\" in \"source\": replace it, or "
        "keep \"draft: true\" until it is filled in\nsource: [\"TODO: report ids\"]\n         ^\n");
}
