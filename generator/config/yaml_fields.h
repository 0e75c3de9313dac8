// Reading YAML mappings with located errors: the one adapter from yaml-cpp marks to diagnostics.
#pragma once

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostics.h"
#include "core/source_file.h"

namespace press::config {

/// Reads fields of one YAML mapping, reporting each problem at its line and column.
/// `line_offset` shifts yaml-cpp's marks when the YAML starts inside a larger file.
class YamlFields {
 public:
  YamlFields(const core::SourceFile& file, int line_offset, core::Diagnostics& diagnostics)
      : file_(file), line_offset_(line_offset), diagnostics_(diagnostics) {}

  /// Parses `text` as one YAML document that must be a mapping; reports syntax errors.
  std::optional<YAML::Node> parse_mapping(const std::string& text, int fallback_line);
  /// Reports every key of `map` that is not in `known`, naming the expected keys.
  void check_keys(const YAML::Node& map, std::initializer_list<const char*> known);
  /// A required scalar; reports it missing (at `missing_line`) or not a string.
  std::optional<std::string> string(const YAML::Node& map, const char* key, int missing_line);
  /// A required non-negative integer.
  std::optional<int> integer(const YAML::Node& map, const char* key, int missing_line);
  /// A required non-negative number, fractions allowed.
  std::optional<double> number(const YAML::Node& map, const char* key, int missing_line);
  /// A required date written as YYYY-MM-DD (checked for a real calendar day).
  std::optional<std::string> date(const YAML::Node& map, const char* key, int missing_line);
  /// A required list of strings (a single string is accepted as a list of one).
  std::optional<std::vector<std::string>> string_list(const YAML::Node& map, const char* key,
                                                      int missing_line);
  /// An optional `true` or `false`; false when the key is absent. Any other value is reported.
  std::optional<bool> flag(const YAML::Node& map, const char* key);
  /// The line and character column of `node` in the file.
  std::pair<int, int> position_of(const YAML::Node& node) const;
  void error_at(const YAML::Node& node, std::string message);
  void error_at_key(const YAML::Node& map, const char* key, std::string message);

 private:
  std::optional<double> non_negative(const YAML::Node& map, const char* key, int missing_line, bool whole);
  int line_of(const YAML::Mark& mark) const { return mark.line + 1 + line_offset_; }
  const core::SourceFile& file_;
  int line_offset_;
  core::Diagnostics& diagnostics_;
};

/// True for a valid calendar date in the form YYYY-MM-DD.
bool is_iso_date(const std::string& text);

}  // namespace press::config
