// Terminology: stigmatising terms per language, found by word and reported with what to prefer.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/source_file.h"

namespace press::i18n {

struct TermRule {
  std::vector<std::string> forms;  // the term and its listed forms, as written
  std::string prefer;              // the respectful alternative
  std::string reason;              // one line on why
  bool prefix = false;             // match words that start with a form (inflected languages)
};

/// A match of a rule in a text: byte offset and length, and the rule.
struct TermMatch {
  size_t offset = 0;
  size_t length = 0;
  const TermRule* rule = nullptr;
};

/// The terminology list of one locale, from `translations/<locale>/terminology.yaml`.
class Terminology {
 public:
  Terminology() = default;
  Terminology(std::string locale, std::vector<TermRule> rules);

  /// Every occurrence of a listed term in `text`, case-insensitively, starting and ending on ICU
  /// word boundaries (or only starting on one, for prefix rules), so it works without spaces.
  std::vector<TermMatch> find(std::string_view text) const;
  /// Reports each match in `text`, which starts at `line`:`column` of `file`, as a warning.
  void report(std::string_view text, const core::SourceFile& file, int line, int column,
              core::Diagnostics& diagnostics) const;
  bool empty() const { return rules_.empty(); }
  const std::string& locale() const { return locale_; }
  /// A content hash of the list: the same key, the same findings in the same text.
  std::string key() const;

 private:
  std::string locale_;
  std::vector<TermRule> rules_;
};

/// Reads a terminology file; reports YAML problems at their line and column.
std::optional<Terminology> load_terminology(const std::string& path, const std::string& locale,
                                            core::Diagnostics& diagnostics);

}  // namespace press::i18n
