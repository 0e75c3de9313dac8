#include "search/search_record.h"

#include <algorithm>
#include <charconv>

namespace press::search {

namespace {

// Each field is its length in decimal, a colon and its bytes, so any text round-trips.
void put(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

bool take(std::string_view& in, std::string_view& field) {
  const size_t colon = in.find(':');
  if (colon == std::string_view::npos) return false;
  size_t size = 0;
  const auto [end, error] = std::from_chars(in.data(), in.data() + colon, size);
  if (error != std::errc() || end != in.data() + colon || size > in.size() - colon - 1) return false;
  field = in.substr(colon + 1, size);
  in.remove_prefix(colon + 1 + size);
  return true;
}

}  // namespace

SearchRecord make_record(const DocumentText& document, WordSegmenter& segmenter) {
  SearchRecord record{std::string(document.url), std::string(document.title), std::string(document.section),
                      std::string(document.summary), std::string(document.body), std::string(document.lang), {}};
  TermWeights weights;
  add_terms(document.title, kTitleWeight, segmenter, weights);
  for (const auto& heading : document.headings) add_terms(heading, kHeadingWeight, segmenter, weights);
  add_terms(document.summary, kSummaryWeight, segmenter, weights);
  add_terms(document.body, kBodyWeight, segmenter, weights);
  record.terms.assign(weights.begin(), weights.end());
  std::sort(record.terms.begin(), record.terms.end());
  return record;
}

std::string serialize(const SearchRecord& record) {
  std::string out;
  for (std::string_view field : {record.url, record.title, record.section, record.summary, record.text, record.lang}) {
    put(out, field);
  }
  put(out, std::to_string(record.terms.size()));
  for (const auto& [term, weight] : record.terms) {
    put(out, term);
    put(out, std::to_string(weight));
  }
  return out;
}

std::optional<SearchRecord> parse_record(std::string_view in) {
  SearchRecord record;
  std::string_view field;
  for (std::string* text : {&record.url, &record.title, &record.section, &record.summary, &record.text, &record.lang}) {
    if (!take(in, field)) return std::nullopt;
    *text = field;
  }
  size_t count = 0;
  if (!take(in, field) || std::from_chars(field.data(), field.data() + field.size(), count).ec != std::errc()) {
    return std::nullopt;
  }
  record.terms.reserve(std::min(count, in.size()));
  for (size_t i = 0; i < count; ++i) {
    std::string_view term, weight;
    int value = 0;
    if (!take(in, term) || !take(in, weight) ||
        std::from_chars(weight.data(), weight.data() + weight.size(), value).ec != std::errc()) {
      return std::nullopt;
    }
    record.terms.emplace_back(term, value);
  }
  if (!in.empty()) return std::nullopt;
  return record;
}

}  // namespace press::search
