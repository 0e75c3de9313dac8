#include "i18n/terminology.h"

#include "core/content_hash.h"
#include "core/file_system.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <filesystem>
#include <memory>
#include <set>

#include "config/yaml_fields.h"

namespace press::i18n {

namespace {

// Case-folded UTF-16 text with a map back to UTF-8 byte offsets of the original.
struct Folded {
  icu::UnicodeString text;
  std::vector<size_t> byte_of;  // per UTF-16 unit of `text`, its byte offset in the input
};

Folded fold(std::string_view utf8) {
  Folded out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const int32_t length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    const size_t start = static_cast<size_t>(i);
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) c = 0xFFFD;
    // Simple case folding maps one code point to one, so offsets map one to one.
    const UChar32 folded = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    out.text.append(folded);
    out.byte_of.push_back(start);
    if (folded > 0xFFFF) out.byte_of.push_back(start);  // a surrogate pair: two units
  }
  out.byte_of.push_back(utf8.size());
  return out;
}

icu::UnicodeString fold_term(const std::string& term) { return fold(term).text; }

}  // namespace

Terminology::Terminology(std::string locale, std::vector<TermRule> rules)
    : locale_(std::move(locale)), rules_(std::move(rules)) {}

std::vector<TermMatch> Terminology::find(std::string_view text) const {
  std::vector<TermMatch> matches;
  if (rules_.empty() || text.empty()) return matches;
  const Folded folded = fold(text);
  // Most texts hold no listed term: find candidates first, and segment words only if there are.
  bool candidate = false;
  for (const auto& rule : rules_) {
    for (const auto& form : rule.forms) candidate = candidate || folded.text.indexOf(fold_term(form)) >= 0;
  }
  if (!candidate) return matches;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::forLanguageTag(locale_, status), status));
  if (U_FAILURE(status)) return matches;
  words->setText(folded.text);
  std::set<int32_t> boundaries;
  for (int32_t b = words->first(); b != icu::BreakIterator::DONE; b = words->next()) boundaries.insert(b);
  for (const auto& rule : rules_) {
    for (const auto& form : rule.forms) {
      const icu::UnicodeString needle = fold_term(form);
      for (int32_t at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at + 1)) {
        int32_t end = at + needle.length();
        if (!boundaries.count(at) || (!rule.prefix && !boundaries.count(end))) continue;
        // A stem match reports the whole word it starts ("наркоманам", not "наркоман").
        if (rule.prefix) end = *boundaries.lower_bound(end);
        matches.push_back({folded.byte_of[at], folded.byte_of[end] - folded.byte_of[at], &rule});
      }
    }
  }
  std::sort(matches.begin(), matches.end(), [](const auto& a, const auto& b) { return a.offset < b.offset; });
  // A shorter form inside a longer match ("abuse" in "drug abuse") is the same finding.
  std::vector<TermMatch> distinct;
  for (const auto& m : matches) {
    if (!distinct.empty() && m.offset < distinct.back().offset + distinct.back().length) continue;
    distinct.push_back(m);
  }
  return distinct;
}

void Terminology::report(std::string_view text, const core::SourceFile& file, int line, int column,
                         core::Diagnostics& diagnostics) const {
  for (const auto& match : find(text)) {
    // Place the caret on the match: count lines and characters from where `text` starts.
    int at_line = line, at_column = column;
    for (size_t i = 0; i < match.offset; ++i) {
      if (text[i] == '\n') {
        ++at_line;
        at_column = 1;
      } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
        ++at_column;
      }
    }
    const std::string found(text.substr(match.offset, match.length));
    diagnostics.warning(file, at_line, at_column,
                        "\"" + found + "\" is stigmatising; prefer \"" + match.rule->prefer + "\"");
  }
}

std::string Terminology::key() const {
  core::ContentHash hash;
  hash.add(locale_);
  for (const auto& rule : rules_) {
    hash.add(rule.forms.size());
    for (const auto& form : rule.forms) hash.add(form);
    hash.add(rule.prefer).add(rule.reason).add(uint64_t{rule.prefix});
  }
  return hash.hex();
}

std::optional<Terminology> load_terminology(const std::string& path, const std::string& locale,
                                            core::Diagnostics& diagnostics) {
  auto text = core::DiskFileSystem().read_file(path);
  if (!text) return Terminology(locale, {});  // a language without a list has nothing to check
  const core::SourceFile file(path, std::move(*text));
  const int errors_before = diagnostics.error_count();
  config::YamlFields fields(file, 0, diagnostics);
  auto root = fields.parse_mapping(file.text(), 1);
  if (!root) return std::nullopt;
  fields.check_keys(*root, {"terms"});
  std::vector<TermRule> rules;
  const YAML::Node terms = (*root)["terms"];
  if (!terms || !terms.IsSequence()) {
    diagnostics.error(file, 1, 1, "expected \"terms:\", a list of entries with term, prefer and reason");
    return std::nullopt;
  }
  for (const auto& entry : terms) {
    if (!entry.IsMap()) {
      fields.error_at(entry, "each term needs \"term\", \"prefer\" and \"reason\"");
      continue;
    }
    fields.check_keys(entry, {"term", "forms", "prefer", "reason", "prefix"});
    const int line = entry.Mark().line + 1;
    TermRule rule;
    if (auto term = fields.string(entry, "term", line)) rule.forms.push_back(*term);
    if (entry["forms"]) {
      for (auto& form : fields.string_list(entry, "forms", line).value_or(std::vector<std::string>{})) {
        rule.forms.push_back(form);
      }
    }
    rule.prefer = fields.string(entry, "prefer", line).value_or("");
    rule.reason = fields.string(entry, "reason", line).value_or("");
    rule.prefix = entry["prefix"] && entry["prefix"].as<std::string>("") == "true";
    rules.push_back(std::move(rule));
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return Terminology(locale, std::move(rules));
}

}  // namespace press::i18n
