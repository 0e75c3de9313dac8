// Front matter: the YAML block at the top of a content file, checked against press.yaml.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "core/diagnostics.h"
#include "core/source_file.h"

namespace press::content {

/// Home and section introductions carry only a title and summary; documents carry all fields.
enum class PageKind { home, section, document };

struct FrontMatter {
  std::string title;
  std::string summary;
  std::string date;                  // YYYY-MM-DD; documents only
  std::vector<std::string> sources;  // report ids, main one first
  std::vector<std::string> themes;   // theme ids
  int order = 0;
  size_t body_offset = 0;  // byte offset of the Markdown body in the file
  int body_line = 1;       // 1-based line where the body starts
};

/// Parses the `---` delimited front matter at the top of `file`. Reports every problem
/// (syntax, unknown or missing keys, unknown report or theme ids) and returns nothing if any.
std::optional<FrontMatter> parse_front_matter(const core::SourceFile& file, PageKind kind,
                                              const config::SiteConfig& config,
                                              core::Diagnostics& diagnostics);

}  // namespace press::content
