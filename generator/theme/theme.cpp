#include "theme/theme.h"

namespace press::theme {

namespace {

std::optional<PageTemplate> load_template(const core::FileSystem& fs, const std::string& dir,
                                          const char* name, core::Diagnostics& diagnostics) {
  const std::string path = core::join_path(dir, name);
  auto text = fs.read_file(path);
  if (!text) {
    diagnostics.error(path, "cannot read this template; every theme needs it");
    return std::nullopt;
  }
  return PageTemplate::parse(core::SourceFile(path, std::move(*text)), diagnostics);
}

}  // namespace

std::string theme_dir(const std::string& root, const std::string& name) {
  // A bare name is a folder of `themes/`; a path (with '/') is absolute or relative to the project.
  if (name.find('/') != std::string::npos) return name.front() == '/' ? name : core::join_path(root, name);
  return core::join_path(core::join_path(root, "themes"), name);
}

std::optional<Theme> load_theme(const core::FileSystem& fs, const std::string& root,
                                const std::string& name, core::Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  const std::string dir = theme_dir(root, name);
  Theme theme;
  theme.layout = load_template(fs, dir, "layout.xhtml", diagnostics);
  theme.home = load_template(fs, dir, "home.xhtml", diagnostics);
  theme.section = load_template(fs, dir, "section.xhtml", diagnostics);
  theme.document = load_template(fs, dir, "document.xhtml", diagnostics);
  theme.not_found = load_template(fs, dir, "not_found.xhtml", diagnostics);
  theme.status = load_template(fs, dir, "status.xhtml", diagnostics);
  theme.infographics = load_template(fs, dir, "infographics.xhtml", diagnostics);
  theme.themes = load_template(fs, dir, "themes.xhtml", diagnostics);
  theme.search = load_template(fs, dir, "search.xhtml", diagnostics);
  theme.chooser = load_template(fs, dir, "chooser.xhtml", diagnostics);
  const std::string css_path = core::join_path(dir, kStylesheetFile);
  if (auto css = fs.read_file(css_path)) {
    theme.stylesheet = std::move(*css);
  } else {
    diagnostics.error(css_path, "cannot read the theme's stylesheet");
  }
  const std::string epub_css_path = core::join_path(dir, "epub.css");
  if (auto css = fs.read_file(epub_css_path)) {
    theme.epub_stylesheet = std::move(*css);
  } else {
    diagnostics.error(epub_css_path, "cannot read the theme's e-book stylesheet");
  }
  const std::string palette_path = core::join_path(dir, "palette.yaml");
  if (auto yaml = fs.read_file(palette_path)) {
    if (auto palette = parse_palette(core::SourceFile(palette_path, std::move(*yaml)), diagnostics)) {
      theme.palette = std::move(*palette);
    }
  } else {
    diagnostics.error(palette_path, "cannot read the theme's infographic colours");
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return theme;
}

}  // namespace press::theme
