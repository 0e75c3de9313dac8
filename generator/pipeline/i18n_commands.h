// The translator's commands: extract, init, update, status, and XLIFF export and import.
#pragma once

#include <iosfwd>
#include <string>

namespace press::pipeline {

/// Prints every plural message of `locale` (or of every locale, when empty) at CLDR's sample
/// numbers for each category, in the context where it is shown.
int i18n_plurals(const std::string& root, const std::string& locale, std::ostream& out, std::ostream& err);

/// Exit codes, as for `press build`: 0 done, 1 the project or a file has errors.
/// Writes translations/templates/ui.pot and one .pot per page, in a fixed order.
int i18n_extract(const std::string& root, std::ostream& out, std::ostream& err);
/// Starts translations/<locale>/ from the templates, with the locale's headers.
int i18n_init(const std::string& root, const std::string& locale, std::ostream& out, std::ostream& err);
/// Merges the current source into every locale's catalogs (see merge_catalog).
int i18n_update(const std::string& root, std::ostream& out, std::ostream& err);
/// Prints translated / fuzzy / untranslated per locale, as a table or as JSON.
int i18n_status(const std::string& root, bool json, std::ostream& out, std::ostream& err);
/// Writes one XLIFF 2.0 file per catalog of `locale` into `out_dir`.
int i18n_export_xliff(const std::string& root, const std::string& locale, const std::string& out_dir,
                      std::ostream& out, std::ostream& err);
/// Merges the translations of an XLIFF 2.0 file back into the catalog it was exported from.
int i18n_import_xliff(const std::string& root, const std::string& file, std::ostream& out,
                      std::ostream& err);

/// Rewrites the translations of a Burmese catalog from Zawgyi to Unicode (ICU "Zawgyi-my"),
/// leaving messages that already are Unicode as they are.
int i18n_convert_zawgyi(const std::string& file, std::ostream& out, std::ostream& err);

}  // namespace press::pipeline
