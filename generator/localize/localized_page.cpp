#include "localize/localized_page.h"

#include <algorithm>

#include "i18n/catalog.h"

namespace press::localize {

bool LocalizedPage::any_untranslated() const {
  return title_untranslated || summary_untranslated ||
         std::find(untranslated_blocks.begin(), untranslated_blocks.end(), true) !=
             untranslated_blocks.end();
}

LocalizedPage source_page(const content::Page& page) {
  LocalizedPage out;
  out.title = page.front.title;
  out.summary = page.front.summary;
  out.body = std::string(page.body());
  return out;
}

LocalizedPage localize_page(const content::Page& page, const PageUnits& units,
                            const Translations& translations) {
  auto lookup = [&](const Unit& unit, bool& untranslated) -> const std::string& {
    auto it = translations.find(i18n::message_key(unit.context, !unit.context.empty(), unit.id));
    untranslated = it == translations.end();
    return untranslated ? unit.id : it->second;
  };
  LocalizedPage out;
  out.title = lookup(units.units[0], out.title_untranslated);
  out.summary = lookup(units.units[1], out.summary_untranslated);
  std::vector<std::string> replacements;
  replacements.reserve(units.segments.size());
  out.untranslated_blocks.resize(units.segments.size());
  for (size_t i = 0; i < units.segments.size(); ++i) {
    bool untranslated = false;
    replacements.push_back(lookup(units.units[i + 2], untranslated));
    out.untranslated_blocks[i] = untranslated;
  }
  out.body = markdown::replace_blocks(page.body(), units.segments, replacements);
  return out;
}

}  // namespace press::localize
