#include "pipeline/markdown_check.h"

#include <pugixml.hpp>

#include "i18n/locale_format.h"
#include "i18n/ui_text.h"
#include "markdown/markdown_tree.h"

namespace press::pipeline {

namespace {

// Knows which infographics exist, and draws none.
class NamesOnly final : public markdown::InfographicEmbedder {
 public:
  explicit NamesOnly(const infographics::Infographics& known) : known_(known) {}
  bool embed(const std::string& name, pugi::xml_node) override { return known_.count(name) > 0; }
  std::string known_names() const override {
    std::string names;
    for (const auto& [name, chart] : known_) names += (names.empty() ? "" : ", ") + name;
    return names;
  }

 private:
  const infographics::Infographics& known_;
};

}  // namespace

void check_markdown(const SourceSite& site, core::Diagnostics& diagnostics) {
  const i18n::UiText ui;
  const i18n::LocaleFormat format(site.config.source_locale);
  NamesOnly infographics(site.infographics);
  const std::vector<std::string> images = content::image_names(site.images);
  auto walk = [&](const content::Page& page) {
    pugi::xml_document document;
    markdown::MarkdownSource source{*page.source, page.front.body_line, ui, format, site.config.base_url};
    source.infographics = &infographics;
    source.image_names = &images;
    markdown::render_markdown(std::string(page.body()), source, document.append_child("div"), diagnostics);
  };
  for (const content::Page* page : site.content.pages()) walk(*page);
  for (const auto& [key, translation] : site.content.whole_file) walk(translation);
}

}  // namespace press::pipeline
