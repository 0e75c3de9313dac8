// SiteConfig: press.yaml, the publication's settings, source reports and themes.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/source_file.h"

namespace press::config {

/// A report the content draws on, named by id in front matter.
struct Report {
  std::string id;
  std::string title;
  std::string date;  // YYYY-MM-DD
};

/// A theme of the Guidelines, named by id in front matter.
struct Theme {
  std::string id;
  std::string title;
};

struct SiteConfig {
  std::string title;
  std::string base_url;  // absolute, ends with '/'
  std::string source_locale;
  std::vector<std::string> locales;  // the source locale first
  std::string theme;
  std::string book = "book";  // file name stem of the e-books: <book>-<locale>.epub
  std::vector<Report> reports;
  std::vector<Theme> themes;
  /// Digits per locale, by ICU numbering system ("latn", "arab", "mymr"); a locale not listed
  /// takes ICU's default for its language.
  std::map<std::string, std::string> numbering_systems;

  /// The tag that ICU formats `locale`'s numbers and dates with: `locale` itself, or with its
  /// numbering system as a Unicode extension ("ar-u-nu-latn").
  std::string format_tag(const std::string& locale) const;
  const Report* find_report(const std::string& id) const;
  const Theme* find_theme(const std::string& id) const;
};

/// Parses press.yaml text; reports every problem and returns nothing if there was one.
std::optional<SiteConfig> parse_site_config(const core::SourceFile& file,
                                            core::Diagnostics& diagnostics);

/// Reads `<root>/press.yaml` and parses it.
std::optional<SiteConfig> load_site_config(const core::FileSystem& fs, const std::string& root,
                                           core::Diagnostics& diagnostics);

}  // namespace press::config
