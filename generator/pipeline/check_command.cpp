#include "pipeline/check_command.h"

#include <ostream>

#include "localize/locale_catalogs.h"
#include "pipeline/markdown_check.h"
#include "pipeline/source_site.h"
#include "pipeline/terminology_check.h"

namespace press::pipeline {

int check_project(const std::string& root, bool strict, std::ostream& out, std::ostream& err) {
  core::Diagnostics diagnostics;
  // Drafts are checked too: a writer wants to hear of a mistake before publishing, not after.
  auto site = load_source_site(root, diagnostics, "", content::Drafts::included);
  if (site) {
    const auto terminologies = load_terminologies(root, site->config.locales, diagnostics);
    check_content_terminology(site->content, site->config.source_locale, terminologies, diagnostics);
    for (const auto& locale : site->config.locales) {
      auto terms = terminologies.find(locale);
      localize::load_locale_catalogs(root, locale, site->config.source_locale, site->content,
                                     terms == terminologies.end() ? nullptr : &terms->second, diagnostics);
    }
    check_markdown(*site, diagnostics);
  }
  diagnostics.sort();
  err << diagnostics.format_all();
  const int warnings = static_cast<int>(diagnostics.all().size()) - diagnostics.error_count();
  out << "check: " << diagnostics.error_count() << " error(s), " << warnings << " warning(s)\n";
  if (diagnostics.has_errors() || !site) return 1;
  return strict && warnings > 0 ? 1 : 0;
}

}  // namespace press::pipeline
