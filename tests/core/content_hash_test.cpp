// Content hash: the build cache's keys. Pieces are length-prefixed, and gathering them before
// they reach xxHash must not change a key, or every cache on disk would go stale for nothing.
#include "core/content_hash.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <string>
#include <vector>

using namespace press;

namespace {

// The key of hashing the length-prefixed pieces as one stream, straight through XXH3.
std::string expected_key(const std::vector<std::string>& pieces) {
  std::string stream;
  for (const auto& piece : pieces) {
    const uint64_t size = piece.size();
    stream.append(reinterpret_cast<const char*>(&size), sizeof size);
    stream += piece;
  }
  uint64_t value = XXH3_64bits(stream.data(), stream.size());
  std::string key(15, '0');
  for (int i = 14; i >= 0; --i, value >>= 4) key[static_cast<size_t>(i)] = "0123456789abcdef"[value & 0xF];
  return key;
}

}  // namespace

TEST_CASE("a key is the hash of its length-prefixed pieces, however many and however long",
          "[core][hash]") {
  const std::string long_piece(1000, 'x');  // longer than the gathering buffer
  const std::vector<std::vector<std::string>> cases = {
      {},
      {""},
      {"title", "2020-01-31", "slug"},
      {long_piece},
      {"a", long_piece, "b", std::string(250, 'y'), "c"},  // crosses the buffer's end both ways
  };
  for (const auto& pieces : cases) {
    core::ContentHash hash;
    for (const auto& piece : pieces) hash.add(piece);
    CHECK(hash.hex() == expected_key(pieces));
  }
  CHECK(core::ContentHash::of("text") == expected_key({"text"}));
}

TEST_CASE("pieces are kept apart: moving a boundary changes the key", "[core][hash]") {
  CHECK(core::ContentHash().add("ab").add("c").hex() != core::ContentHash().add("a").add("bc").hex());
  CHECK(core::ContentHash().add("ab").hex() == core::ContentHash().add("ab").hex());
  CHECK(core::ContentHash().add(uint64_t{1}).hex() != core::ContentHash().add(uint64_t{2}).hex());
}
