#include "pipeline/language_chooser.h"

#include <pugixml.hpp>

#include "output/html_writer.h"

namespace press::pipeline {

std::string render_language_chooser(const SiteContext& site) {
  theme::List languages;
  for (const auto& locale : site.locales) {
    theme::Record r;
    r.set("name", locale.autonym);
    r.set("lang", locale.tag);
    r.set("dir", locale.dir);
    r.set("url", locale.tag + "/index.html");
    languages.push_back(std::move(r));
  }
  theme::Record data;
  data.set("lang", site.config.source_locale);
  data.set("site_title", site.config.title);
  data.set("stylesheet", "assets/style.css");
  data.set("languages", std::move(languages));
  pugi::xml_document document;
  const i18n::UiText source_ui;
  site.theme.chooser->render(document, data, source_ui);
  std::string html;
  output::write_html(document.document_element(), html);
  return html;
}

}  // namespace press::pipeline
