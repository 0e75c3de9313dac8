#include "output/atom_feed.h"

#include <catch2/catch.hpp>

using namespace press::output;

TEST_CASE("an Atom feed marks each entry's language, newest first as given", "[output][feed]") {
  Feed feed{"es", "urn:uuid:1", "Directrices & derechos", "Directrices & derechos",
            "https://example.org/es/feed.xml", "https://example.org/es/", {}};
  feed.entries.push_back({"urn:uuid:2", "Despenalización", "Qué significa <despenalizar>.", "es", "", "",
                          "https://example.org/es/factsheets/decriminalisation/", "2021-09-03T00:00:00Z"});
  // Title translated, summary not yet: the summary says it is in English.
  feed.entries.push_back({"urn:uuid:3", "Reducción de daños", "How drug policy can protect health.", "es", "",
                          "en", "https://example.org/es/factsheets/harm-reduction/", "2020-11-26T00:00:00Z"});
  // Neither translated: the whole entry is English.
  feed.entries.push_back({"urn:uuid:4", "The HONLEA report", "Alternatives to prison.", "en", "", "",
                          "https://example.org/es/summaries/honlea/", "2017-10-06T00:00:00Z"});
  CHECK(render_atom(feed) == R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">
  <id>urn:uuid:1</id>
  <title>Directrices &amp; derechos</title>
  <updated>2021-09-03T00:00:00Z</updated>
  <author>
    <name>Directrices &amp; derechos</name>
  </author>
  <link rel="self" type="application/atom+xml" href="https://example.org/es/feed.xml" />
  <link rel="alternate" type="text/html" href="https://example.org/es/" />
  <entry xml:lang="es">
    <id>urn:uuid:2</id>
    <title>Despenalización</title>
    <updated>2021-09-03T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="https://example.org/es/factsheets/decriminalisation/" />
    <summary>Qué significa &lt;despenalizar&gt;.</summary>
  </entry>
  <entry xml:lang="es">
    <id>urn:uuid:3</id>
    <title>Reducción de daños</title>
    <updated>2020-11-26T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="https://example.org/es/factsheets/harm-reduction/" />
    <summary xml:lang="en">How drug policy can protect health.</summary>
  </entry>
  <entry xml:lang="en">
    <id>urn:uuid:4</id>
    <title>The HONLEA report</title>
    <updated>2017-10-06T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="https://example.org/es/summaries/honlea/" />
    <summary>Alternatives to prison.</summary>
  </entry>
</feed>
)");
}

TEST_CASE("a feed with no entry is still a valid feed", "[output][feed]") {
  const std::string atom = render_atom({"ar", "urn:uuid:1", "t", "t", "https://x/ar/feed.xml", "https://x/ar/", {}});
  CHECK(atom.find("<updated>1970-01-01T00:00:00Z</updated>") != std::string::npos);
  CHECK(atom.find("<entry") == std::string::npos);
}
