#include "output/html_writer.h"

#include <catch2/catch.hpp>

TEST_CASE("HTML5 output: doctype, void elements without end tags, escaped text", "[output]") {
  pugi::xml_document document;
  REQUIRE(document.load_string(
      "<html lang=\"en\"><head><meta charset=\"utf-8\"/><style>a > b { x: \"&amp;\" }</style></head>"
      "<body><p title=\"a &quot;b&quot; &lt;c&gt;\">x &lt; y &amp; z<br/></p><p></p></body></html>"));
  std::string html;
  press::output::write_html(document.document_element(), html);
  CHECK(html ==
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><style>a > b { x: \"&\" }</style>"
        "</head><body><p title=\"a &quot;b&quot; <c>\">x &lt; y &amp; z<br></p><p></p></body></html>\n");
}

TEST_CASE("escaping: text keeps quotes and escapes > too; attributes escape & and quotes only", "[output]") {
  pugi::xml_document document;
  REQUIRE(document.load_string("<p data-x=\"&amp;&amp;&gt;\">&quot;a&quot; &gt;&gt; b &amp;</p>"));
  std::string html;
  press::output::write_html(document.document_element(), html);
  CHECK(html == "<!DOCTYPE html>\n<p data-x=\"&amp;&amp;>\">\"a\" &gt;&gt; b &amp;</p>\n");
}
