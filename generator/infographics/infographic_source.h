// Infographic sources: the YAML files of `content/infographics/`, read and checked once.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/source_file.h"

namespace press::infographics {

enum class ChartType { key_figures, bar_chart, part_of_whole, timeline };
/// What a value counts: a number of things, a share (0-100) or a length of time.
enum class ValueUnit { count, percent, years };
/// How exact a figure is; shown as "about 500", "over 80", "up to 4 years".
enum class Qualifier { exact, about, over, up_to };

/// A chart's items: more than fit a 320 px screen readably, far fewer than break the drawing.
inline constexpr size_t kMaxChartItems = 100;
/// The largest magnitude of a value: exact in a double and an int64, and within every ICU
/// formatter. A trillion is beyond any figure these reports give.
inline constexpr double kMaxChartValue = 1e12;

/// One value (or, on a timeline, one dated event).
struct DataPoint {
  std::string label;  // an ICU MessageFormat pattern and the catalog's msgid; {n} is the value
  double value = 0;
  std::string date;  // timeline events: YYYY-MM or YYYY-MM-DD
  Qualifier qualifier = Qualifier::exact;
  ValueUnit unit = ValueUnit::count;  // the chart's unit unless the item names its own
  int line = 0;
};

struct Infographic {
  std::string name;  // the file name without ".yaml", used in `![](infographics/<name>)`
  std::unique_ptr<core::SourceFile> source;
  ChartType type = ChartType::key_figures;
  std::string title;        // msgid
  std::string description;  // msgid: one or two sentences that say what the chart shows
  bool largest_first = false;        // bar charts: sorted, or in the order given
  std::vector<std::string> sources;  // report ids from press.yaml
  std::vector<DataPoint> data;
};

/// The site's infographics by name.
using Infographics = std::map<std::string, Infographic>;

/// Parses one infographic file; reports every problem at its line and column.
std::optional<Infographic> parse_infographic(std::unique_ptr<core::SourceFile> file, std::string name,
                                             const config::SiteConfig& config,
                                             core::Diagnostics& diagnostics);

/// Reads every `<root>/content/infographics/*.yaml`; broken files are reported and left out.
Infographics load_infographics(const core::FileSystem& fs, const std::string& root,
                               const config::SiteConfig& config, core::Diagnostics& diagnostics);

/// The type's name as written in the YAML ("bar chart").
const char* chart_type_name(ChartType type);

}  // namespace press::infographics
