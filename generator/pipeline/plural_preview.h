// Plural preview: every plural message of a locale at CLDR's sample numbers, in context, so a
// translator sees at a glance whether each category carries the right word form.
#pragma once

#include <string>
#include <vector>

#include "localize/locale_catalogs.h"
#include "pipeline/source_site.h"

namespace press::pipeline {

/// One plural category of a message, at up to three of CLDR's sample numbers.
struct PluralCategoryPreview {
  std::string category;              // "one", "few"…
  std::vector<std::string> samples;  // the sample numbers, as the locale writes them
  /// The message at each sample, in the context where it is shown: for a chart label, the
  /// figure with its qualifier as the chart prints it, then the label. Empty when only
  /// fractions take the category (Russian "other"): no count the site shows can reach it.
  std::vector<std::string> renderings;
};

struct PluralMessagePreview {
  std::string catalog;  // "ui" or "infographics"
  std::string source;   // the English pattern (the msgid)
  std::string where;    // "reading time", "chart moldova-legal-aid"…
  std::vector<PluralCategoryPreview> categories;
};

/// The plural messages of the interface and the charts in `locale`, with their translations
/// from `catalogs` (the English where a message is untranslated).
std::vector<PluralMessagePreview> preview_plurals(const SourceSite& site, const localize::LocaleCatalogs& catalogs,
                                                  const std::string& locale);

/// The previews as text for a terminal, one block per message.
std::string format_plural_previews(const std::vector<PluralMessagePreview>& previews, const std::string& locale);

}  // namespace press::pipeline
