#include "theme/page_template.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace press;

namespace {

std::string fill(const std::string& xhtml, const theme::Record& data,
                 const i18n::UiText& ui = i18n::UiText()) {
  core::SourceFile file("themes/t/page.xhtml", xhtml);
  core::Diagnostics diagnostics;
  auto page_template = theme::PageTemplate::parse(file, diagnostics);
  REQUIRE(page_template);
  pugi::xml_document out;
  page_template->render(out, data, ui);
  std::ostringstream xml;
  out.document_element().print(xml, "", pugi::format_raw);
  return xml.str();
}

std::string parse_errors(const std::string& xhtml) {
  core::SourceFile file("themes/t/page.xhtml", xhtml);
  core::Diagnostics diagnostics;
  CHECK_FALSE(theme::PageTemplate::parse(file, diagnostics));
  return diagnostics.format_all();
}

}  // namespace

TEST_CASE("text values are inserted as text, so markup in them stays text", "[theme]") {
  theme::Record data;
  data.set("title", "<script>alert(1)</script> & more");
  CHECK(fill("<h1 xmlns:p=\"urn:press:template\" p:text=\"title\">x</h1>", data) ==
        "<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</h1>");
}

TEST_CASE("each, if, unless and attr fill the tree", "[theme]") {
  theme::List items;
  items.push_back(theme::Record().set("name", "A").set("url", "a.html").set("current", "page"));
  items.push_back(theme::Record().set("name", "B").set("url", "b.html"));
  theme::Record data;
  data.set("items", std::move(items));
  data.set("empty", theme::List());
  CHECK(fill("<ul xmlns:p=\"urn:press:template\">"
             "<li p:each=\"item items\"><a p:attr=\"href=item.url aria-current=item.current\" "
             "p:text=\"item.name\">x</a></li><li p:if=\"empty\">none</li><li p:unless=\"empty\">"
             "some</li></ul>",
             data) ==
        "<ul><li><a href=\"a.html\" aria-current=\"page\">A</a></li><li><a href=\"b.html\">B</a></li>"
        "<li>some</li></ul>");
}

TEST_CASE("p:t and p:t-attr translate through the interface strings", "[theme]") {
  i18n::UiText ui({{"Skip to main content", "Ir al contenido"}, {"Main", "Principal"}});
  CHECK(fill("<nav xmlns:p=\"urn:press:template\" aria-label=\"Main\" p:t-attr=\"aria-label\">"
             "<a p:t=\"\">Skip to   main\n content</a></nav>",
             theme::Record(), ui) ==
        "<nav aria-label=\"Principal\"><a>Ir al contenido</a></nav>");
}

TEST_CASE("broken templates are reported at their line and column", "[theme]") {
  CHECK(parse_errors("<div>\n  <p>open\n</div>\n") ==
        "themes/t/page.xhtml:3:3: error: template is not well-formed XML: Start-end tags mismatch\n"
        "</div>\n  ^\n");
  CHECK(parse_errors("<div xmlns:p=\"urn:press:template\">\n<p p:txet=\"x\"/></div>") ==
        "themes/t/page.xhtml:2:2: error: unknown template attribute \"p:txet\"; expected p:each, p:if, "
        "p:unless, p:text, p:tree, p:attr, p:t or p:t-attr\n<p p:txet=\"x\"/></div>\n ^\n");
}
