#include "pipeline/site_status.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <memory>

#include "core/content_hash.h"
#include "core/parallel_for.h"
#include "pipeline/build_keys.h"
#include "pipeline/ui_units.h"

namespace press::pipeline {

namespace {

// Everything a page's share in one locale depends on.
std::string share_key(const std::string& press, const content::Page& page, const localize::LocaleCatalogs& catalogs,
                      const std::string& catalog, bool is_source, bool whole_file) {
  core::ContentHash hash;
  hash.add(press).add(page.file_key).add(catalogs.locale).add(uint64_t{is_source}).add(uint64_t{whole_file});
  add_translations(hash, catalogs.page(catalog));
  if (auto fuzzy = catalogs.page_fuzzy.find(catalog); fuzzy != catalogs.page_fuzzy.end()) {
    std::vector<std::string_view> keys(fuzzy->second.begin(), fuzzy->second.end());
    std::sort(keys.begin(), keys.end());
    for (auto key : keys) hash.add(key);
  }
  return hash.hex();
}

// Counts kept in the memo as "<n> <n> ...", written by `append_count` and read back by
// `CountReader` (for every page in every locale on each rebuild: from_chars, not sscanf).
void append_count(std::string& out, int count) {
  if (!out.empty()) out += ' ';
  out += std::to_string(count);
}

class CountReader {
 public:
  explicit CountReader(std::string_view text) : rest_(text) {}
  bool next(int& count) {
    const auto [end, error] = std::from_chars(rest_.data(), rest_.data() + rest_.size(), count);
    if (error != std::errc()) return false;
    rest_.remove_prefix(static_cast<size_t>(end - rest_.data()));
    if (!rest_.empty() && rest_.front() == ' ') rest_.remove_prefix(1);
    return true;
  }
  bool done() const { return rest_.empty(); }

 private:
  std::string_view rest_;
};

std::array<int*, 6> share_counts(LocaleStatus& share) {
  return {&share.messages, &share.translated, &share.fuzzy, &share.untranslated, &share.words, &share.words_translated};
}

std::string format_share(LocaleStatus share) {
  std::string text;
  for (const int* count : share_counts(share)) append_count(text, *count);
  return text;
}

bool parse_share(std::string_view text, LocaleStatus& share) {
  CountReader counts(text);
  for (int* count : share_counts(share)) {
    if (!counts.next(*count)) return false;
  }
  return counts.done();
}

// The interface's word counts, kept while its texts are the same: counting them runs ICU's
// word breaks over every interface text, on every rebuild.
void count_interface_words(std::vector<CatalogUnits>& interface, const core::MemoTable& memo) {
  core::ContentHash hash;
  hash.add("interface words");
  for (const auto& entry : interface) {
    hash.add(entry.catalog);
    for (const auto& unit : entry.units) hash.add(unit.id);
  }
  const std::string key = hash.hex();
  if (auto known = memo.find(key)) {
    CountReader counts(*known);
    bool complete = true;
    for (auto& entry : interface) {
      entry.words.assign(entry.units.size(), 0);
      for (int& words : entry.words) complete = complete && counts.next(words);
    }
    if (complete && counts.done()) return;
  }
  count_unit_words(interface);
  std::string counts;
  for (const auto& entry : interface) {
    for (int words : entry.words) append_count(counts, words);
  }
  memo.remember(key, counts);
}

}  // namespace

std::vector<LocaleStatus> count_site_status(const SourceSite& site, const localize::PageUnitsCache& units,
                                            const std::vector<localize::LocaleCatalogs>& catalogs,
                                            const core::MemoTable& memo, int workers) {
  const std::string& source_locale = site.config.source_locale;
  // The interface catalogs are few messages: counted every time.
  std::vector<CatalogUnits> interface = site.interface_catalog_units();
  count_interface_words(interface, memo);
  std::vector<LocaleStatus> status;
  for (const auto& locale : catalogs) status.push_back(count_status(interface, locale, site.content, locale.locale == source_locale));

  const std::vector<const content::Page*> pages = site.content.pages();
  std::vector<std::vector<LocaleStatus>> shares(pages.size(), std::vector<LocaleStatus>(catalogs.size()));
  std::vector<std::unique_ptr<i18n::LocaleFormat>> english(static_cast<size_t>(workers));
  const std::string press = executable_key();
  core::parallel_for(0, pages.size(), workers, [&](size_t i, int worker) {
    const content::Page& page = *pages[i];
    const std::string catalog = localize::catalog_name(page);
    std::unique_ptr<CatalogUnits> entry;  // made only when a share is not known
    for (size_t l = 0; l < catalogs.size(); ++l) {
      const bool is_source = catalogs[l].locale == source_locale;
      const bool whole_file = site.content.whole_file_translation(catalogs[l].locale, page) != nullptr;
      const std::string key = share_key(press, page, catalogs[l], catalog, is_source, whole_file);
      if (auto known = memo.find(key); known && parse_share(*known, shares[i][l])) continue;
      if (!entry) {
        entry = std::make_unique<CatalogUnits>(CatalogUnits{catalog, &page, units.of(page).units, {}});
        if (!english[worker]) english[worker] = std::make_unique<i18n::LocaleFormat>("en");
        count_unit_words(*entry, *english[worker]);
      }
      shares[i][l] = {};
      add_status(shares[i][l], *entry, catalogs[l], site.content, is_source);
      memo.remember(key, format_share(shares[i][l]));
    }
  });
  for (const auto& page_shares : shares) {
    for (size_t l = 0; l < catalogs.size(); ++l) status[l] += page_shares[l];
  }
  return status;
}

}  // namespace press::pipeline
