#include "localize/locale_catalogs.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "core/contained_path.h"
#include "core/file_system.h"
#include "core/source_file.h"
#include "i18n/catalog.h"
#include "i18n/message_checks.h"
#include "i18n/zawgyi.h"
#include "localize/translation_checks.h"

namespace press::localize {

namespace {

std::unique_ptr<core::SourceFile> source_of(const std::string& path) {
  return std::make_unique<core::SourceFile>(path, core::DiskFileSystem().read_file(path).value_or(""));
}

// Column of the msgstr's text on its line, where diagnostics about a translation point.
int text_column(const core::SourceFile& file, const i18n::CatalogMessage& message) {
  const int line = message.str_line > 0 ? message.str_line : message.line;
  return static_cast<int>(std::string_view(file.line_text(line)).find('"')) + 2;
}

// Checks every message of a catalog: `check` for the kind of catalog, then the checks all
// catalogs share (Zawgyi encoding, stigmatising terms).
template <typename Check>
std::optional<i18n::Catalog> read_checked(const std::string& path, const i18n::Terminology* terminology,
                                          core::Diagnostics& diagnostics, Check check) {
  auto catalog = i18n::read_catalog(path, diagnostics);
  if (!catalog) return std::nullopt;
  auto file = source_of(path);
  bool zawgyi_reported = false;
  for (const auto& message : catalog->messages) {
    if (!message.is_translated()) continue;
    check(message, *file);
    const int line = message.str_line > 0 ? message.str_line : message.line;
    if (!zawgyi_reported && i18n::looks_like_zawgyi(message.str)) {
      diagnostics.error(*file, line, text_column(*file, message),
                        "this Burmese text is in the legacy Zawgyi encoding, not Unicode, so it shows "
                        "as broken text on Unicode phones and computers; convert the catalog with "
                        "\"press i18n convert-zawgyi " + path + "\"");
      zawgyi_reported = true;
    }
    if (terminology && message.translator_comments.find("terminology: quoted") == std::string::npos) {
      // Multi-line msgstr: the match is reported on the msgstr line, its best-known place.
      for (const auto& match : terminology->find(message.str)) {
        diagnostics.warning(*file, line, text_column(*file, message),
                            "\"" + message.str.substr(match.offset, match.length) +
                                "\" is stigmatising; prefer \"" + match.rule->prefer + "\"");
      }
    }
  }
  return catalog;
}

std::unordered_set<std::string> fuzzy_keys(const i18n::Catalog& catalog) {
  std::unordered_set<std::string> keys;
  for (const auto& m : catalog.messages) {
    if (m.fuzzy && !m.obsolete) keys.insert(i18n::message_key(m.context, m.has_context, m.id));
  }
  return keys;
}

}  // namespace

const Translations* LocaleCatalogs::page(const std::string& name) const {
  auto it = pages.find(name);
  return it == pages.end() ? nullptr : &it->second;
}

// Empty, so that nothing is read or written, when the locale or the name would lead out of
// translations/ (each is checked with its own message before it gets here).
std::string locale_catalog_dir(const std::string& root, const std::string& locale) {
  return core::contained_path(core::join_path(root, "translations"), locale).value_or("");
}

std::string catalog_path(const std::string& root, const std::string& locale,
                         const std::string& name) {
  return core::contained_path(core::join_path(root, "translations"), locale + "/" + name + ".po").value_or("");
}

LocaleCatalogs load_locale_catalogs(const std::string& root, const std::string& locale,
                                    const std::string& source_locale,
                                    const content::SiteContent& content,
                                    const i18n::Terminology* terminology,
                                    core::Diagnostics& diagnostics, CatalogMemory* memory) {
  LocaleCatalogs out;
  out.locale = locale;
  if (locale == source_locale) return out;  // the source is the text itself: nothing to load
  // Catalogs of ICU messages: checked for syntax, arguments and the locale's plural categories.
  auto load_messages = [&](const std::string& name, i18n::UiText& text, std::unordered_set<std::string>& fuzzy) {
    const std::string path = catalog_path(root, locale, name);
    if (!std::filesystem::exists(path)) return;
    auto catalog = read_checked(path, terminology, diagnostics, [&](const auto& message, const auto& file) {
      if (message.id.find('{') != std::string::npos) {
        i18n::check_message_format(message, locale, file, diagnostics);
      }
    });
    if (!catalog) return;
    std::unordered_map<std::string, std::string> strings;
    for (auto& [key, value] : i18n::published_translations(*catalog)) strings.emplace(key, value);
    text = i18n::UiText(std::move(strings));
    fuzzy = fuzzy_keys(*catalog);
  };
  load_messages("ui", out.ui, out.ui_fuzzy);
  load_messages(LocaleCatalogs::kInfographicsCatalog, out.infographics, out.infographics_fuzzy);
  load_messages(LocaleCatalogs::kGlossaryCatalog, out.glossary, out.glossary_fuzzy);
  out.ui.fallback_lang = source_locale;
  out.infographics.fallback_lang = source_locale;
  out.glossary.fallback_lang = source_locale;
  // Most pages of a large site have no catalog in a locale: the folders are listed once, and
  // a page's catalog is looked up by name, no path made, rather than looked for on disk.
  const std::string locale_dir = locale_catalog_dir(root, locale);
  std::unordered_map<std::string, std::vector<std::string>> listed;  // folder → catalog names
  auto catalog_exists = [&](std::string_view name) {
    const size_t slash = name.rfind('/');
    const std::string_view folder = slash == std::string_view::npos ? std::string_view() : name.substr(0, slash);
    auto it = listed.find(std::string(folder));
    if (it == listed.end()) {
      std::vector<std::string> names;
      for (auto& file : core::DiskFileSystem().list_files(folder.empty() ? locale_dir : locale_dir + "/" + std::string(folder))) {
        if (file.size() > 3 && file.compare(file.size() - 3, 3, ".po") == 0) names.push_back(file.substr(0, file.size() - 3));
      }
      std::sort(names.begin(), names.end());
      it = listed.emplace(std::string(folder), std::move(names)).first;
    }
    return std::binary_search(it->second.begin(), it->second.end(), name.substr(slash + 1),
                              [](std::string_view a, std::string_view b) { return a < b; });
  };
  const core::DiskFileSystem disk;
  const core::FileStamp terminology_stamp =
      memory ? disk.stamp(core::join_path(locale_dir, "terminology.yaml")).value_or(core::FileStamp{}) : core::FileStamp{};
  auto load_page = [&](const content::Page& page) {
    if (!page.source) return;
    std::string name = catalog_name(page);
    if (!catalog_exists(name)) return;
    const std::string path = catalog_path(root, locale, name);
    const auto stamp = memory ? disk.stamp(path) : std::nullopt;
    if (const CatalogMemory::Entry* kept = stamp ? memory->find(path, *stamp, terminology_stamp) : nullptr) {
      core::Diagnostics again = kept->diagnostics;
      diagnostics.merge(std::move(again));
      if (!kept->readable) return;
      out.pages.emplace(name, kept->translations);
      out.page_fuzzy.emplace(std::move(name), kept->fuzzy);
      return;
    }
    CatalogMemory::Entry read;
    auto catalog = read_checked(path, terminology, read.diagnostics, [&](const auto& message, const auto& file) {
      check_block_translation(message, file, read.diagnostics);
    });
    read.readable = catalog.has_value();
    if (catalog) {
      read.translations = i18n::published_translations(*catalog);
      read.fuzzy = fuzzy_keys(*catalog);
    }
    if (stamp) memory->keep(path, *stamp, terminology_stamp, read);
    // The build's own copy is moved, not copied: a one-off build keeps nothing.
    if (read.readable) {
      out.pages.emplace(name, std::move(read.translations));
      out.page_fuzzy.emplace(std::move(name), std::move(read.fuzzy));
    }
    diagnostics.merge(std::move(read.diagnostics));
  };
  load_page(content.home);
  for (const auto& section : content.sections) {
    load_page(section.index);
    for (const auto& page : section.documents) load_page(page);
  }
  return out;
}

}  // namespace press::localize
