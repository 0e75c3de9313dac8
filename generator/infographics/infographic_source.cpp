#include "infographics/infographic_source.h"

#include <algorithm>
#include <cmath>

#include "config/yaml_fields.h"
#include "core/input_limits.h"
#include "core/text_encoding.h"
#include "core/unicode_text.h"
#include "i18n/message_checks.h"

namespace press::infographics {

namespace {

constexpr std::pair<const char*, ChartType> kTypes[] = {{"key figures", ChartType::key_figures},
                                                        {"bar chart", ChartType::bar_chart},
                                                        {"part of whole", ChartType::part_of_whole},
                                                        {"timeline", ChartType::timeline}};
constexpr std::pair<const char*, ValueUnit> kUnits[] = {
    {"count", ValueUnit::count}, {"percent", ValueUnit::percent}, {"years", ValueUnit::years}};
constexpr std::pair<const char*, Qualifier> kQualifiers[] = {
    {"exact", Qualifier::exact}, {"about", Qualifier::about}, {"over", Qualifier::over}, {"up to", Qualifier::up_to}};

template <typename T, size_t N>
std::optional<T> lookup(const std::pair<const char*, T> (&table)[N], const std::string& key) {
  for (const auto& [name, value] : table) {
    if (key == name) return value;
  }
  return std::nullopt;
}

template <typename T, size_t N>
std::string names(const std::pair<const char*, T> (&table)[N]) {
  std::string out;
  for (const auto& entry : table) out += (out.empty() ? "\"" : ", \"") + std::string(entry.first) + "\"";
  return out;
}

// Timeline dates: a month (YYYY-MM) or a day (YYYY-MM-DD).
bool is_event_date(const std::string& text) {
  if (text.size() == 10) return config::is_iso_date(text);
  return text.size() == 7 && config::is_iso_date(text + "-01");
}

class Reader {
 public:
  Reader(const core::SourceFile& file, const config::SiteConfig& config, core::Diagnostics& diagnostics)
      : file_(file), config_(config), diagnostics_(diagnostics), fields_(file, 0, diagnostics) {}

  std::optional<Infographic> read(std::string name) {
    const int errors_before = diagnostics_.error_count();
    auto root = fields_.parse_mapping(file_.text(), 1);
    if (!root) return std::nullopt;
    fields_.check_keys(*root, {"type", "title", "description", "unit", "order", "source", "data"});
    Infographic out;
    out.name = std::move(name);
    out.type = choice(*root, "type", kTypes).value_or(ChartType::key_figures);
    out.title = message(*root, "title");
    out.description = message(*root, "description");
    if ((*root)["unit"]) unit_ = choice(*root, "unit", kUnits).value_or(ValueUnit::count);
    if ((*root)["order"]) {
      const std::string order = fields_.string(*root, "order", 1).value_or("");
      if (order == "largest first") {
        out.largest_first = true;
      } else if (order != "as given") {
        fields_.error_at((*root)["order"], "\"order\" is \"largest first\" or \"as given\", not \"" + order + "\"");
      }
    }
    out.sources = fields_.string_list(*root, "source", 1).value_or(std::vector<std::string>{});
    for (const auto& id : out.sources) {
      if (!config_.find_report(id)) fields_.error_at((*root)["source"], "unknown report \"" + id + "\" in press.yaml");
    }
    read_data(*root, out);
    if (diagnostics_.error_count() > errors_before) return std::nullopt;
    return out;
  }

 private:
  template <typename T, size_t N>
  std::optional<T> choice(const YAML::Node& map, const char* key, const std::pair<const char*, T> (&table)[N]) {
    auto text = fields_.string(map, key, 1);
    if (!text) return std::nullopt;
    auto value = lookup(table, *text);
    if (!value) {
      fields_.error_at(map[key], std::string("\"") + key + "\" is one of " + names(table) + ", not \"" + *text + "\"");
    }
    return value;
  }

  // A translatable text: it must parse as ICU MessageFormat and may use only the value, {n}.
  std::string message(const YAML::Node& map, const char* key, int missing_line = 1) {
    auto text = fields_.string(map, key, missing_line);
    if (!text) return {};
    const i18n::PatternInfo info = i18n::inspect_pattern(*text);
    if (!info.error.empty()) {
      fields_.error_at(map[key], std::string("\"") + key + "\" is not valid ICU MessageFormat (" + info.error +
                                     " at character " + std::to_string(info.offset + 1) + ")");
    }
    for (const auto& argument : info.arguments) {
      if (argument != "n") {
        fields_.error_at(map[key], std::string("\"") + key + "\" uses {" + argument +
                                       "}; the only argument is the value, {n}");
      }
    }
    return core::to_nfc(*text);
  }

  void read_data(const YAML::Node& root, Infographic& out) {
    const YAML::Node data = root["data"];
    if (!data || !data.IsSequence() || data.size() == 0) {
      if (data) fields_.error_at(data, "\"data\" must be a list of values");
      else diagnostics_.error(file_, 1, 1, "missing required key \"data\": a list of values");
      return;
    }
    if (data.size() > kMaxChartItems) {
      fields_.error_at(data, "\"data\" has " + std::to_string(data.size()) + " items; a chart shows at most " +
                                 std::to_string(kMaxChartItems) + ": split it or keep the largest");
      return;
    }
    for (const auto& item : data) {
      if (!item.IsMap()) {
        fields_.error_at(item, "each item of \"data\" needs a \"label\" and a \"value\" (or a \"date\")");
        continue;
      }
      DataPoint point;
      point.line = item.Mark().line + 1;
      if (out.type == ChartType::timeline) {
        fields_.check_keys(item, {"label", "date"});
        point.date = fields_.string(item, "date", point.line).value_or("");
        if (!point.date.empty() && !is_event_date(point.date)) {
          fields_.error_at(item["date"], "\"date\" must be YYYY-MM or YYYY-MM-DD, not \"" + point.date + "\"");
        }
      } else {
        fields_.check_keys(item, {"label", "value", "qualifier", "unit"});
        point.value = fields_.number(item, "value", point.line).value_or(0);
        if (!(std::fabs(point.value) <= kMaxChartValue)) {  // also NaN
          fields_.error_at(item["value"], "a value is a finite number of at most a trillion (1e12) either way");
          point.value = 0;
        }
        if (item["qualifier"]) point.qualifier = choice(item, "qualifier", kQualifiers).value_or(Qualifier::exact);
        point.unit = item["unit"] ? choice(item, "unit", kUnits).value_or(unit_) : unit_;
        if (point.unit == ValueUnit::percent && point.value > 100) {
          fields_.error_at(item["value"], "a percentage is at most 100");
        }
      }
      point.label = message(item, "label", point.line);
      out.data.push_back(std::move(point));
    }
  }

  const core::SourceFile& file_;
  const config::SiteConfig& config_;
  core::Diagnostics& diagnostics_;
  config::YamlFields fields_;
  ValueUnit unit_ = ValueUnit::count;  // the chart's
};

}  // namespace

const char* chart_type_name(ChartType type) {
  for (const auto& [name, value] : kTypes) {
    if (value == type) return name;
  }
  return "";
}

std::optional<Infographic> parse_infographic(std::unique_ptr<core::SourceFile> file, std::string name,
                                             const config::SiteConfig& config,
                                             core::Diagnostics& diagnostics) {
  auto infographic = Reader(*file, config, diagnostics).read(std::move(name));
  if (infographic) infographic->source = std::move(file);
  return infographic;
}

Infographics load_infographics(const core::FileSystem& fs, const std::string& root,
                               const config::SiteConfig& config, core::Diagnostics& diagnostics) {
  Infographics all;
  const std::string dir = core::join_path(core::join_path(root, "content"), "infographics");
  for (const auto& file_name : fs.list_files(dir)) {
    const std::string suffix = ".yaml";
    if (file_name.size() <= suffix.size() || file_name.compare(file_name.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    const std::string path = core::join_path(dir, file_name);
    auto text = core::read_within_limit(fs, path, core::kMaxChartFileBytes, "this infographic", diagnostics);
    if (!text) {
      continue;
    }
    if (!core::check_encoding(core::SourceFile(path, *text), diagnostics)) continue;
    std::string name = file_name.substr(0, file_name.size() - suffix.size());
    auto file = std::make_unique<core::SourceFile>(path, core::to_nfc(std::move(*text)));
    if (auto infographic = parse_infographic(std::move(file), name, config, diagnostics)) {
      all.emplace(std::move(name), std::move(*infographic));
    }
  }
  return all;
}

}  // namespace press::infographics
