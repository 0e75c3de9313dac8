#include "pipeline/catalog_templates.h"

#include <algorithm>
#include <set>
#include <sstream>
#include <unordered_map>

#include "i18n/gettext_plurals.h"
#include "pipeline/site_locales.h"

namespace press::pipeline {

namespace {

std::set<std::string> words_of(const std::string& text) {
  std::set<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.insert(word);
  return words;
}

// Share of words two texts have in common (Jaccard), enough to pair an edited sentence with
// its previous version.
double similarity(const std::string& a, const std::string& b) {
  const auto wa = words_of(a), wb = words_of(b);
  if (wa.empty() || wb.empty()) return 0;
  size_t common = 0;
  for (const auto& w : wa) common += wb.count(w);
  return static_cast<double>(common) / static_cast<double>(wa.size() + wb.size() - common);
}

std::string key_of(const i18n::CatalogMessage& m) {
  return i18n::message_key(m.context, m.has_context, m.id);
}

}  // namespace

i18n::Catalog make_template(const std::vector<localize::Unit>& units, const std::string& source_path) {
  i18n::Catalog catalog;
  catalog.header =
      "Project-Id-Version: press\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
      "Content-Transfer-Encoding: 8bit\n";
  std::unordered_map<std::string, size_t> index;
  for (const auto& unit : units) {
    const std::string key = i18n::message_key(unit.context, !unit.context.empty(), unit.id);
    auto [it, added] = index.emplace(key, catalog.messages.size());
    if (added) {
      i18n::CatalogMessage message;
      message.context = unit.context;
      message.has_context = !unit.context.empty();
      message.id = unit.id;
      message.extracted_comments = unit.comment;
      catalog.messages.push_back(std::move(message));
    }
    if (!source_path.empty() && unit.line > 0) {
      catalog.messages[it->second].references.emplace_back(source_path, unit.line);
    }
  }
  return catalog;
}

std::string catalog_header(const std::string& locale, const std::string& project,
                           const std::string& revision_date) {
  std::string gettext_locale = locale;
  std::replace(gettext_locale.begin(), gettext_locale.end(), '-', '_');
  const std::string team = language_name(locale, "en") + " translators";
  return "Project-Id-Version: " + project + "\nPO-Revision-Date: " + revision_date +
         "\nLast-Translator: " + team + "\nLanguage-Team: " + team + "\nLanguage: " + gettext_locale +
         "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
         "Content-Transfer-Encoding: 8bit\nPlural-Forms: " + i18n::gettext_plural_forms(locale).value_or("") + "\n";
}

void complete_header(i18n::Catalog& catalog, const std::string& locale, const std::string& project,
                     const std::string& revision_date) {
  i18n::Catalog complete;
  complete.header = catalog_header(locale, project, revision_date);
  for (const char* field : {"Project-Id-Version", "PO-Revision-Date", "Last-Translator", "Language-Team",
                            "Language", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"}) {
    if (catalog.header_field(field).empty()) catalog.set_header_field(field, complete.header_field(field));
  }
  // The plural rule is the language's (CLDR's), not the translator's: a wrong one is replaced.
  catalog.set_header_field("Plural-Forms", complete.header_field("Plural-Forms"));
}

i18n::Catalog merge_catalog(const i18n::Catalog& existing, const i18n::Catalog& fresh_template) {
  i18n::Catalog merged;
  merged.header = existing.header;
  std::unordered_map<std::string, const i18n::CatalogMessage*> old;
  for (const auto& m : existing.messages) {
    if (!m.obsolete) old.emplace(key_of(m), &m);
  }
  std::set<const i18n::CatalogMessage*> used;
  for (const auto& message : fresh_template.messages) {
    i18n::CatalogMessage out = message;
    if (auto it = old.find(key_of(message)); it != old.end()) {
      out.str = it->second->str;
      out.fuzzy = it->second->fuzzy;
      out.previous_id = it->second->previous_id;
      out.translator_comments = it->second->translator_comments;
      used.insert(it->second);
    }
    merged.messages.push_back(std::move(out));
  }
  // Second pass: new source texts take the closest unused old translation, marked fuzzy.
  for (auto& out : merged.messages) {
    if (!out.str.empty() || old.count(key_of(out))) continue;
    const i18n::CatalogMessage* best = nullptr;
    double best_score = 0.5;
    for (const auto& [key, candidate] : old) {
      if (used.count(candidate) || candidate->str.empty() || candidate->context != out.context) continue;
      const double score = similarity(candidate->id, out.id);
      if (score > best_score) {
        best_score = score;
        best = candidate;
      }
    }
    if (!best) continue;
    out.str = best->str;
    out.fuzzy = true;
    out.previous_id = best->id;
    out.translator_comments = best->translator_comments;
    used.insert(best);
  }
  // Translations of text that left the source are kept as obsolete, for reuse.
  for (const auto& m : existing.messages) {
    if (used.count(&m) || m.str.empty()) continue;
    i18n::CatalogMessage gone = m;
    gone.obsolete = true;
    gone.references.clear();
    merged.messages.push_back(std::move(gone));
  }
  return merged;
}

}  // namespace press::pipeline
