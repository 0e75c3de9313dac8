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

const std::vector<TemplateFile>& template_files() {
  static const std::vector<TemplateFile> files = {
      {"layout.xhtml", &Theme::layout},     {"home.xhtml", &Theme::home},
      {"section.xhtml", &Theme::section},   {"document.xhtml", &Theme::document},
      {"not_found.xhtml", &Theme::not_found}, {"status.xhtml", &Theme::status},
      {"infographics.xhtml", &Theme::infographics}, {"themes.xhtml", &Theme::themes},
      {"search.xhtml", &Theme::search},     {"glossary.xhtml", &Theme::glossary},     {"chooser.xhtml", &Theme::chooser}};
  return files;
}

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
  for (const auto& file : template_files()) theme.*file.member = load_template(fs, dir, file.name, diagnostics);
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
