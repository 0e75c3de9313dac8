#include <catch2/catch.hpp>

#include "serve/change_batcher.h"

using press::serve::ChangeBatcher;
using namespace std::chrono_literals;

TEST_CASE("saves close together make one batch, due a quiet period after the last", "[serve][watch]") {
  ChangeBatcher batch(30ms, 1000ms);
  const auto start = ChangeBatcher::Clock::now();
  REQUIRE_FALSE(batch.due());
  // A search-and-replace over forty files, one save every 5 ms, two of them twice.
  for (int i = 0; i < 40; ++i) batch.add("content/factsheets/doc-" + std::to_string(i % 38) + ".md", start + i * 5ms);
  REQUIRE(batch.due() == start + 39 * 5ms + 30ms);
  const auto paths = batch.take();
  CHECK(paths.size() == 38);
  CHECK(std::is_sorted(paths.begin(), paths.end()));
  CHECK(batch.empty());
  CHECK_FALSE(batch.due());
}

TEST_CASE("a stream of saves that never pauses is still rebuilt after the longest wait", "[serve][watch]") {
  ChangeBatcher batch(30ms, 1000ms);
  const auto start = ChangeBatcher::Clock::now();
  for (int i = 0; i < 100; ++i) batch.add("content/a.md", start + i * 20ms);
  CHECK(batch.due() == start + 1000ms);
  CHECK(batch.take() == std::vector<std::string>{"content/a.md"});
}
