// press new: a new fact sheet or summary, written as a draft with placeholders to fill in.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace press::pipeline {

/// The content folder a kind of document goes to: "factsheet" → "factsheets", "summary" →
/// "summaries"; empty for any other kind.
std::string section_of_kind(std::string_view kind);

/// Why `slug` cannot name a new document, or empty when it can. A slug becomes the page's
/// address in every language, so it is lowercase ASCII letters and digits in words joined by
/// single hyphens ([a-z0-9]+(-[a-z0-9]+)*), at most `kMaxSlugLength` characters.
std::string refuse_slug(std::string_view slug);
inline constexpr size_t kMaxSlugLength = 80;

/// The title a slug suggests, in sentence case as the site's titles are written:
/// "harm-reduction-in-prisons" → "Harm reduction in prisons".
std::string title_from_slug(std::string_view slug);

/// What a new document starts with.
struct NewDocument {
  std::string title;
  std::string date;  // YYYY-MM-DD
  int order = 1;
  std::vector<std::string> report_ids;  // press.yaml's, named in a comment to choose from
  std::vector<std::string> theme_ids;
};

/// The file's text: front matter with `draft: true`, and "TODO:" placeholders for the summary,
/// the source reports and the themes, which `press check` names until they are replaced.
std::string render_new_document(const NewDocument& document);

/// Today in local time, as YYYY-MM-DD.
std::string local_date_today();

/// `press new <kind> <slug>`: writes `<root>/content/<section>/<slug>.md` dated `today`, ordered
/// after the section's last document, and prints its path and what to do next. Never writes
/// over an existing file. Returns the exit status: 0 written, 1 when the project cannot be read
/// or the file cannot be written, 2 on a bad kind or slug, no press.yaml, or a file already there.
int new_document(const std::string& root, std::string_view kind, std::string_view slug, const std::string& today,
                 std::ostream& out, std::ostream& err);

}  // namespace press::pipeline
