#include "pipeline/i18n_commands.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <ostream>

#include "config/locale_tag.h"
#include "core/contained_path.h"
#include "core/file_system.h"
#include "i18n/catalog.h"
#include "i18n/gettext_plurals.h"
#include "i18n/xliff.h"
#include "i18n/zawgyi.h"
#include "localize/locale_catalogs.h"
#include "pipeline/catalog_templates.h"
#include "pipeline/plural_preview.h"
#include "pipeline/source_site.h"
#include "pipeline/translation_status.h"

namespace press::pipeline {

namespace fs = std::filesystem;

namespace {

std::string translations_dir(const std::string& root) { return core::join_path(root, "translations"); }

std::string template_path(const std::string& root, const std::string& name) {
  return core::join_path(core::join_path(translations_dir(root), "templates"), name + ".pot");
}

// Where a catalog's messages come from, for "#:" references: the content file, relative to
// the project; nothing for ui.pot, whose messages have their own notes.
std::string reference_path(const std::string& root, const CatalogUnits& entry) {
  if (!entry.page) return {};
  return fs::path(entry.page->source->path()).lexically_relative(root).generic_string();
}

// The time a command writes a catalog, as PO-Revision-Date wants it.
std::string revision_date() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M+0000", &utc);
  return text;
}

std::optional<SourceSite> load(const std::string& root, std::ostream& err) {
  core::Diagnostics diagnostics;
  auto site = load_source_site(root, diagnostics);
  diagnostics.sort();
  err << diagnostics.format_all();
  if (diagnostics.has_errors()) return std::nullopt;
  return site;
}

// Reads a catalog, printing its problems; nothing when it cannot be read.
std::optional<i18n::Catalog> read_or_report(const std::string& path, std::ostream& err) {
  core::Diagnostics diagnostics;
  auto catalog = i18n::read_catalog(path, diagnostics);
  err << diagnostics.format_all();
  return catalog;
}

int write_or_report(const i18n::Catalog& catalog, const std::string& path, std::ostream& err) {
  std::string error;
  if (write_catalog(catalog, path, error)) return 0;
  err << "error: " << error << '\n';
  return 1;
}

}  // namespace

int i18n_extract(const std::string& root, std::ostream& out, std::ostream& err) {
  auto site = load(root, err);
  if (!site) return 1;
  int failures = 0;
  const auto all = site->catalog_units();
  for (const auto& entry : all) {
    failures += write_or_report(make_template(entry.units, reference_path(root, entry)),
                                template_path(root, entry.catalog), err);
  }
  out << "wrote " << all.size() << " templates to " << core::join_path(translations_dir(root), "templates")
      << '\n';
  return failures ? 1 : 0;
}

int i18n_init(const std::string& root, const std::string& locale, std::ostream& out, std::ostream& err) {
  auto site = load(root, err);
  if (!site) return 1;
  if (locale == site->config.source_locale) {
    err << "error: \"" << locale << "\" is the source locale; there is nothing to translate\n";
    return 2;
  }
  if (const std::string refused = config::refuse_locale_tag(locale); !refused.empty()) {
    err << "error: " << refused << '\n';
    return 2;
  }
  // A catalog's Plural-Forms comes from CLDR: a language ICU has no rules for would otherwise
  // get a wrong rule that translation tools trust.
  if (!i18n::gettext_plural_forms(locale)) {
    err << "error: \"" << locale << "\" is not a language ICU has plural rules for; "
        << "expected a BCP 47 tag such as uk, pt-BR or zh-Hans\n";
    return 2;
  }
  int created = 0, failures = 0;
  for (const auto& entry : site->catalog_units()) {
    const std::string path = localize::catalog_path(root, locale, entry.catalog);
    if (fs::exists(path)) continue;  // never overwrite a translator's work
    i18n::Catalog catalog = make_template(entry.units, reference_path(root, entry));
    catalog.header = catalog_header(locale, site->config.title, revision_date());
    failures += write_or_report(catalog, path, err);
    ++created;
  }
  out << "started " << created << " catalogs in " << core::join_path(translations_dir(root), locale) << '\n';
  if (std::find(site->config.locales.begin(), site->config.locales.end(), locale) == site->config.locales.end()) {
    out << "add \"" << locale << "\" to locales in press.yaml to publish it\n";
  }
  return failures ? 1 : 0;
}

int i18n_update(const std::string& root, std::ostream& out, std::ostream& err) {
  auto site = load(root, err);
  if (!site) return 1;
  int failures = 0, merged = 0;
  const auto all = site->catalog_units();
  for (const auto& locale : site->config.locales) {
    if (locale == site->config.source_locale) continue;
    for (const auto& entry : all) {
      const std::string path = localize::catalog_path(root, locale, entry.catalog);
      i18n::Catalog fresh = make_template(entry.units, reference_path(root, entry));
      i18n::Catalog result;
      if (fs::exists(path)) {
        auto existing = read_or_report(path, err);
        if (!existing) {
          ++failures;
          continue;
        }
        result = merge_catalog(*existing, fresh);
        complete_header(result, locale, site->config.title, revision_date());
      } else {
        result = fresh;
        result.header = catalog_header(locale, site->config.title, revision_date());
      }
      failures += write_or_report(result, path, err);
      ++merged;
    }
  }
  out << "updated " << merged << " catalogs\n";
  return failures ? 1 : 0;
}

int i18n_status(const std::string& root, bool json, std::ostream& out, std::ostream& err) {
  auto site = load(root, err);
  if (!site) return 1;
  const auto all = site->catalog_units();
  std::vector<LocaleStatus> status;
  core::Diagnostics diagnostics;
  for (const auto& locale : site->config.locales) {
    const auto catalogs = localize::load_locale_catalogs(root, locale, site->config.source_locale,
                                                         site->content, nullptr, diagnostics);
    status.push_back(count_status(all, catalogs, site->content, locale == site->config.source_locale));
  }
  diagnostics.sort();
  err << diagnostics.format_all();
  out << (json ? format_status_json(status) : format_status_table(status));
  return diagnostics.has_errors() ? 1 : 0;
}

int i18n_plurals(const std::string& root, const std::string& only_locale, std::ostream& out, std::ostream& err) {
  auto site = load(root, err);
  if (!site) return 1;
  const auto& locales = site->config.locales;
  if (!only_locale.empty() && std::find(locales.begin(), locales.end(), only_locale) == locales.end()) {
    err << "error: \"" << only_locale << "\" is not one of the locales in press.yaml\n";
    return 2;
  }
  core::Diagnostics diagnostics;
  for (const auto& locale : locales) {
    if (locale == site->config.source_locale || (!only_locale.empty() && locale != only_locale)) continue;
    const auto catalogs = localize::load_locale_catalogs(root, locale, site->config.source_locale, site->content,
                                                         nullptr, diagnostics);
    out << format_plural_previews(preview_plurals(*site, catalogs, locale), locale) << '\n';
  }
  diagnostics.sort();
  err << diagnostics.format_all();
  return diagnostics.has_errors() ? 1 : 0;
}

int i18n_export_xliff(const std::string& root, const std::string& locale, const std::string& out_dir,
                      std::ostream& out, std::ostream& err) {
  auto site = load(root, err);
  if (!site) return 1;
  int written = 0, failures = 0;
  for (const auto& entry : site->catalog_units()) {
    const std::string path = localize::catalog_path(root, locale, entry.catalog);
    if (!fs::exists(path)) continue;
    auto catalog = read_or_report(path, err);
    if (!catalog) {
      ++failures;
      continue;
    }
    const std::string target = core::contained_path(out_dir, entry.catalog + ".xlf").value_or("");
    std::string error;
    if (!i18n::write_xliff(*catalog, entry.catalog, site->config.source_locale, locale, target, error)) {
      err << "error: " << error << '\n';
      ++failures;
      continue;
    }
    ++written;
  }
  out << "exported " << written << " catalogs of " << locale << " to " << out_dir << '\n';
  return failures ? 1 : 0;
}

int i18n_import_xliff(const std::string& root, const std::string& file, std::ostream& out,
                      std::ostream& err) {
  core::Diagnostics diagnostics;
  auto imported = i18n::read_xliff(file, diagnostics);
  if (!imported) {
    err << diagnostics.format_all();
    return 1;
  }
  const std::string path = localize::catalog_path(root, imported->target_locale, imported->catalog_name);
  auto existing = i18n::read_catalog(path, diagnostics);
  if (!existing) {
    err << diagnostics.format_all();
    return 1;
  }
  auto merged = i18n::apply_xliff(*existing, *imported, file, diagnostics);
  if (!merged) {
    err << diagnostics.format_all();
    return 1;
  }
  if (write_or_report(*merged, path, err)) return 1;
  out << "imported " << imported->units.size() << " units into " << path << '\n';
  return 0;
}

int i18n_convert_zawgyi(const std::string& file, std::ostream& out, std::ostream& err) {
  auto catalog = read_or_report(file, err);
  if (!catalog) return 1;
  int converted = 0;
  for (auto& message : catalog->messages) {
    if (!i18n::looks_like_zawgyi(message.str)) continue;
    message.str = i18n::zawgyi_to_unicode(message.str);
    ++converted;
  }
  if (converted > 0 && write_or_report(*catalog, file, err)) return 1;
  out << "converted " << converted << " message(s) of " << file << " from Zawgyi to Unicode\n";
  return 0;
}

}  // namespace press::pipeline
