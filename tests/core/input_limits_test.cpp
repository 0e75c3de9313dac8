#include "core/input_limits.h"

#include <catch2/catch.hpp>

using namespace press;

TEST_CASE("a file past its limit is reported and not read; one within it is read", "[core][limits]") {
  core::MemoryFileSystem fs;
  fs.write_file("content/factsheets/big.md", std::string(core::kMaxContentFileBytes + 1, 'x'));
  fs.write_file("content/factsheets/fits.md", std::string(core::kMaxContentFileBytes, 'x'));
  core::Diagnostics diagnostics;
  CHECK_FALSE(core::read_within_limit(fs, "content/factsheets/big.md", core::kMaxContentFileBytes, "this file",
                                      diagnostics));
  CHECK(diagnostics.format_all() ==
        "content/factsheets/big.md: error: this file is 1048577 bytes; at most 1048576 are read: split it\n");
  core::Diagnostics fine;
  CHECK(core::read_within_limit(fs, "content/factsheets/fits.md", core::kMaxContentFileBytes, "this file", fine)
            ->size() == core::kMaxContentFileBytes);
  CHECK_FALSE(core::read_within_limit(fs, "content/none.md", core::kMaxContentFileBytes, "this file", fine));
  CHECK(fine.format_all() == "content/none.md: error: cannot read this file\n");
}
