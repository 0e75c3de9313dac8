// A locale's Atom feed: `<locale>/feed.xml`, one entry per document the build publishes.
#pragma once

#include <string>
#include <vector>

#include "pipeline/page_renderer.h"

namespace press::pipeline {

inline constexpr const char* kFeedFile = "feed.xml";

/// The feed of `locale`: each document newest first by its date, with its title and summary in
/// the locale's language. A document not yet translated there is still listed, with its
/// source-language title or summary marked with the source language's xml:lang, so a reader of
/// that locale hears of it. Entry ids are made from the site's address, the locale and the
/// document's section and file name, so an edit to a title keeps the entry the same.
std::string locale_feed(const SiteContext& site, const LocaleData& locale, const std::vector<PageJob>& jobs);

}  // namespace press::pipeline
