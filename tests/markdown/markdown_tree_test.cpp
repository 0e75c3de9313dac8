#include "markdown/markdown_tree.h"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <sstream>

using namespace press;

namespace {

struct Rendered {
  std::string xml;
  std::string errors;
  markdown::RenderedMarkdown result;
};

Rendered render(const std::string& markdown, int first_line = 1,
                markdown::InfographicEmbedder* infographics = nullptr) {
  core::SourceFile file("content/factsheets/x.md", markdown);
  i18n::UiText ui;
  i18n::LocaleFormat format("en");
  core::Diagnostics diagnostics;
  pugi::xml_document document;
  pugi::xml_node root = document.append_child("div");
  markdown::MarkdownSource source{file, first_line, ui, format, "https://site.example/"};
  source.infographics = infographics;
  Rendered out;
  out.result = markdown::render_markdown(markdown, source, root, diagnostics);
  std::ostringstream xml;
  root.print(xml, "", pugi::format_raw);
  out.xml = xml.str();
  out.errors = diagnostics.format_all();
  return out;
}

}  // namespace

TEST_CASE("headings get stable unique ids and link to themselves", "[markdown]") {
  auto out = render("## Key points\n\n## Key points\n\n### Qué pasó?\n");
  CHECK(out.xml ==
        "<div><h2 id=\"key-points\"><a class=\"self-link\" href=\"#key-points\">Key points</a></h2>"
        "<h2 id=\"key-points-2\"><a class=\"self-link\" href=\"#key-points-2\">Key points</a></h2>"
        "<h3 id=\"qué-pasó\"><a class=\"self-link\" href=\"#qué-pasó\">Qué pasó?</a></h3></div>");
  CHECK(out.errors.empty());
}

TEST_CASE("table header cells get scope and cells keep alignment", "[markdown]") {
  auto out = render("| Who | How many |\n|-----|---:|\n| States | 95 |\n");
  CHECK(out.xml ==
        "<div><div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table 1\"><table>"
        "<thead><tr><th scope=\"col\">Who</th><th scope=\"col\" class=\"align-end\">How many</th></tr></thead>"
        "<tbody><tr><td>States</td><td class=\"align-end\">95</td></tr></tbody></table></div></div>");
}

TEST_CASE("footnotes link both ways with accessible names", "[markdown]") {
  auto out = render("A claim.[^src]\n\n[^src]: The source.\n");
  CHECK(out.xml ==
        "<div><p>A claim.<sup><a href=\"#fn-1\" id=\"fnref-1\" role=\"doc-noteref\" aria-label=\"Note 1\">1</a>"
        "</sup></p><section class=\"footnotes\" aria-labelledby=\"footnotes-title\">"
        "<h2 id=\"footnotes-title\">Notes</h2><ol><li id=\"fn-1\"><p>The source. "
        "<a href=\"#fnref-1\" role=\"doc-backlink\" aria-label=\"Back to reference 1\">↩</a></p></li></ol>"
        "</section></div>");
}

TEST_CASE("external links say so to screen readers; internal ones do not", "[markdown]") {
  auto out = render("[UN](https://un.org) and [us](https://site.example/en/) and [page](../x/)\n");
  CHECK(out.xml ==
        "<div><p><a href=\"https://un.org\" class=\"external\">UN<span class=\"visually-hidden\"> "
        "(external link)</span></a> and <a href=\"https://site.example/en/\">us</a> and "
        "<a href=\"../x/\">page</a></p></div>");
}

TEST_CASE("Markdown that would break the page is refused with located errors", "[markdown]") {
  struct Case {
    const char* name;
    std::string markdown;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"image without alt", "Text\n\nSee ![](chart.png) here.\n",
       "content/factsheets/x.md:12:5: error: image \"chart.png\" has no alt text; describe it: "
       "![what it shows](chart.png)\nSee ![](chart.png) here.\n    ^\n"},
      {"inline HTML", "Line<br>break\n",
       "content/factsheets/x.md:10:5: error: raw HTML \"<br>\" is not allowed; content is Markdown only\n"
       "Line<br>break\n    ^\n"},
      {"HTML block", "<div>\nx\n</div>\n",
       "content/factsheets/x.md:10:1: error: raw HTML \"<div>\" is not allowed; content is Markdown only\n"
       "<div>\n^\n"},
      {"second h1", "# Title again\n",
       "content/factsheets/x.md:10:1: error: level-1 heading in the body; the title is the page's only "
       "level-1 heading, so start sections with \"##\"\n# Title again\n^\n"},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    // The body starts on line 10 of the file, as it would after nine lines of front matter.
    std::string file_text = std::string(9, '\n') + c.markdown;
    core::SourceFile file("content/factsheets/x.md", file_text);
    i18n::UiText ui;
    i18n::LocaleFormat format("en");
    core::Diagnostics diagnostics;
    pugi::xml_document document;
    markdown::MarkdownSource source{file, 10, ui, format, ""};
    markdown::render_markdown(c.markdown, source, document.append_child("div"), diagnostics);
    CHECK(diagnostics.format_all() == c.expected);
  }
}

TEST_CASE("text is escaped by construction and counted for reading time", "[markdown]") {
  auto out = render("Use `a < b` & *stay* calm.\n");
  CHECK(out.xml == "<div><p>Use <code>a &lt; b</code> &amp; <em>stay</em> calm.</p></div>");
  i18n::LocaleFormat format("en");
  CHECK(format.count_words(out.result.plain_text) == 5);  // "<" and "&" are not words
}

TEST_CASE("heading ids fold every kind of space and punctuation, in any script", "[markdown]") {
  auto out = render("## Que peut-on faire ?\n\n## 问题是什么？\n\n## ما المشكلة؟\n");
  CHECK(out.xml.find("id=\"que-peut-on-faire\"") != std::string::npos);  // U+00A0 before "?"
  CHECK(out.xml.find("id=\"问题是什么\"") != std::string::npos);
  CHECK(out.xml.find("id=\"ما-المشكلة\"") != std::string::npos);
}

namespace {

// Knows one infographic, "known", and places a marker where it goes.
class OneInfographic final : public markdown::InfographicEmbedder {
 public:
  bool embed(const std::string& name, pugi::xml_node parent) override {
    if (name != "known") return false;
    parent.append_child("figure").append_attribute("data-name") = name.c_str();
    return true;
  }
  std::string known_names() const override { return "known"; }
};

Rendered render_with_infographics(const std::string& markdown) {
  OneInfographic infographics;
  return render(markdown, 1, &infographics);
}

}  // namespace

TEST_CASE("an infographic on a line of its own becomes a figure, not a paragraph", "[markdown][infographics]") {
  auto out = render_with_infographics("Before.\n\n![](infographics/known)\n\nAfter.\n");
  CHECK(out.xml == "<div><p>Before.</p><figure data-name=\"known\"/><p>After.</p></div>");
  CHECK(out.errors.empty());
}

TEST_CASE("an infographic that does not exist is reported where it is embedded", "[markdown][infographics]") {
  auto out = render_with_infographics("Intro.\n\n  ![](infographics/nope)\n");
  CHECK(out.errors ==
        "content/factsheets/x.md:3:3: error: no infographic \"nope\": there is no "
        "content/infographics/nope.yaml; the infographics are known\n"
        "  ![](infographics/nope)\n"
        "  ^\n");
  auto inline_use = render_with_infographics("See ![](infographics/known) here.\n");
  CHECK(inline_use.errors.find("x.md:1:5: error: an infographic stands in a paragraph of its own") != std::string::npos);
}

TEST_CASE("links and images take only relative, http(s), mailto and tel URLs", "[markdown][safety]") {
  const std::string tail = "\", which a page may not link to; use a relative URL, #fragment, http:, https:, mailto: or tel:";
  struct Case {
    const char* name;
    std::string markdown;
    std::string expected;  // the first line of the diagnostic; empty: allowed
  };
  const std::vector<Case> cases = {
      {"inline link", "[x](javascript:alert(1))\n",
       "content/factsheets/x.md:1:1: error: the link target \"javascript:alert(1)\" uses the scheme \"javascript:" + tail},
      {"mixed case", "[x](JaVaScRiPt:alert(1))\n",
       "content/factsheets/x.md:1:1: error: the link target \"JaVaScRiPt:alert(1)\" uses the scheme \"javascript:" + tail},
      {"entity-encoded", "[x](&#106;avascript:alert(1))\n",
       "content/factsheets/x.md:1:1: error: the link target \"javascript:alert(1)\" uses the scheme \"javascript:" + tail},
      {"tab inside, entity", "[x](java&#9;script:alert(1))\n",
       "content/factsheets/x.md:1:1: error: the link target \"java?script:alert(1)\" uses the scheme \"javascript:" + tail},
      {"autolink", "See <vbscript:msgbox>.\n",
       "content/factsheets/x.md:1:5: error: the link target \"vbscript:msgbox\" uses the scheme \"vbscript:" + tail},
      {"reference", "[x][r]\n\n[r]: data:text/html;base64,PHNjcmlwdD4=\n",
       "content/factsheets/x.md:1:1: error: the link target \"data:text/html;base64,PHNjcmlwdD4=\" uses the scheme \"data:" + tail},
      {"data image", "![a chart](data:image/png;base64,iVBORw0KGgo=)\n",
       "content/factsheets/x.md:1:1: error: the link target \"data:image/png;base64,iVBORw0KGgo=\" uses the scheme \"data:" + tail},
      {"image with script", "![a chart](javascript:alert(1))\n",
       "content/factsheets/x.md:1:1: error: the link target \"javascript:alert(1)\" uses the scheme \"javascript:" + tail},
      {"https", "[UN](https://un.org)\n", ""},
      {"mailto", "[write](mailto:info@example.org)\n", ""},
      {"tel", "[call](tel:+66-2-000-0000)\n", ""},
      {"relative with colon later", "[x](../a/b:c.html)\n", ""},
      {"fragment", "[x](#key-points)\n", ""},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    const auto out = render(c.markdown);
    CHECK(out.errors.substr(0, out.errors.find('\n')) == c.expected);
    CHECK(out.xml.find("href=\"javascript") == std::string::npos);
    CHECK(out.xml.find("src=\"javascript") == std::string::npos);
  }
}

TEST_CASE("link and image targets are written percent-encoded, as CommonMark renders them", "[markdown][url]") {
  struct Case {
    const char* markdown;
    const char* html;
  };
  const Case cases[] = {
      {"[the report](<annual report.pdf>)\n", "<div><p><a href=\"annual%20report.pdf\">the report</a></p></div>"},
      {"[back](../reports\\old/)\n", "<div><p><a href=\"../reports%5Cold/\">back</a></p></div>"},
      {"[доклад](/ru/доклад/)\n",
       "<div><p><a href=\"/ru/%D0%B4%D0%BE%D0%BA%D0%BB%D0%B0%D0%B4/\">доклад</a></p></div>"},
      {"[kept](/a%20b/)\n", "<div><p><a href=\"/a%20b/\">kept</a></p></div>"},
      {"[entity](/search?a=1&amp;b=2)\n", "<div><p><a href=\"/search?a=1&amp;b=2\">entity</a></p></div>"},
      {"[escaped](/a\\_b)\n", "<div><p><a href=\"/a_b\">escaped</a></p></div>"},
      {"![a map of the region](<maps/south east.png>)\n",
       "<div><p><img src=\"maps/south%20east.png\" alt=\"a map of the region\"/></p></div>"},
  };
  for (const auto& c : cases) {
    INFO(c.markdown);
    const auto out = render(c.markdown);
    CHECK(out.errors.empty());
    CHECK(out.xml == c.html);
  }
}
