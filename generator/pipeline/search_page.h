// Search and theme pages: where they are, what they list, and the search page's messages
// and script.
#pragma once

#include <pugixml.hpp>

#include <functional>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "content/site_content.h"
#include "i18n/locale_format.h"
#include "pipeline/page_renderer.h"
#include "theme/template_data.h"

namespace press::pipeline {

inline constexpr const char* kThemesPath = "themes/";
inline constexpr const char* kSearchPath = "search/";
inline constexpr const char* kGlossaryPath = "glossary/";
/// press's search script, one file for every locale (not the theme's: themes carry no script).
inline constexpr const char* kSearchScriptFile = "assets/search.js";

/// A theme's page below the locale: "themes/<id>/".
std::string theme_path(const config::Theme& theme);

/// The documents whose front matter names the theme, in the site's order.
std::vector<const content::Page*> documents_on(const content::SiteContent& content, const std::string& theme);

/// The text of every h2–h6 below `tree`, in order.
std::vector<std::string> heading_texts(pugi::xml_node tree);

/// The search page's messages for its script, formatted in the locale: "none", "loading",
/// "failed", and "results_<category>" for each plural category of the locale, with "{n}"
/// where the number goes and "{query}" where the query goes.
using FormatMessage = std::function<std::string(const char* source, const i18n::MessageArgs& args)>;
theme::Record search_messages(const LocaleContext& locale, const FormatMessage& format);

/// Adds press's search script to the end of the page's body.
void add_search_script(pugi::xml_document& page, const std::string& src);

}  // namespace press::pipeline
