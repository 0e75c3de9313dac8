// Theme: the page templates and stylesheet of `themes/<name>/`, loaded once per build.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "theme/page_template.h"
#include "theme/palette.h"

namespace press::theme {

struct Theme {
  std::optional<PageTemplate> layout;     // the frame every web page shares
  std::optional<PageTemplate> home;       // home page body
  std::optional<PageTemplate> section;    // a section's list of documents
  std::optional<PageTemplate> document;   // one summary or fact sheet
  std::optional<PageTemplate> not_found;  // the 404 page body
  std::optional<PageTemplate> status;     // the translation status page body
  std::optional<PageTemplate> infographics;  // the page that lists every infographic
  std::optional<PageTemplate> themes;     // the page that lists every theme (a theme's page is a section's)
  std::optional<PageTemplate> search;     // the search page body
  std::optional<PageTemplate> glossary;   // the glossary page body
  std::optional<PageTemplate> chooser;    // site/index.html, the language chooser (whole page)
  std::string stylesheet;                 // style.css
  std::string epub_stylesheet;            // epub.css, for the books
  Palette palette;                        // palette.yaml, the infographics' colours
};

/// Every template of a theme, with its file name, in a fixed order: what loading reads and
/// what `press i18n extract` takes interface strings from.
struct TemplateFile {
  const char* name;
  std::optional<PageTemplate> Theme::*member;
};
const std::vector<TemplateFile>& template_files();

/// The theme's stylesheet, which every page links to (and the 404 page inlines).
inline constexpr const char* kStylesheetFile = "style.css";

/// The folder of theme `name`: `<root>/themes/<name>/`, or `name` itself when it is a path
/// (absolute, or relative to the project).
std::string theme_dir(const std::string& root, const std::string& name);

/// Reads every template and the stylesheet of `<root>/themes/<name>/` (or of `<root>/<name>`
/// when `name` is a path); reports each
/// missing or malformed file and returns nothing if any.
std::optional<Theme> load_theme(const core::FileSystem& fs, const std::string& root,
                                const std::string& name, core::Diagnostics& diagnostics);

}  // namespace press::theme
