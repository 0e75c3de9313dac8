// Catalog: one gettext PO file, read and written through GNU libgettextpo.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/diagnostics.h"

namespace press::i18n {

/// One message of a catalog, with everything a translation tool shows or keeps.
struct CatalogMessage {
  std::string context;              // msgctxt; empty when there is none
  std::string id;                   // msgid: the English source text
  std::string str;                  // msgstr: the translation; empty when untranslated
  bool fuzzy = false;               // needs review: never published
  bool obsolete = false;            // no longer in the source; kept for reuse
  bool has_context = false;
  std::string translator_comments;  // "# " lines, the translator's own
  std::string extracted_comments;   // "#." lines, written by press extract
  std::string previous_id;          // "#| msgid", the source text before it changed
  std::vector<std::pair<std::string, size_t>> references;  // "#:" file and line
  int line = 0;                     // line of "msgid" in the PO file, for diagnostics
  int str_line = 0;                 // line of "msgstr"

  bool is_translated() const { return !str.empty() && !fuzzy && !obsolete; }
};

struct Catalog {
  std::string header;  // the msgstr of the header entry, "Field: value\n" lines
  std::vector<CatalogMessage> messages;

  /// Field of the header ("Language", "Plural-Forms"), or empty.
  std::string header_field(std::string_view name) const;
  void set_header_field(std::string_view name, std::string_view value);
};

/// Key of a message by context and id, as gettext joins them (context EOT id).
std::string message_key(std::string_view context, bool has_context, std::string_view id);

/// Reads a PO file; syntax errors come back as located diagnostics and no catalog.
std::optional<Catalog> read_catalog(const std::string& path, core::Diagnostics& diagnostics);

/// Writes a PO or POT file; false (with `error` set) when it cannot.
bool write_catalog(const Catalog& catalog, const std::string& path, std::string& error);

/// The published translations of a catalog: translated, not fuzzy, not obsolete, by key.
std::unordered_map<std::string, std::string> published_translations(const Catalog& catalog);

}  // namespace press::i18n
