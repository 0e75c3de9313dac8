#include "pipeline/locale_search.h"

#include <map>

#include "core/content_hash.h"
#include "search/search_index.h"

namespace press::pipeline {

namespace {

std::string table_name(const std::string& locale) { return "search-" + locale; }

// The entry that lists the index's files with their keys, one "path key" per line.
constexpr std::string_view kFilesEntry = " index files";  // no file of the site starts with a space

}  // namespace

LocaleSearch::LocaleSearch(const std::string& locale, const output::BuildCache& previous)
    : locale_(locale), table_(previous.load_table(table_name(locale))) {}

bool LocaleSearch::known(const std::string& file, const std::string& key) const {
  auto it = table_.entries.find(file);
  return it != table_.entries.end() && it->second.substr(0, it->second.find('\n')) == key;
}

bool LocaleSearch::finish(const std::vector<PageJob>& jobs, std::vector<std::optional<search::SearchRecord>>& rendered,
                          const std::vector<std::string>& files, const std::vector<std::string>& keys,
                          const output::SiteWriter& writer, const output::BuildCache& previous,
                          output::BuildCache& cache) const {
  std::vector<size_t> documents;
  bool changed = false;
  for (size_t j = 0; j < jobs.size(); ++j) {
    if (jobs[j].kind != PageJob::Kind::document) continue;
    documents.push_back(j);
    changed = changed || rendered[j].has_value();
  }
  // The same documents, none rendered again: the index is as the last build left it.
  auto listed = table_.entries.find(kFilesEntry);
  if (!changed && listed != table_.entries.end() && table_.entries.size() == documents.size() + 1) {
    std::string_view lines = listed->second;
    bool kept = true;
    for (size_t end; !lines.empty(); lines.remove_prefix(end + 1)) {
      end = lines.find('\n');
      const std::string_view line = lines.substr(0, end);
      const size_t space = line.find(' ');
      const std::string path(line.substr(0, space)), key(line.substr(space + 1));
      kept = kept && previous.unchanged(path, key);
      cache.record(path, key);
      if (end == std::string_view::npos) break;
    }
    if (kept) return true;
  }
  // Records, and the table the next build reads them from.
  std::vector<search::SearchRecord> parsed;
  parsed.reserve(documents.size());
  std::vector<const search::SearchRecord*> records;
  std::map<std::string_view, std::string_view> entries;
  std::vector<std::string> stored;  // owns the entries' text for records rendered now
  stored.reserve(documents.size() + 1);
  std::vector<bool> with_text;  // by document: its results file is written (rendered now)
  for (size_t j : documents) {
    with_text.push_back(rendered[j].has_value());
    if (rendered[j]) {
      records.push_back(&*rendered[j]);
      // The cache keeps what the index needs; the text is only for the results file, written now.
      search::SearchRecord kept = *rendered[j];
      kept.text.clear();
      entries[files[j]] = stored.emplace_back(keys[j] + "\n" + search::serialize(kept));
      continue;
    }
    const std::string_view entry = table_.entries.at(files[j]);  // known(): the page was skipped
    const size_t newline = entry.find('\n');
    auto record = search::parse_record(entry.substr(newline + 1));
    if (!record) record = search::SearchRecord{};
    records.push_back(&parsed.emplace_back(std::move(*record)));
    entries[files[j]] = entry;
  }
  bool written = true;
  std::string listing;
  // A page left unrendered has its results file as the last build wrote it.
  for (size_t n = 0; n < records.size(); ++n) {
    if (with_text[n]) continue;
    const std::string path = locale_ + "/" + search::document_file_path(*records[n]);
    const std::string key = previous.previous_key(path);
    cache.record(path, key);
    listing += (listing.empty() ? "" : "\n") + path + " " + key;
  }
  for (auto& file : search::build_index(records, with_text)) {
    const std::string path = locale_ + "/" + file.path;
    const std::string key = core::ContentHash::of(file.bytes);
    cache.record(path, key);
    listing += (listing.empty() ? "" : "\n") + path + " " + key;
    if (!previous.unchanged(path, key) && !writer.write(path, file.bytes)) written = false;
  }
  entries[kFilesEntry] = listing;
  cache.save_table(table_name(locale_), entries);
  return written;
}

}  // namespace press::pipeline
