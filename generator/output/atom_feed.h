// Atom feed (RFC 4287): one locale's documents, newest first, for readers and partner
// organisations who follow the site in a feed reader.
#pragma once

#include <string>
#include <vector>

namespace press::output {

struct FeedEntry {
  std::string id;       // stable: the same in every build, whatever the document's title
  std::string title;
  std::string summary;
  std::string lang;     // the entry's language: the locale's, or the source's when untranslated
  std::string title_lang;    // set when the title alone is in another language than `lang`
  std::string summary_lang;  // likewise for the summary
  std::string url;      // absolute
  std::string updated;  // RFC 3339, "2021-09-03T00:00:00Z"
};

struct Feed {
  std::string lang;      // the locale (xml:lang of the feed)
  std::string id;
  std::string title;
  std::string author;    // the publisher's name
  std::string self_url;  // this feed's absolute URL
  std::string site_url;  // the locale's home page, absolute
  std::vector<FeedEntry> entries;  // in the order given: newest first
};

/// The feed as an Atom document. Its `updated` is its newest entry's, so an unchanged site
/// gives the same bytes in every build.
std::string render_atom(const Feed& feed);

}  // namespace press::output
