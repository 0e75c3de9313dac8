#include "config/yaml_fields.h"

#include <cmath>
#include <limits>
#include <set>

namespace press::config {

namespace {

std::string expected_list(std::initializer_list<const char*> known) {
  std::string list;
  for (const char* k : known) {
    if (!list.empty()) list += ", ";
    list += k;
  }
  return list;
}

// yaml-cpp reports a column in bytes; diagnostics count characters.
int character_column(const core::SourceFile& file, int line, int byte_column) {
  std::string_view text = file.line_text(line);
  return core::count_characters(text.substr(0, std::min<size_t>(byte_column, text.size()))) + 1;
}

}  // namespace

std::optional<YAML::Node> YamlFields::parse_mapping(const std::string& text, int fallback_line) {
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    int line = e.mark.is_null() ? fallback_line : line_of(e.mark);
    int column = e.mark.is_null() ? 1 : character_column(file_, line, e.mark.column);
    diagnostics_.error(file_, line, column, "invalid YAML: " + e.msg);
    return std::nullopt;
  }
  if (!root.IsMap()) {
    diagnostics_.error(file_, fallback_line, 1, "expected a mapping of \"key: value\" lines");
    return std::nullopt;
  }
  return root;
}

void YamlFields::check_keys(const YAML::Node& map, std::initializer_list<const char*> known) {
  std::set<std::string> seen;
  for (const auto& entry : map) {
    const std::string key = entry.first.Scalar();
    bool found = false;
    for (const char* k : known) found = found || key == k;
    if (!found) {
      error_at(entry.first, "unknown key \"" + key + "\"; expected one of " + expected_list(known));
    }
    // yaml-cpp keeps one of two equal keys silently; which one the writer meant is not known.
    if (!seen.insert(key).second) error_at(entry.first, "the key \"" + key + "\" is given twice");
  }
}

std::optional<std::string> YamlFields::string(const YAML::Node& map, const char* key,
                                              int missing_line) {
  const YAML::Node node = map[key];
  if (!node) {
    diagnostics_.error(file_, missing_line, 1, std::string("missing required key \"") + key + "\"");
    return std::nullopt;
  }
  if (!node.IsScalar() || node.Scalar().empty()) {
    error_at(node, std::string("\"") + key + "\" must be a non-empty text");
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<double> YamlFields::non_negative(const YAML::Node& map, const char* key, int missing_line,
                                               bool whole) {
  auto text = string(map, key, missing_line);
  if (!text) return std::nullopt;
  double value = 0;
  size_t used = 0;
  try {
    value = std::stod(*text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  // stod takes "inf" and "nan"; a whole number must fit an int before it is cast to one.
  const bool fits = std::isfinite(value) && value >= 0 &&
                    (!whole || (value <= std::numeric_limits<int>::max() && value == std::floor(value)));
  if (used != text->size() || !fits) {
    error_at(map[key], std::string("\"") + key + "\" must be " + (whole ? "a whole number" : "a number of zero or more") +
                           ", not \"" + *text + "\"");
    return std::nullopt;
  }
  return value;
}

std::optional<int> YamlFields::integer(const YAML::Node& map, const char* key, int missing_line) {
  auto value = non_negative(map, key, missing_line, true);
  return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

std::optional<double> YamlFields::number(const YAML::Node& map, const char* key, int missing_line) {
  return non_negative(map, key, missing_line, false);
}

std::optional<std::string> YamlFields::date(const YAML::Node& map, const char* key,
                                            int missing_line) {
  auto text = string(map, key, missing_line);
  if (!text) return std::nullopt;
  if (!is_iso_date(*text)) {
    error_at(map[key], std::string("\"") + key + "\" must be a date as YYYY-MM-DD, not \"" + *text +
                           "\"");
    return std::nullopt;
  }
  return text;
}

std::optional<std::vector<std::string>> YamlFields::string_list(const YAML::Node& map,
                                                                const char* key, int missing_line) {
  const YAML::Node node = map[key];
  if (!node) {
    diagnostics_.error(file_, missing_line, 1, std::string("missing required key \"") + key + "\"");
    return std::nullopt;
  }
  std::vector<std::string> items;
  if (node.IsScalar() && !node.Scalar().empty()) {
    items.push_back(node.Scalar());
    return items;
  }
  if (!node.IsSequence() || node.size() == 0) {
    error_at(node, std::string("\"") + key + "\" must be a list such as [a, b]");
    return std::nullopt;
  }
  for (const auto& item : node) {
    if (!item.IsScalar()) {
      error_at(item, std::string("each item of \"") + key + "\" must be a text");
      return std::nullopt;
    }
    items.push_back(item.Scalar());
  }
  return items;
}

std::optional<bool> YamlFields::flag(const YAML::Node& map, const char* key) {
  const YAML::Node node = map[key];
  if (!node) return false;
  // Only the two words YAML 1.2 reads as booleans: "yes" or "on" would read as true in YAML 1.1
  // and as text elsewhere, so a writer could not tell which one press saw.
  if (node.IsScalar() && (node.Scalar() == "true" || node.Scalar() == "false")) return node.Scalar() == "true";
  const std::string expected = std::string("\"") + key + "\" must be true or false, not ";
  if (node.IsNull()) {
    error_at_key(map, key, expected + "empty");  // an empty value has no place of its own
  } else {
    error_at(node, expected + (node.IsScalar() ? "\"" + node.Scalar() + "\"" : "a list or mapping"));
  }
  return std::nullopt;
}

std::pair<int, int> YamlFields::position_of(const YAML::Node& node) const {
  const YAML::Mark mark = node.Mark();
  const int line = line_of(mark);
  return {line, character_column(file_, line, mark.column)};
}

void YamlFields::error_at(const YAML::Node& node, std::string message) {
  const auto [line, column] = position_of(node);
  diagnostics_.error(file_, line, column, std::move(message));
}

void YamlFields::error_at_key(const YAML::Node& map, const char* key, std::string message) {
  for (const auto& entry : map) {
    if (entry.first.Scalar() == key) return error_at(entry.first, std::move(message));
  }
}

bool is_iso_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  int year = std::stoi(text.substr(0, 4));
  int month = std::stoi(text.substr(5, 2));
  int day = std::stoi(text.substr(8, 2));
  static const int days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int limit = days_in_month[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= limit;
}

}  // namespace press::config
