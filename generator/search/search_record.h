// Search record: what the search index holds of one document in one locale. Made when the
// page renders, and kept in the build cache so that a rebuild indexes unchanged pages without
// rendering them again.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "search/search_text.h"

namespace press::search {

struct SearchRecord {
  std::string url;      // below the locale folder: "factsheets/harm-reduction/"
  std::string title;
  std::string section;  // the section's title, shown with each result
  std::string summary;
  std::string text;     // the body's visible text, for the excerpt around the matched words
  std::string lang;     // the title's language when it is not the locale's (not yet translated)
  std::vector<std::pair<std::string, int>> terms;  // sorted by term
};

/// What a document's page shows, cut and weighted into a record.
struct DocumentText {
  std::string_view url, title, section, summary, lang;
  std::vector<std::string> headings;
  std::string_view body;
};
SearchRecord make_record(const DocumentText& document, WordSegmenter& segmenter);

/// The record as bytes for the cache, and back; nothing when the bytes are not a whole record.
std::string serialize(const SearchRecord& record);
std::optional<SearchRecord> parse_record(std::string_view bytes);

}  // namespace press::search
