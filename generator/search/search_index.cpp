#include "search/search_index.h"

#include <algorithm>
#include <charconv>
#include <unordered_map>

#include "core/content_hash.h"
#include "core/json_text.h"

namespace press::search {

namespace {

constexpr size_t kPostingsPerShard = 1500;
constexpr uint32_t kMaxShards = 4096;
// A long document's text is cut here in its results file: excerpts come from the start.
constexpr size_t kExcerptSource = 20000;

std::string document_file(const SearchRecord& record) {
  std::string text = record.text.substr(0, kExcerptSource);
  // Never cut a UTF-8 sequence in two.
  while (!text.empty() && text.size() < record.text.size() &&
         (static_cast<unsigned char>(record.text[text.size()]) & 0xC0) == 0x80) {
    text.pop_back();
  }
  return "{\"url\":" + core::json_quote(record.url) + ",\"title\":" + core::json_quote(record.title) +
         ",\"section\":" + core::json_quote(record.section) + ",\"summary\":" + core::json_quote(record.summary) +
         ",\"lang\":" + core::json_quote(record.lang) + ",\"text\":" + core::json_quote(text) + "}\n";
}

}  // namespace

uint32_t shard_of(std::string_view term, uint32_t shards) {
  uint32_t hash = 2166136261u;
  for (unsigned char byte : term) hash = (hash ^ byte) * 16777619u;
  return hash & (shards - 1);
}

uint32_t shard_count(size_t postings) {
  uint32_t shards = 1;
  while (shards < kMaxShards && postings > shards * kPostingsPerShard) shards *= 2;
  return shards;
}

std::string document_file_path(const SearchRecord& record) {
  return std::string(kSearchFolder) + "documents/" + core::ContentHash::of(record.url).substr(0, 12) + ".json";
}

std::vector<IndexFile> build_index(const std::vector<const SearchRecord*>& records, const std::vector<bool>& with_text) {
  // term → postings; the terms are sorted when written, so the files are the same bytes in
  // every build.
  std::unordered_map<std::string_view, std::vector<std::pair<uint32_t, int>>> postings;
  size_t total = 0;
  for (size_t n = 0; n < records.size(); ++n) total += records[n]->terms.size();
  postings.reserve(total / 4);
  for (size_t n = 0; n < records.size(); ++n) {
    for (const auto& [term, weight] : records[n]->terms) postings[term].emplace_back(static_cast<uint32_t>(n), weight);
  }
  std::vector<std::string_view> terms;
  terms.reserve(postings.size());
  for (const auto& entry : postings) terms.push_back(entry.first);
  std::sort(terms.begin(), terms.end());
  const uint32_t shards = shard_count(total);
  std::vector<std::string> shard_text(shards);
  char number[16];
  auto append_number = [&](std::string& out, long value) {
    out.append(number, std::to_chars(number, number + sizeof number, value).ptr);
  };
  for (const std::string_view term : terms) {
    const auto& list = postings[term];
    std::string& out = shard_text[shard_of(term, shards)];
    out += out.empty() ? "{" : ",";
    out += core::json_quote(term);
    out += ":[";
    // Each document as the step from the one before (small numbers compress well), then its weight.
    long last = 0;
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += ',';
      append_number(out, static_cast<long>(list[i].first) - last);
      out += ',';
      append_number(out, list[i].second);
      last = list[i].first;
    }
    out += ']';
  }
  std::vector<IndexFile> files;
  std::string ids;
  for (const SearchRecord* record : records) {
    const std::string path = document_file_path(*record);
    const size_t name = path.rfind('/') + 1;
    ids += (ids.empty() ? "\"" : ",\"") + path.substr(name, path.size() - name - 5) + "\"";
  }
  files.push_back({std::string(kSearchFolder) + "index.json",
                   "{\"version\":2,\"documents\":" + std::to_string(records.size()) +
                       ",\"shards\":" + std::to_string(shards) + ",\"ids\":[" + ids + "]}\n"});
  for (uint32_t k = 0; k < shards; ++k) {
    std::string& text = shard_text[k];
    text = text.empty() ? "{}\n" : text + "}\n";
    files.push_back({std::string(kSearchFolder) + "terms/" + std::to_string(k) + ".json", std::move(text)});
  }
  for (size_t n = 0; n < records.size(); ++n) {
    if (with_text[n]) files.push_back({document_file_path(*records[n]), document_file(*records[n])});
  }
  return files;
}

}  // namespace press::search
