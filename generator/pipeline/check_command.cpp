#include "pipeline/check_command.h"

#include <ostream>
#include <set>

#include "core/file_system.h"
#include "localize/locale_catalogs.h"
#include "pipeline/build.h"
#include "checks/plain_language.h"
#include "pipeline/markdown_check.h"
#include "pipeline/source_site.h"
#include "pipeline/terminology_check.h"

namespace press::pipeline {

namespace {

// Every check that only rendering makes (a page's accessibility rules, chart layout, the
// e-books' glyphs): the site is built, drafts included, into a folder of the check's own
// under the build cache, never into `site/`. Later checks rebuild only what changed.
void check_by_building(const std::string& root, core::Diagnostics& diagnostics, std::ostream& err) {
  BuildOptions options;
  options.source_dir = root;
  options.out_dir = core::join_path(root, ".press-cache/check/site");
  options.include_drafts = true;
  options.sitemap = false;
  core::Diagnostics built;
  options.diagnostics = &built;
  if (!build_site(options, err).ok && !built.has_errors()) {
    built.error(options.out_dir, "the checks that rendering makes could not run (see the message above)");
  }
  // What the source checks found already is said once.
  std::set<std::string> said;
  for (const auto& diagnostic : diagnostics.all()) said.insert(core::format_diagnostic(diagnostic));
  for (const auto& diagnostic : built.all()) {
    if (!said.count(core::format_diagnostic(diagnostic))) diagnostics.add(diagnostic);
  }
}

}  // namespace

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
    for (const content::Page* page : site->content.pages()) {
      checks::check_plain_language(*page->source, page->front.body_offset, site->glossary, diagnostics);
    }
    // The sources are sound: what is left to check is what a build finds while rendering.
    if (!diagnostics.has_errors()) check_by_building(root, diagnostics, err);
  }
  diagnostics.sort();
  err << diagnostics.format_all();
  const int warnings = static_cast<int>(diagnostics.all().size()) - diagnostics.error_count();
  out << "check: " << diagnostics.error_count() << " error(s), " << warnings << " warning(s)\n";
  if (diagnostics.has_errors() || !site) return 1;
  return strict && warnings > 0 ? 1 : 0;
}

}  // namespace press::pipeline
