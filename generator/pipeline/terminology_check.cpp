#include "pipeline/terminology_check.h"

#include "core/content_hash.h"
#include "core/file_system.h"
#include "localize/locale_catalogs.h"
#include "pipeline/build_keys.h"

namespace press::pipeline {

namespace {

constexpr std::string_view kQuoteMarker = "[//]: # (quote)";

// Checks a content file, skipping each block that follows a quote marker.
void check_file(const core::SourceFile& file, const i18n::Terminology& terms, core::Diagnostics& diagnostics) {
  const std::string& text = file.text();
  size_t from = 0;
  int line = 1;
  while (from < text.size()) {
    size_t marker = text.find(kQuoteMarker, from);
    const size_t checked_end = marker == std::string::npos ? text.size() : marker;
    terms.report(std::string_view(text).substr(from, checked_end - from), file, line, 1, diagnostics);
    if (marker == std::string::npos) break;
    // The quoted block runs from the line after the marker to the next blank line.
    size_t block_start = text.find('\n', marker);
    size_t block_end = block_start == std::string::npos ? text.size() : text.find("\n\n", block_start + 1);
    if (block_end == std::string::npos) block_end = text.size();
    for (size_t i = from; i < block_end; ++i) line += text[i] == '\n';
    from = block_end;
  }
}

}  // namespace

std::map<std::string, i18n::Terminology> load_terminologies(const std::string& root,
                                                            const std::vector<std::string>& locales,
                                                            core::Diagnostics& diagnostics) {
  std::map<std::string, i18n::Terminology> out;
  for (const auto& locale : locales) {
    const std::string path = core::join_path(localize::locale_catalog_dir(root, locale), "terminology.yaml");
    if (auto terms = i18n::load_terminology(path, locale, diagnostics)) out.emplace(locale, std::move(*terms));
  }
  return out;
}

void check_content_terminology(const content::SiteContent& content, const std::string& source_locale,
                               const std::map<std::string, i18n::Terminology>& terminologies,
                               core::Diagnostics& diagnostics, const core::MemoTable* clean) {
  std::map<const i18n::Terminology*, std::string> list_keys;
  auto check = [&](const content::Page& page, const i18n::Terminology& terms) {
    if (terms.empty()) return;
    if (!clean) return check_file(*page.source, terms, diagnostics);
    std::string& list_key = list_keys[&terms];
    if (list_key.empty()) list_key = core::ContentHash().add(executable_key()).add(terms.key()).hex();
    const std::string key = core::ContentHash().add(list_key).add(page.file_key).hex();
    if (clean->find(key)) return;
    const size_t before = diagnostics.all().size();
    check_file(*page.source, terms, diagnostics);
    if (diagnostics.all().size() == before) clean->remember(key, "clean");
  };
  if (auto it = terminologies.find(source_locale); it != terminologies.end()) {
    for (const content::Page* page : content.pages()) check(*page, it->second);
  }
  for (const auto& [key, page] : content.whole_file) {
    auto it = terminologies.find(key.substr(0, key.find('/')));
    if (it != terminologies.end()) check(page, it->second);
    page.source->release();  // read again when its locale renders, so not all are held at once
  }
}

}  // namespace press::pipeline
