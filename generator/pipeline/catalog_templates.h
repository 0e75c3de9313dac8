// Catalog templates: the POT files press extracts, and the PO files it starts and merges.
#pragma once

#include <string>
#include <vector>

#include "i18n/catalog.h"
#include "localize/page_units.h"

namespace press::pipeline {

/// A template catalog built from units: msgctxt where the unit has one, "#." saying what the
/// unit is, "#:" where it comes from; duplicates within one catalog become one message.
i18n::Catalog make_template(const std::vector<localize::Unit>& units, const std::string& source_path);

/// The header of a new catalog for `locale`: Language, Plural-Forms, charset, team, and
/// `revision_date` ("2026-11-24 15:00+0000") as the PO tools write it. Plural-Forms comes from
/// CLDR through ICU (`i18n::gettext_plural_forms`); callers refuse a language ICU does not know.
std::string catalog_header(const std::string& locale, const std::string& project,
                           const std::string& revision_date);

/// Adds the header fields a catalog lacks (as `catalog_header` would write them), keeping
/// every field it has but Plural-Forms, which is set to the language's CLDR rule, so older
/// catalogs pass `msgfmt --check` and translation tools use the right plural forms.
void complete_header(i18n::Catalog& catalog, const std::string& locale, const std::string& project,
                     const std::string& revision_date);

/// Merges a new template into an existing translation, as msgmerge does: exact matches keep
/// their translation; a changed source takes the closest old translation as fuzzy with the old
/// msgid kept; translator comments stay; messages gone from the source become obsolete.
i18n::Catalog merge_catalog(const i18n::Catalog& existing, const i18n::Catalog& fresh_template);

}  // namespace press::pipeline
