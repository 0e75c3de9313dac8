#include "search/search_index.h"

#include <catch2/catch.hpp>

#include "core/content_hash.h"

using namespace press::search;

TEST_CASE("shards follow FNV-1a of the term's bytes", "[search]") {
  // FNV-1a 32 of "" is the offset basis 2166136261 (0x811C9DC5); of "a" it is 0xE40C292C.
  CHECK(shard_of("", 1u << 31) == (0x811C9DC5u & 0x7FFFFFFFu));
  CHECK(shard_of("a", 1u << 31) == (0xE40C292Cu & 0x7FFFFFFFu));
  CHECK(shard_of("a", 16) == 0xC);
  CHECK(shard_of("anything", 1) == 0);
}

TEST_CASE("the shard count grows in powers of two, about 1,500 postings each", "[search]") {
  CHECK(shard_count(0) == 1);
  CHECK(shard_count(1500) == 1);
  CHECK(shard_count(1501) == 2);
  CHECK(shard_count(6001) == 8);
  CHECK(shard_count(100000000) == 4096);
}

TEST_CASE("postings give each document as the step from the one before", "[search]") {
  SearchRecord a{"a/", "A", "S", "", "", "", {{"drug", 1}}};
  SearchRecord b{"b/", "B", "S", "", "", "", {{"court", 2}}};
  SearchRecord c{"c/", "C", "S", "", "", "", {{"drug", 3}}};
  SearchRecord d{"d/", "D", "S", "", "", "", {{"drug", 4}}};
  const auto files = build_index({&a, &b, &c, &d}, {true, true, true, true});
  // drug is in documents 0, 2 and 3: steps 0, 2, 1.
  CHECK(files[1].bytes == "{\"court\":[1,2],\"drug\":[0,1,2,3,1,4]}\n");
}

TEST_CASE("the index lists postings by term, and each document's text for results", "[search]") {
  SearchRecord a{"factsheets/a/", "Harm reduction", "Fact sheets", "Services.", "Body <text>", "", {{"harm", 13}, {"reduction", 10}}};
  SearchRecord b{"summaries/b/", "Report", "Summaries", "", "harm", "en", {{"harm", 1}}};
  const auto files = build_index({&a, &b}, {true, true});
  REQUIRE(files.size() == 4);  // index.json, one shard, two documents
  CHECK(files[0].path == "search/index.json");
  // Each document's results file is named by its URL's hash (XXH3, 12 hex digits).
  const std::string a_id = press::core::ContentHash::of("factsheets/a/").substr(0, 12);
  const std::string b_id = press::core::ContentHash::of("summaries/b/").substr(0, 12);
  CHECK(files[0].bytes == "{\"version\":2,\"documents\":2,\"shards\":1,\"ids\":[\"" + a_id + "\",\"" + b_id + "\"]}\n");
  CHECK(files[1].path == "search/terms/0.json");
  // Documents as steps: harm is in 0 (weight 13) and 0 + 1 (weight 1).
  CHECK(files[1].bytes == "{\"harm\":[0,13,1,1],\"reduction\":[0,10]}\n");
  CHECK(files[2].path == "search/documents/" + a_id + ".json");
  // < and > are escaped, so the text can never close an element it is placed in.
  CHECK(files[2].bytes == "{\"url\":\"factsheets/a/\",\"title\":\"Harm reduction\",\"section\":\"Fact sheets\","
                          "\"summary\":\"Services.\",\"lang\":\"\",\"text\":\"Body \\u003ctext\\u003e\"}\n");
  CHECK(files[3].bytes == "{\"url\":\"summaries/b/\",\"title\":\"Report\",\"section\":\"Summaries\","
                          "\"summary\":\"\",\"lang\":\"en\",\"text\":\"harm\"}\n");
}

TEST_CASE("only the results files asked for are written", "[search]") {
  SearchRecord a{"a/", "A", "S", "", "", "", {{"drug", 1}}};
  SearchRecord b{"b/", "B", "S", "", "", "", {{"drug", 2}}};
  const auto files = build_index({&a, &b}, {false, true});
  REQUIRE(files.size() == 3);  // index.json, one shard, b's results
  CHECK(files[2].path == document_file_path(b));
}

TEST_CASE("a record goes to the cache and back whole, and a cut one is refused", "[search]") {
  WordSegmenter segmenter("en");
  DocumentText text{"factsheets/a/", "Harm reduction", "Fact sheets", "Services: 1:2.", "", {"Why it matters"}, "Harm\nreduction: works"};
  const SearchRecord record = make_record(text, segmenter);
  CHECK(record.terms == std::vector<std::pair<std::string, int>>{
                            {"1", 3}, {"2", 3}, {"harm", 11}, {"it", 5}, {"matters", 5}, {"reduction", 11},
                            {"services", 3}, {"why", 5}, {"works", 1}});
  const std::string bytes = serialize(record);
  const auto back = parse_record(bytes);
  REQUIRE(back);
  CHECK(back->url == record.url);
  CHECK(back->text == record.text);
  CHECK(back->terms == record.terms);
  CHECK_FALSE(parse_record(bytes.substr(0, bytes.size() - 1)));
  CHECK_FALSE(parse_record(bytes + "x"));
  CHECK_FALSE(parse_record("99999999999999999999:"));
}
