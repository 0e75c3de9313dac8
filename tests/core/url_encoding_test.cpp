#include "core/url_encoding.h"

#include <catch2/catch.hpp>

using press::core::encode_url;

TEST_CASE("URLs are percent-encoded where a byte may not stand as it is", "[core][url]") {
  // Our own cases, one per shape a campaigner or a translator can type.
  CHECK(encode_url("../harm-reduction/") == "../harm-reduction/");
  CHECK(encode_url("https://www.unodc.org/documents/a.pdf?lang=en&x=1#p2") ==
        "https://www.unodc.org/documents/a.pdf?lang=en&x=1#p2");
  CHECK(encode_url("my report.pdf") == "my%20report.pdf");
  CHECK(encode_url("/reports\\2021") == "/reports%5C2021");
  CHECK(encode_url("/доклад") == "/%D0%B4%D0%BE%D0%BA%D0%BB%D0%B0%D0%B4");
  CHECK(encode_url("/café") == "/caf%C3%A9");
  CHECK(encode_url("/a%20b%2Fc") == "/a%20b%2Fc");      // already encoded: kept
  CHECK(encode_url("/100%") == "/100%25");               // a lone "%" is itself encoded
  CHECK(encode_url("/50%zz") == "/50%25zz");
  CHECK(encode_url("/x%2") == "/x%252");
  CHECK(encode_url("/q?\"quoted\"") == "/q?%22quoted%22");
  CHECK(encode_url("/a<b>c") == "/a%3Cb%3Ec");
  CHECK(encode_url("/{a}|`b`^") == "/%7Ba%7D%7C%60b%60%5E");
  CHECK(encode_url("mailto:info@example.org") == "mailto:info@example.org");
  CHECK(encode_url("tel:+380441234567") == "tel:+380441234567");
  CHECK(encode_url(std::string("/a\x01\x7f", 4)) == "/a%01%7F");
}
