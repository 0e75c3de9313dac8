#include "config/site_config.h"

#include <unicode/numsys.h>

#include <algorithm>
#include <memory>

#include "config/locale_tag.h"
#include "config/yaml_fields.h"
#include "core/text_encoding.h"

namespace press::config {

const Report* SiteConfig::find_report(const std::string& id) const {
  auto it = std::find_if(reports.begin(), reports.end(), [&](const auto& r) { return r.id == id; });
  return it == reports.end() ? nullptr : &*it;
}

const Theme* SiteConfig::find_theme(const std::string& id) const {
  auto it = std::find_if(themes.begin(), themes.end(), [&](const auto& t) { return t.id == id; });
  return it == themes.end() ? nullptr : &*it;
}

std::string SiteConfig::format_tag(const std::string& locale) const {
  auto it = numbering_systems.find(locale);
  return it == numbering_systems.end() ? locale : locale + "-u-nu-" + it->second;
}

namespace {

bool icu_knows_numbering_system(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::NumberingSystem> system(icu::NumberingSystem::createInstanceByName(name.c_str(), status));
  return U_SUCCESS(status) && system && !system->isAlgorithmic();
}

// `numbering_systems: {ar: latn}`: each key a locale of the site, each value a decimal
// numbering system ICU has.
void parse_numbering_systems(YamlFields& fields, const YAML::Node& root, SiteConfig& config) {
  const YAML::Node systems = root["numbering_systems"];
  if (!systems) return;
  if (!systems.IsMap()) {
    fields.error_at(systems, "\"numbering_systems\" must map locales to numbering systems, such as {ar: latn}");
    return;
  }
  for (const auto& entry : systems) {
    const std::string locale = entry.first.Scalar();
    const std::string system = entry.second.IsScalar() ? entry.second.Scalar() : "";
    if (std::find(config.locales.begin(), config.locales.end(), locale) == config.locales.end()) {
      fields.error_at(entry.first, "\"" + locale + "\" is not one of the locales");
    } else if (!icu_knows_numbering_system(system)) {
      fields.error_at(entry.second, "unknown numbering system \"" + system +
                                        "\"; expected a decimal system ICU has, such as latn, arab or mymr");
    } else {
      config.numbering_systems[locale] = system;
    }
  }
}

// Each locale names folders of the site and of the translations: a tag ICU cannot use, or one
// given twice, is an error at its place in the list.
void check_locale_tags(YamlFields& fields, const YAML::Node& root, const std::vector<std::string>& locales) {
  const YAML::Node list = root["locales"];
  if (!list || !list.IsSequence() || list.size() != locales.size()) return;
  for (size_t i = 0; i < locales.size(); ++i) {
    if (const std::string refused = refuse_locale_tag(locales[i]); !refused.empty()) {
      fields.error_at(list[i], "locale " + refused);
    } else if (std::find(locales.begin(), locales.begin() + static_cast<long>(i), locales[i]) !=
               locales.begin() + static_cast<long>(i)) {
      fields.error_at(list[i], "locale \"" + locales[i] + "\" is listed twice");
    }
  }
}

}  // namespace

std::optional<SiteConfig> parse_site_config(const core::SourceFile& file,
                                            core::Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  YamlFields fields(file, 0, diagnostics);
  auto root = fields.parse_mapping(file.text(), 1);
  if (!root) return std::nullopt;
  fields.check_keys(*root,
                    {"title", "base_url", "source_locale", "locales", "numbering_systems", "theme", "book", "reports",
                     "themes"});

  SiteConfig config;
  config.title = fields.string(*root, "title", 1).value_or("");
  config.base_url = fields.string(*root, "base_url", 1).value_or("/");
  if (config.base_url.back() != '/') config.base_url += '/';
  // Every page links to it (canonical, alternates, feeds): an absolute http(s) URL, nothing else.
  if (config.base_url.rfind("https://", 0) != 0 && config.base_url.rfind("http://", 0) != 0) {
    fields.error_at_key(*root, "base_url", "\"base_url\" must be an absolute http: or https: URL, such as "
                                           "https://example.org/");
  }
  config.source_locale = fields.string(*root, "source_locale", 1).value_or("en");
  config.theme = fields.string(*root, "theme", 1).value_or("default");
  if ((*root)["book"]) config.book = fields.string(*root, "book", 1).value_or("book");
  config.locales = fields.string_list(*root, "locales", 1).value_or(std::vector<std::string>{});
  check_locale_tags(fields, *root, config.locales);
  if (std::find(config.locales.begin(), config.locales.end(), config.source_locale) ==
      config.locales.end()) {
    fields.error_at_key(*root, "locales",
                        "\"locales\" must include the source locale \"" + config.source_locale + "\"");
  }

  parse_numbering_systems(fields, *root, config);

  const YAML::Node reports = (*root)["reports"];
  if (reports && reports.IsMap()) {
    for (const auto& entry : reports) {
      if (!entry.second.IsMap()) {
        fields.error_at(entry.second, "a report needs \"title\" and \"date\"");
        continue;
      }
      fields.check_keys(entry.second, {"title", "date"});
      const int line = entry.first.Mark().line + 1;
      config.reports.push_back({entry.first.Scalar(),
                                fields.string(entry.second, "title", line).value_or(""),
                                fields.date(entry.second, "date", line).value_or("")});
    }
  } else {
    diagnostics.error(file, 1, 1, "missing \"reports\": a mapping of report ids to title and date");
  }

  const YAML::Node themes = (*root)["themes"];
  if (themes && themes.IsMap()) {
    for (const auto& entry : themes) {
      config.themes.push_back({entry.first.Scalar(), entry.second.Scalar()});
    }
  } else {
    diagnostics.error(file, 1, 1, "missing \"themes\": a mapping of theme ids to titles");
  }

  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return config;
}

std::optional<SiteConfig> load_site_config(const core::FileSystem& fs, const std::string& root,
                                           core::Diagnostics& diagnostics) {
  const std::string path = core::join_path(root, "press.yaml");
  auto text = fs.read_file(path);
  if (!text) {
    diagnostics.error(path, "cannot read the configuration file");
    return std::nullopt;
  }
  core::SourceFile file(path, std::move(*text));
  if (!core::check_encoding(file, diagnostics)) return std::nullopt;
  return parse_site_config(file, diagnostics);
}

}  // namespace press::config
