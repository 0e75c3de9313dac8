// EPUB book: one locale's documents as an EPUB 3 package with accessibility metadata.
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "core/diagnostics.h"
#include "epub/chapter_facts.h"
#include "epub/font_subset.h"
#include "epub/zip_package.h"

namespace press::epub {

struct BookChapter {
  std::string file;   // inside EPUB/, e.g. "text/factsheets-decriminalisation.xhtml"
  std::string title;
  std::string title_lang;  // set when the title is still in the source language
  /// Its content document, from chapter_document, not owned; empty for a chapter unchanged
  /// since the last build, which is then copied from the earlier package by its key.
  std::string_view document;
  /// What packing needs to know of it, not owned: a book's chapters are gathered for every
  /// build, and most are packed by nobody.
  const ChapterFacts* facts = nullptr;
};

struct BookSection {
  std::string title;
  std::vector<BookChapter> chapters;
};

/// Words of the book's own pages (cover, contents, landmarks), in its language.
struct BookText {
  std::string contents;               // "Contents"
  std::string cover;                  // "Cover"
  std::string start;                  // "Start of content"
  std::string landmarks;              // "Landmarks"
  std::string font_licence;           // "Font licence"
  std::string accessibility_summary;  // one or two sentences for schema:accessibilitySummary
};

/// A picture file of the site (content/images/), packed at EPUB/images/<name>.
struct BookImage {
  std::string name;
  std::string media_type;
  std::string_view bytes;  // not owned
};

struct BookInput {
  std::string locale;      // BCP 47
  std::string dir;         // "ltr" or "rtl"
  std::string title;       // the publication's title in this language
  std::string subtitle;    // shown on the cover
  std::string identifier;  // "urn:uuid:…", stable for the same site and locale
  std::time_t modified = 0;
  std::vector<BookSection> sections;
  BookText text;
  std::string stylesheet;  // the theme's epub.css
  std::vector<BookImage> images;  // the site's own images, which chapters show from ../images/
};

/// What the book was found to contain, for its accessibility metadata and the build report.
struct BookReport {
  int chapters = 0;
  bool has_images = false;
  size_t font_bytes = 0;          // size of the embedded subset, if any
  size_t font_original_bytes = 0;
};

/// The package's files: mimetype, container, OPF, navigation, cover, chapters, stylesheet and,
/// for scripts e-readers may lack, a Noto font subset with its licence. A character the font
/// has no glyph for is an error (the book would show boxes). The chapters' files borrow their
/// documents from `book`, not copies, so what they point to must outlive the files; a chapter
/// without a document must be in the earlier package given to `pack_zip`.
std::optional<std::vector<PackageFile>> package_book(const BookInput& book, BookReport& report,
                                                     core::Diagnostics& diagnostics);

/// The content document of one chapter: `content` (the page's <article>, without what only
/// works on the web) in an XHTML page titled `title`, in the book's `locale` and `dir`. Made
/// while the page renders, so the e-book only gathers finished chapters.
std::string chapter_document(const std::string& locale, const std::string& dir, const std::string& title,
                             const pugi::xml_node& content);

/// A stable `urn:uuid:` made from a name (the site's address and the locale).
std::string stable_uuid(const std::string& name);

}  // namespace press::epub
