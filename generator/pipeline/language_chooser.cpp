#include "pipeline/language_chooser.h"

#include <pugixml.hpp>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "output/html_writer.h"

namespace press::pipeline {

namespace {

// The language's name in that language ("English", "español", "русский").
std::string autonym(const std::string& tag) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
  icu::UnicodeString name;
  locale.getDisplayName(locale, name);
  std::string out;
  return name.toUTF8String(out);
}

}  // namespace

std::string render_language_chooser(const SiteContext& site) {
  theme::List languages;
  for (const auto& locale : site.config.locales) {
    theme::Record r;
    r.set("name", autonym(locale));
    r.set("lang", locale);
    r.set("url", locale + "/index.html");
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
