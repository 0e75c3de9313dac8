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

TEST_CASE("a theme that would put script in a page is refused at load", "[theme][safety]") {
  const std::string head = "<div xmlns:p=\"urn:press:template\">\n";
  const struct {
    std::string body, error;  // error: the first line of the diagnostic
  } cases[] = {
      {"<script>alert(1)</script></div>",
       "themes/t/page.xhtml:2:2: error: a theme may not contain <script>: pages carry no script"},
      {"<script p:text=\"title\"/></div>",
       "themes/t/page.xhtml:2:2: error: a theme may not contain <script>: pages carry no script"},
      {"<a onclick=\"steal()\">x</a></div>",
       "themes/t/page.xhtml:2:2: error: event handler attribute \"onclick\" is not allowed: pages carry no script"},
      {"<img ONERROR=\"x\" alt=\"\"/></div>",
       "themes/t/page.xhtml:2:2: error: event handler attribute \"ONERROR\" is not allowed: pages carry no script"},
      {"<a p:attr=\"href=url onmouseover=title\">x</a></div>",
       "themes/t/page.xhtml:2:2: error: p:attr may not set the event handler \"onmouseover\": pages carry no script"},
      {"<style p:text=\"title\"/></div>",
       "themes/t/page.xhtml:2:2: error: a <style> element may be filled only with inline_style, the theme's own "
       "stylesheet"},
      {"<style p:tree=\"body\"/></div>",
       "themes/t/page.xhtml:2:2: error: a <style> element may be filled only with inline_style, the theme's own "
       "stylesheet"},
  };
  for (const auto& c : cases) {
    INFO(c.body);
    const std::string errors = parse_errors(head + c.body);
    CHECK(errors.substr(0, errors.find('\n')) == c.error);
  }
  // The stylesheet itself may be inlined, and "open" is not an event handler.
  CHECK(fill(head + "<style p:text=\"inline_style\"/><details open=\"\"/></div>",
             theme::Record().set("inline_style", "p{color:red}")) ==
        "<div><style>p{color:red}</style><details open=\"\"/></div>");
}

TEST_CASE("a link filled from data that breaks the URL rule is left out", "[theme][safety]") {
  const std::string xhtml = "<p xmlns:p=\"urn:press:template\"><a p:attr=\"href=url\">x</a></p>";
  CHECK(fill(xhtml, theme::Record().set("url", "javascript:alert(1)")) == "<p><a>x</a></p>");
  CHECK(fill(xhtml, theme::Record().set("url", " JAVASCRIPT:alert(1)")) == "<p><a>x</a></p>");
  CHECK(fill(xhtml, theme::Record().set("url", "../en/index.html")) == "<p><a href=\"../en/index.html\">x</a></p>");
}
