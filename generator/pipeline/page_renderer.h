// PageRenderer: one page of one locale, from content to HTML bytes.
#pragma once

#include <string>
#include <vector>

#include "config/site_config.h"
#include "content/site_content.h"
#include "core/diagnostics.h"
#include "i18n/locale_format.h"
#include "i18n/ui_text.h"
#include "theme/theme.h"

namespace press::pipeline {

/// What to render: a page of the site and where it goes.
struct PageJob {
  enum class Kind { home, section, document, not_found } kind = Kind::home;
  const content::Page* page = nullptr;        // the content page; null for not_found
  const content::Section* section = nullptr;  // for section and document pages
  std::string output_path;                    // relative to the site root, e.g. en/index.html
  std::string url_path;                       // public path, e.g. en/factsheets/slug/
};

/// Everything shared by every page of one build; read-only while pages render.
struct SiteContext {
  const config::SiteConfig& config;
  const content::SiteContent& content;
  const theme::Theme& theme;
};

/// Per-worker state: ICU formatters and interface strings for one locale. Never shared.
struct LocaleContext {
  std::string locale;
  const i18n::UiText& ui;
  i18n::LocaleFormat format;
  LocaleContext(std::string tag, const i18n::UiText& ui_text)
      : locale(tag), ui(ui_text), format(tag) {}
};

/// Result of rendering one page: its HTML and what it counted.
struct RenderedPage {
  std::string html;
  int words = 0;
};

/// Renders `job` for the locale; Markdown and check problems go to `diagnostics`.
RenderedPage render_page(const PageJob& job, const SiteContext& site, LocaleContext& locale,
                         core::Diagnostics& diagnostics);

/// The list of pages a site has in one locale, in a fixed order.
std::vector<PageJob> plan_pages(const content::SiteContent& content, const std::string& locale);

}  // namespace press::pipeline
