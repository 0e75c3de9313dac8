// XLIFF 2.0 exchange: a PO catalog as an XLIFF file for professional tools, and back.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "i18n/catalog.h"

namespace press::i18n {

/// One unit read back from XLIFF: what identifies it and what a translator may change.
struct XliffUnit {
  std::string context;
  bool has_context = false;
  std::string source;
  std::string target;
  bool fuzzy = false;  // state "initial" with subState "press:fuzzy"
  std::string translator_comments;
  int line = 0;
};

struct XliffDocument {
  std::string catalog_name;  // the <file id>: "ui", "factsheets/decriminalisation"
  std::string source_locale;
  std::string target_locale;
  std::vector<XliffUnit> units;
};

/// Writes `catalog` as XLIFF 2.0 through libxml2: one <file>, one <unit> per message with its
/// context, comments, references, previous source and state as notes, and the PO header.
bool write_xliff(const Catalog& catalog, const std::string& catalog_name, const std::string& source_locale,
                 const std::string& target_locale, const std::string& path, std::string& error);

/// Reads an XLIFF 2.0 file written by write_xliff (or edited by a tool); malformed XML and
/// anything that is not such a file get located errors.
std::optional<XliffDocument> read_xliff(const std::string& path, core::Diagnostics& diagnostics);

/// The catalog with each unit's target, state and translator notes applied. A unit whose
/// source is not in the catalog is an error, and then nothing is applied at all.
std::optional<Catalog> apply_xliff(const Catalog& catalog, const XliffDocument& document,
                                   const std::string& path, core::Diagnostics& diagnostics);

}  // namespace press::i18n
