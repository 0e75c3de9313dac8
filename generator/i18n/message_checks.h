// Message checks: ICU MessageFormat syntax, argument names and plural categories per locale.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/source_file.h"
#include "i18n/catalog.h"

namespace press::i18n {

/// The CLDR plural categories of a locale ("one", "few", "many", "other"…), cardinal or ordinal.
std::vector<std::string> plural_categories(const std::string& locale, bool ordinal);

/// What a source pattern holds: its ICU syntax error (empty when it parses, with the offset in
/// characters) and the names of its arguments.
struct PatternInfo {
  std::string error;
  int offset = 0;
  std::set<std::string> arguments;
};
PatternInfo inspect_pattern(const std::string& text);

/// Checks a translated interface message against its source: the translation parses as ICU
/// MessageFormat, names the same arguments, and every plural or selectordinal covers each
/// category of `locale`. Problems are reported at the msgstr line of `file`.
void check_message_format(const CatalogMessage& message, const std::string& locale,
                          const core::SourceFile& file, core::Diagnostics& diagnostics);

}  // namespace press::i18n
