// Memo tables: results come back by key in the next run, and only those still in use are kept.
#include "core/memo_table.h"

#include <catch2/catch.hpp>

#include "temp_dir.h"

using press::core::MemoTable;

TEST_CASE("a remembered result is found by the next run, and unused ones are dropped", "[core][memo]") {
  TempDir dir("memo-table");
  {
    const MemoTable first(dir.file("table"));
    CHECK_FALSE(first.find("a"));
    first.remember("a", "1 2 3");
    first.remember("b", "clean");
    REQUIRE(first.save());
  }
  {
    const MemoTable second(dir.file("table"));
    CHECK(second.find("a") == std::optional<std::string>("1 2 3"));
    REQUIRE(second.save());  // "b" was not asked for in this run
  }
  const MemoTable third(dir.file("table"));
  CHECK(third.find("a") == std::optional<std::string>("1 2 3"));
  CHECK_FALSE(third.find("b"));
}

TEST_CASE("a table without a file keeps nothing, and a damaged file is ignored", "[core][memo]") {
  TempDir dir("memo-table-damaged");
  for (const char* path : {static_cast<const char*>(""), static_cast<const char*>(nullptr)}) {
    const MemoTable none = path ? MemoTable(path) : MemoTable();
    none.remember("a", "1");
    CHECK_FALSE(none.find("a"));
    CHECK(none.save());
  }
  dir.write("table", "press-memo 1\nkey-without-result\n");
  CHECK_FALSE(MemoTable(dir.file("table")).find("key-without-result"));
  dir.write("table", "something else\na 1\n");
  CHECK_FALSE(MemoTable(dir.file("table")).find("a"));
}
