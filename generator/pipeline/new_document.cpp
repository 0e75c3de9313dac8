#include "pipeline/new_document.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <ostream>

#include "config/site_config.h"
#include "content/site_content.h"
#include "core/contained_path.h"
#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/project_links.h"

namespace press::pipeline {

namespace {

constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

bool is_lowercase_or_digit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// The first character of `text` at `at`, whole: a non-ASCII one is several bytes.
std::string_view character_at(std::string_view text, size_t at) {
  size_t end = at + 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return text.substr(at, end - at);
}

// What is wrong with a slug, for the message: "has a space", "starts with a hyphen"…
std::string slug_problem(std::string_view slug) {
  if (slug.front() == '-') return "starts with a hyphen";
  if (slug.back() == '-') return "ends with a hyphen";
  for (size_t i = 0; i < slug.size(); ++i) {
    const char c = slug[i];
    if (is_lowercase_or_digit(c)) continue;
    if (c == '-') {
      if (slug[i + 1] == '-') return "has two hyphens in a row";
      continue;
    }
    if (c >= 'A' && c <= 'Z') return std::string("has a capital letter, \"") + c + "\"";
    if (c == ' ') return "has a space";
    return "has \"" + core::escape_control_characters(character_at(slug, i)) + "\"";
  }
  if (slug.size() > kMaxSlugLength) {
    return "is " + std::to_string(slug.size()) + " characters long, more than " + std::to_string(kMaxSlugLength);
  }
  return {};
}

void add_comma_list(std::string& out, const std::vector<std::string>& items) {
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
}

// The highest `order` among the section's documents, drafts included, plus one.
int next_order(const content::SiteContent& content, const std::string& section) {
  int highest = 0;
  for (const auto& s : content.sections) {
    if (s.id != section) continue;
    for (const auto& page : s.documents) highest = std::max(highest, page.front.order);
  }
  return highest + 1;
}

}  // namespace

std::string section_of_kind(std::string_view kind) {
  if (kind == "factsheet") return "factsheets";
  if (kind == "summary") return "summaries";
  return {};
}

std::string refuse_slug(std::string_view slug) {
  const std::string problem = slug.empty() ? "is empty" : slug_problem(slug);
  if (problem.empty()) return {};
  const std::string shown = slug.size() > 40 ? std::string(slug.substr(0, 40)) + "…" : std::string(slug);
  return "the slug \"" + core::escape_control_characters(shown) + "\" " + problem +
         "; use lowercase letters a-z, digits and single hyphens between words, such as harm-reduction-in-prisons";
}

std::string title_from_slug(std::string_view slug) {
  std::string title(slug);
  std::replace(title.begin(), title.end(), '-', ' ');
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') title[0] = static_cast<char>(title[0] - 'a' + 'A');
  return title;
}

std::string render_new_document(const NewDocument& document) {
  // The placeholders are quoted texts, so the file parses as it is and builds with --drafts;
  // the comments name the ids press.yaml allows, so the writer need not look them up.
  std::string out = "---\ntitle: \"" + document.title + "\"\n";
  out += "summary: \"TODO: one or two plain sentences on what the page covers\"\n";
  out += "date: " + document.date + "\n";
  out += "# report ids from press.yaml, main report first: ";
  add_comma_list(out, document.report_ids);
  out += "\nsource: [\"TODO: report ids\"]\n";
  out += "# theme ids from press.yaml: ";
  add_comma_list(out, document.theme_ids);
  out += "\nthemes: [\"TODO: theme ids\"]\n";
  out += "order: " + std::to_string(document.order) + "\n";
  out += "# a draft is left out of press build; remove this line to publish it\n";
  out += "draft: true\n---\n\n";
  return out;
}

std::string local_date_today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  ::localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

int new_document(const std::string& root, std::string_view kind, std::string_view slug, const std::string& today,
                 std::ostream& out, std::ostream& err) {
  const std::string section = section_of_kind(kind);
  if (section.empty()) {
    err << "error: \"" << core::escape_control_characters(kind)
        << "\" is not a kind of document; expected factsheet or summary\n";
    return kExitUsage;
  }
  if (const std::string refused = refuse_slug(slug); !refused.empty()) {
    err << "error: " << refused << '\n';
    return kExitUsage;
  }
  if (!std::filesystem::is_regular_file(core::join_path(root, "press.yaml"))) {
    err << "error: " << (root == "." ? "this folder" : "\"" + root + "\"")
        << " has no press.yaml; run press new in the project folder, or give it with --source\n";
    return kExitUsage;
  }
  core::Diagnostics diagnostics;
  const core::DiskFileSystem disk;
  auto config = core::check_links_stay_inside(root, diagnostics) ? config::load_site_config(disk, root, diagnostics)
                                                                  : std::nullopt;
  if (!config) {
    err << diagnostics.format_all();
    return kExitFailed;
  }
  // Other documents' problems are for press check to report; here only their order counts.
  core::Diagnostics others;
  const content::SiteContent content =
      content::load_site_content(disk, root, *config, others, nullptr, content::Drafts::included);
  NewDocument document{title_from_slug(slug), today, next_order(content, section), {}, {}};
  for (const auto& report : config->reports) document.report_ids.push_back(report.id);
  for (const auto& theme : config->themes) document.theme_ids.push_back(theme.id);

  const std::optional<std::string> contained =
      core::contained_path(root, "content/" + section + "/" + std::string(slug) + ".md");
  if (!contained) {
    err << "error: the slug \"" << slug << "\" would lead out of content/" << section << "/\n";
    return 2;
  }
  const std::string& path = *contained;
  switch (core::create_new_file(path, render_new_document(document))) {
    case core::NewFile::exists:
      err << "error: " << path << " already exists; press new never writes over a file: edit it, "
          << "or choose another slug\n";
      return kExitUsage;
    case core::NewFile::failed:
      err << "error: cannot write " << path << '\n';
      return kExitFailed;
    case core::NewFile::created:
      break;
  }
  out << "wrote " << path << ", a draft: press build leaves it out until \"draft: true\" is removed\n"
      << "next: edit it, then preview with press serve; press check names each \"TODO:\" still to fill in\n";
  return 0;
}

}  // namespace press::pipeline
