// Text is compared, counted and looked up in NFC, whatever form an editor saved it in.
#include "core/unicode_text.h"

#include <catch2/catch.hpp>

using press::core::to_nfc;

TEST_CASE("text is brought to NFC, and text already in it is kept as it is", "[core][unicode]") {
  // e + combining acute; A + ring above; Hangul jamo: each composes.
  CHECK(to_nfc("caf\x65\xCC\x81") == "caf\xC3\xA9");
  CHECK(to_nfc("A\xCC\x8A" "ngstr\xC3\xB6m") == "\xC3\x85ngstr\xC3\xB6m");
  CHECK(to_nfc("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB") == "\xED\x95\x9C");
  for (const char* text : {"plain ASCII, line one\nline two", "Реформа наркополитики", "سياسة المخدرات",
                           "ยาเสพติด", "မူဝါဒ", "毒品政策", "caf\xC3\xA9"}) {
    CHECK(to_nfc(text) == text);
  }
  // A decomposed letter deep in otherwise NFC text is still found.
  CHECK(to_nfc(std::string(5000, 'x') + "\xE2\x80\x94 na\x69\xCC\x88ve") == std::string(5000, 'x') + "\xE2\x80\x94 na\xC3\xAFve");
}
