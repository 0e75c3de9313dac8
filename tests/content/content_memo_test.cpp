// The content memo: unchanged files are not read again and keep their parsed front matter,
// and nothing it keeps can hide an error, a change, or outlive the ids press.yaml allows.
#include "content/content_memo.h"

#include <catch2/catch.hpp>

#include "content/site_content.h"
#include "temp_dir.h"

using namespace press;

namespace {

config::SiteConfig site_config() {
  config::SiteConfig config;
  config.source_locale = "en";
  config.locales = {"en"};
  config.reports.push_back({"r", "R", "2020-01-31"});
  config.themes.push_back({"t", "T"});
  return config;
}

// A title over two lines (a YAML folded block), a colon and non-Latin text: the memo keeps
// every character.
const char* kDocument =
    "---\ntitle: >-\n  Harm reduction:\n  under 18\nsummary: \"Сводка: two lines\\nhere\"\ndate: 2020-01-31\n"
    "source: [r]\nthemes: [t]\norder: 4\n---\nBody\n";

core::MemoryFileSystem project(const std::string& document) {
  core::MemoryFileSystem fs;
  fs.write_file("site/content/index.md", "---\ntitle: Home\nsummary: S\n---\nHi\n");
  fs.write_file("site/content/factsheets/_index.md", "---\ntitle: Fact sheets\nsummary: S\n---\n");
  fs.write_file("site/content/summaries/_index.md", "---\ntitle: Summaries\nsummary: S\n---\n");
  fs.write_file("site/content/factsheets/a.md", document);
  return fs;
}

// Counts the reads of a memory file system, to see which files a load opens.
class CountingFileSystem final : public core::FileSystem {
 public:
  explicit CountingFileSystem(core::MemoryFileSystem& files) : files_(files) {}
  std::optional<std::string> read_file(const std::string& path) const override {
    ++reads[path];
    return files_.read_file(path);
  }
  bool write_file(const std::string& path, std::string_view bytes) override { return files_.write_file(path, bytes); }
  std::vector<std::string> list_files_unsorted(const std::string& dir) const override {
    return files_.list_files_unsorted(dir);
  }
  bool is_directory(const std::string& path) const override { return files_.is_directory(path); }
  std::optional<core::FileStamp> stamp(const std::string& path) const override { return files_.stamp(path); }
  mutable std::map<std::string, int> reads;

 private:
  core::MemoryFileSystem& files_;
};

content::SiteContent load(const core::FileSystem& fs, const content::ContentMemo& memo,
                          core::Diagnostics& diagnostics, const config::SiteConfig& config = site_config()) {
  return content::load_site_content(fs, "site", config, diagnostics, &memo);
}

// Loads the project once with a new memo at `dir`/memo, and gives the document's file key.
std::string first_load(const TempDir& dir, const core::FileSystem& fs) {
  core::Diagnostics diagnostics;
  return load(fs, content::ContentMemo(dir.file("memo"), site_config()), diagnostics).sections[1].documents.at(0).file_key;
}

}  // namespace

TEST_CASE("front matter read back from the memo is the front matter parsed", "[content][memo]") {
  TempDir dir("content-memo");
  const auto fs = project(kDocument);
  core::Diagnostics diagnostics;
  const auto parsed = load(fs, content::ContentMemo(dir.file("memo"), site_config()), diagnostics);
  REQUIRE(diagnostics.error_count() == 0);
  const content::ContentMemo memo(dir.file("memo"), site_config());
  const content::Page& page = parsed.sections[1].documents.at(0);
  const auto kept = memo.find(page.file_key);
  REQUIRE(kept);
  CHECK(kept->title == "Harm reduction: under 18");
  CHECK(kept->summary == "Сводка: two lines\nhere");
  CHECK(kept->title == page.front.title);
  CHECK(kept->date == "2020-01-31");
  CHECK(kept->sources == std::vector<std::string>{"r"});
  CHECK(kept->themes == std::vector<std::string>{"t"});
  CHECK(kept->order == 4);
  CHECK(kept->body_offset == page.front.body_offset);
  CHECK(kept->body_line == 11);
  const auto again = load(fs, memo, diagnostics);
  CHECK(again.sections[1].documents.at(0).body() == "Body\n");
}

TEST_CASE("a file with a problem is reported on every load, memo or not", "[content][memo]") {
  TempDir dir("content-memo-errors");
  const auto fs = project("---\ntitle: T\nsummary: S\ndate: 2020-01-31\nsource: [nope]\nthemes: [t]\norder: 1\n---\nBody\n");
  for (int run = 0; run < 2; ++run) {
    core::Diagnostics diagnostics;
    load(fs, content::ContentMemo(dir.file("memo"), site_config()), diagnostics);
    INFO(diagnostics.format_all());
    CHECK(diagnostics.error_count() == 1);
    CHECK(diagnostics.format_all().find("unknown report \"nope\"") != std::string::npos);
  }
}

TEST_CASE("front matter kept under other report ids is not used", "[content][memo]") {
  TempDir dir("content-memo-config");
  const auto fs = project(kDocument);
  const std::string key = first_load(dir, fs);
  core::Diagnostics diagnostics;
  config::SiteConfig without_report = site_config();
  without_report.reports.clear();
  CHECK_FALSE(content::ContentMemo(dir.file("memo"), without_report).find(key));
  // So the page is checked again, and the report it names no longer exists.
  load(fs, content::ContentMemo(dir.file("memo"), without_report), diagnostics, without_report);
  CHECK(diagnostics.error_count() == 1);
}

TEST_CASE("a damaged memo is ignored", "[content][memo]") {
  TempDir dir("content-memo-damaged");
  const auto fs = project(kDocument);
  const std::string key = first_load(dir, fs);
  std::string bytes = TempDir::read(dir.file("memo"));
  REQUIRE(content::ContentMemo(dir.file("memo"), site_config()).find(key));
  dir.write("memo", bytes.substr(0, bytes.size() - 20));
  CHECK_FALSE(content::ContentMemo(dir.file("memo"), site_config()).find(key));
  dir.write("memo", bytes.substr(0, bytes.find('\n') + 1) + "99999:short\n");
  CHECK_FALSE(content::ContentMemo(dir.file("memo"), site_config()).find(key));
}

TEST_CASE("a file the memo knows unchanged is read only when its text is needed", "[content][memo]") {
  TempDir dir("content-memo-lazy");
  auto files = project(kDocument);
  CountingFileSystem fs(files);
  const std::string document = "site/content/factsheets/a.md";
  core::Diagnostics diagnostics;
  load(fs, content::ContentMemo(dir.file("memo"), site_config()), diagnostics);
  REQUIRE(fs.reads[document] == 1);

  const auto again = load(fs, content::ContentMemo(dir.file("memo"), site_config()), diagnostics);
  const content::Page& page = again.sections[1].documents.at(0);
  CHECK(fs.reads[document] == 1);
  CHECK(page.front.title == "Harm reduction: under 18");
  CHECK(page.body() == "Body\n");
  CHECK(page.source->line_text(2) == "title: >-");
  CHECK(fs.reads[document] == 2);  // once, when the body was asked for

  // An edited file is read and parsed again, and what the memo knew gives way.
  files.write_file(document, std::string(kDocument).replace(std::string(kDocument).find("order: 4"), 8, "order: 7"));
  const auto edited = load(fs, content::ContentMemo(dir.file("memo"), site_config()), diagnostics);
  CHECK(fs.reads[document] == 3);
  CHECK(edited.sections[1].documents.at(0).front.order == 7);
  CHECK(diagnostics.error_count() == 0);
}

TEST_CASE("an edit appends one record to the memo, and a removed file rewrites it", "[content][memo]") {
  TempDir dir("content-memo-append");
  auto fs = project(kDocument);
  fs.write_file("site/content/factsheets/b.md", kDocument);
  first_load(dir, fs);
  const std::string before = TempDir::read(dir.file("memo"));

  const std::string edited = std::string(kDocument).replace(std::string(kDocument).find("order: 4"), 8, "order: 9");
  fs.write_file("site/content/factsheets/b.md", edited);
  core::Diagnostics diagnostics;
  load(fs, content::ContentMemo(dir.file("memo"), site_config()), diagnostics);
  const std::string after = TempDir::read(dir.file("memo"));
  // What was there stays byte for byte; the one new record follows, and wins when read.
  REQUIRE(after.size() > before.size());
  CHECK(after.compare(0, before.size(), before) == 0);
  const std::string appended = after.substr(before.size());
  CHECK(appended.find("factsheets/b.md") != std::string::npos);
  CHECK(appended.find("factsheets/a.md") == std::string::npos);
  const content::ContentMemo memo(dir.file("memo"), site_config());
  const auto again = load(fs, memo, diagnostics);
  CHECK(again.sections[1].documents.at(1).front.order == 9);
  CHECK(diagnostics.error_count() == 0);

  // A file gone: the memo is written anew, without it.
  fs = project(kDocument);
  load(fs, content::ContentMemo(dir.file("memo"), site_config()), diagnostics);
  const std::string rewritten = TempDir::read(dir.file("memo"));
  CHECK(rewritten.find("factsheets/b.md") == std::string::npos);
  CHECK(rewritten.find("factsheets/a.md") != std::string::npos);
}

TEST_CASE("a memo cut short while a record was appended is ignored", "[content][memo]") {
  TempDir dir("content-memo-cut");
  auto fs = project(kDocument);
  const std::string key = first_load(dir, fs);
  const std::string whole = TempDir::read(dir.file("memo"));
  // Half of a second record, as a machine stopping mid-write would leave it.
  const std::string record = whole.substr(whole.find('\n') + 1);
  dir.write("memo", whole + record.substr(0, record.size() / 2));
  CHECK_FALSE(content::ContentMemo(dir.file("memo"), site_config()).find(key));
  // The next load reads every file again and leaves a whole memo.
  core::Diagnostics diagnostics;
  load(fs, content::ContentMemo(dir.file("memo"), site_config()), diagnostics);
  CHECK(content::ContentMemo(dir.file("memo"), site_config()).find(key));
}

TEST_CASE("a memo whose superseded records would outnumber the live ones is written anew", "[content][memo]") {
  TempDir dir("content-memo-compact");
  auto fs = project(kDocument);
  first_load(dir, fs);
  const std::string whole = TempDir::read(dir.file("memo"));
  // Four files in all: each edit of the document appends a record, until the records would
  // be more than twice the files.
  size_t largest = whole.size();
  for (int edit = 1; edit <= 8; ++edit) {
    const std::string text = std::string(kDocument) + std::string(static_cast<size_t>(edit), '!') + "\n";
    fs.write_file("site/content/factsheets/a.md", text);
    core::Diagnostics diagnostics;
    load(fs, content::ContentMemo(dir.file("memo"), site_config()), diagnostics);
    largest = std::max(largest, TempDir::read(dir.file("memo")).size());
  }
  const std::string after = TempDir::read(dir.file("memo"));
  // It grew while records were appended, then was written whole again: one record per file.
  CHECK(largest > whole.size() + 200);
  CHECK(after.size() < largest);
  size_t records = 0;
  for (size_t at = after.find("site/content/factsheets/a.md"); at != std::string::npos;
       at = after.find("site/content/factsheets/a.md", at + 1)) {
    ++records;
  }
  CHECK(records <= 4);
  core::Diagnostics diagnostics;
  const auto again = load(fs, content::ContentMemo(dir.file("memo"), site_config()), diagnostics);
  CHECK(again.sections[1].documents.at(0).body() == "Body\n" + std::string(8, '!') + "\n");
}

TEST_CASE("the memo keeps a draft and its placeholders, so they are reported on every load", "[content][memo][drafts]") {
  TempDir dir("content-memo-drafts");
  const auto fs = project("---\ntitle: T\nsummary: \"TODO: one sentence\"\ndate: 2020-01-31\nsource: [r]\n"
                          "themes: [\"TODO: theme ids\"]\norder: 1\ndraft: true\n---\nBody\n");
  for (int run = 0; run < 2; ++run) {
    INFO("load " << run + 1);
    core::Diagnostics diagnostics;
    const content::ContentMemo memo(dir.file("memo"), site_config());
    const auto site = content::load_site_content(fs, "site", site_config(), diagnostics, &memo,
                                                 content::Drafts::included);
    const content::Page& page = site.sections[1].documents.at(0);
    CHECK(page.as_remembered == (run == 1));
    CHECK(page.front.draft);
    CHECK(page.front.themes == std::vector<std::string>{"TODO: theme ids"});
    CHECK(diagnostics.format_all() ==
          "site/content/factsheets/a.md:3:10: warning: placeholder \"TODO: one sentence\" in \"summary\": replace it "
          "before publishing\nsummary: \"TODO: one sentence\"\n         ^\n"
          "site/content/factsheets/a.md:6:10: warning: placeholder \"TODO: theme ids\" in \"themes\": replace it "
          "before publishing\nthemes: [\"TODO: theme ids\"]\n         ^\n");
  }
}
