// Glossary: the terms the pages use, each defined once in plain language (content/glossary.yaml).
// Its texts are translated through their own catalog (translations/<locale>/glossary.po); its
// abbreviations are marked on every page where they are first used.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/source_file.h"

namespace press::content {

inline constexpr const char* kGlossaryFile = "content/glossary.yaml";

struct GlossaryEntry {
  std::string id;          // the entry's anchor on the glossary page: "opioid-substitution-therapy"
  std::string term;        // "Opioid substitution therapy"
  std::string abbr;        // "OST"; empty for a term without one
  std::string definition;  // one or two plain sentences
  int line = 0;            // of its `id` in the file
};

struct Glossary {
  std::vector<GlossaryEntry> entries;  // in the file's order
  std::shared_ptr<const core::SourceFile> source;  // null when the project has no glossary
  /// The entry whose abbreviation is `abbr`, or null.
  const GlossaryEntry* find_abbr(std::string_view abbr) const;
};

/// Reads content/glossary.yaml, if there is one: a mapping with `terms:`, a list of entries
/// with `id` (lowercase letters, digits and hyphens), `term`, `definition` and an optional `abbr`
/// (letters and digits, at least two). Each problem is reported at its line and column; entries
/// with problems are left out.
Glossary load_glossary(const core::FileSystem& fs, const std::string& root, core::Diagnostics& diagnostics);

/// The glossary in `file` (its text already checked as UTF-8), as load_glossary reads it.
Glossary parse_glossary(std::shared_ptr<const core::SourceFile> file, core::Diagnostics& diagnostics);

}  // namespace press::content
