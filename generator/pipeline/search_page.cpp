#include "pipeline/search_page.h"

#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/strenum.h>

#include <algorithm>
#include <memory>

#include "i18n/ui_messages.h"

namespace press::pipeline {

namespace {

// An integer the locale's plural rules put in `category`, preferring one of two or more digits
// (easier to find again in the formatted message than "1"); -1 when there is none.
long long sample_of(icu::PluralRules& rules, const icu::UnicodeString& category) {
  UErrorCode status = U_ZERO_ERROR;
  double samples[32];
  const int32_t count = rules.getSamples(category, samples, 32, status);
  long long chosen = -1;
  for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
    const double s = samples[i];
    if (s != static_cast<double>(static_cast<long long>(s)) || s < 0 || s > 1000) continue;
    if (chosen < 0 || (chosen < 10 && s >= 10)) chosen = static_cast<long long>(s);
  }
  return chosen;
}

// Text that holds no element: a heading's footnote reference keeps its number, which is fine.
void append_text(pugi::xml_node node, std::string& out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out += child.value();
    } else {
      append_text(child, out);  // headings are a few levels deep at most
    }
  }
}

}  // namespace

std::string theme_path(const config::Theme& theme) { return std::string(kThemesPath) + theme.id + "/"; }

std::vector<const content::Page*> documents_on(const content::SiteContent& content, const std::string& theme) {
  std::vector<const content::Page*> pages;
  for (const auto& section : content.sections) {
    for (const auto& page : section.documents) {
      const auto& themes = page.front.themes;
      if (page.source && std::find(themes.begin(), themes.end(), theme) != themes.end()) pages.push_back(&page);
    }
  }
  return pages;
}

std::vector<std::string> heading_texts(pugi::xml_node tree) {
  std::vector<std::string> texts;
  if (!tree) return texts;
  for (const auto& found : tree.select_nodes(".//h2|.//h3|.//h4|.//h5|.//h6")) {
    append_text(found.node(), texts.emplace_back());
  }
  return texts;
}

theme::Record search_messages(const LocaleContext& locale, const FormatMessage& format) {
  theme::Record data;
  const std::string query = "{query}";
  data.set("none", format(i18n::msg::search_none, {{"query", query}}));
  data.set("loading", format(i18n::msg::search_loading, {}));
  data.set("failed", format(i18n::msg::search_failed, {}));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale icu_locale = icu::Locale::forLanguageTag(locale.data.info.format_tag, status);
  std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu_locale, status));
  std::unique_ptr<icu::StringEnumeration> categories(U_SUCCESS(status) ? rules->getKeywords(status) : nullptr);
  while (categories && U_SUCCESS(status)) {
    const icu::UnicodeString* category = categories->snext(status);
    if (!category) break;
    const long long sample = sample_of(*rules, *category);
    if (sample < 0) continue;
    std::string text = format(i18n::msg::search_results, {{"count", sample}, {"query", query}});
    const std::string shown = locale.format.number(sample);
    if (const size_t at = text.find(shown); at != std::string::npos) text.replace(at, shown.size(), "{n}");
    std::string name;
    category->toUTF8String(name);
    data.set("results_" + name, std::move(text));
  }
  return data;
}

void add_search_script(pugi::xml_document& page, const std::string& src) {
  pugi::xml_node body = page.document_element().child("body");
  pugi::xml_node script = body.append_child("script");
  script.append_attribute("src") = src.c_str();
  script.append_attribute("defer") = "";
}

}  // namespace press::pipeline
