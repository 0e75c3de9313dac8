// Front matter: the YAML block at the top of a content file, checked against press.yaml.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/site_config.h"
#include "core/diagnostics.h"
#include "core/source_file.h"

namespace press::content {

/// Home and section introductions carry only a title and summary; documents carry all fields.
enum class PageKind { home, section, document };

/// A value `press new` wrote for the writer to replace: a text starting with "TODO:" in
/// `title` or `summary`, or an item of `source` or `themes`.
struct Placeholder {
  std::string field;  // "summary", "source"…
  std::string text;   // as written, "TODO: …"
  int line = 0;
  int column = 0;
};

/// Whether a text is a placeholder: it starts with "TODO:".
bool is_placeholder(std::string_view text);

struct FrontMatter {
  std::string title;
  std::string summary;
  std::string date;                  // YYYY-MM-DD; documents only
  std::vector<std::string> sources;  // report ids, main one first; placeholders kept as written
  std::vector<std::string> themes;   // theme ids; placeholders kept as written
  int order = 0;
  bool draft = false;  // `draft: true`: left out of a build unless drafts are asked for
  std::vector<Placeholder> placeholders;  // in the order they appear
  size_t body_offset = 0;  // byte offset of the Markdown body in the file
  int body_line = 1;       // 1-based line where the body starts
};

/// Parses the `---` delimited front matter at the top of `file`. Reports every problem
/// (syntax, unknown or missing keys, unknown report or theme ids, a `draft` that is not true
/// or false) and returns nothing if any. Placeholders are not problems here: they are kept in
/// `placeholders`, not checked as ids, and reported by `check_placeholders`.
std::optional<FrontMatter> parse_front_matter(const core::SourceFile& file, PageKind kind,
                                              const config::SiteConfig& config,
                                              core::Diagnostics& diagnostics);

/// Reports each placeholder left in `front`, at its line and column in `file`: a warning in a
/// draft, an error in a document about to be published.
void check_placeholders(const core::SourceFile& file, const FrontMatter& front, core::Diagnostics& diagnostics);

}  // namespace press::content
