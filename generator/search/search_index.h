// Search index: one locale's documents as small static files that the search page fetches
// as it needs them, so a first query downloads a few shards, not the whole index.
//
//   search/index.json            {"version":2,"documents":N,"shards":S,"ids":[…]}: document n's
//                                results file is documents/<ids[n]>.json
//   search/terms/<k>.json        {"term":[step,weight,…],…} for the terms whose hash is k, each
//                                document as the step from the one before (the first from 0)
//   search/documents/<id>.json   {"url","title","section","summary","lang","text"} of a document,
//                                named by its URL's hash, so it stays when others come and go
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "search/search_record.h"

namespace press::search {

/// The index's files below the locale folder, written by every build.
inline constexpr const char* kSearchFolder = "search/";

struct IndexFile {
  std::string path;   // below the locale folder: "search/terms/3.json"
  std::string bytes;
};

/// The shard of a term: FNV-1a (32 bits) of its UTF-8 bytes, modulo the shard count (a power of
/// two). search.js `shardOf` computes the same.
uint32_t shard_of(std::string_view term, uint32_t shards);

/// How many shards for this many postings: a power of two, about 1,500 postings each.
uint32_t shard_count(size_t postings);

/// The results file of a document: "search/documents/<id>.json".
std::string document_file_path(const SearchRecord& record);

/// The index of `records` (in the order given: a record's number is its place), with the results
/// file of each record for which `with_text` is true (the others are as the last build wrote them).
std::vector<IndexFile> build_index(const std::vector<const SearchRecord*>& records,
                                   const std::vector<bool>& with_text);

}  // namespace press::search
