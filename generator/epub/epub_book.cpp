#include "epub/epub_book.h"
#include "core/file_system.h"

#include <pugixml.hpp>

#include <cstdio>
#include <set>
#include <sstream>

namespace press::epub {

namespace {

constexpr const char* kXhtml = "http://www.w3.org/1999/xhtml";
constexpr const char* kOps = "http://www.idpf.org/2007/ops";

std::string serialize(const pugi::xml_document& document) {
  std::ostringstream out;
  document.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + out.str() + "\n";
}

// gmtime_r, not gmtime: books are packed on several threads at once, and gmtime's one shared
// result could be overwritten by another book's date before this one reads it (ThreadSanitizer
// found it).
std::string iso_time(std::time_t t) {
  std::tm utc{};
  gmtime_r(&t, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

// A content document: XHTML with the book's language and direction on its root.
struct Page {
  pugi::xml_document document;
  pugi::xml_node body;
  Page(const BookInput& book, const std::string& title, const std::string& css_href)
      : Page(book.locale, book.dir, title, css_href) {}
  Page(const std::string& locale, const std::string& dir, const std::string& title, const std::string& css_href) {
    pugi::xml_node html = document.append_child("html");
    html.append_attribute("xmlns") = kXhtml;
    html.append_attribute("xmlns:epub") = kOps;
    html.append_attribute("lang") = locale.c_str();
    html.append_attribute("xml:lang") = locale.c_str();
    html.append_attribute("dir") = dir.c_str();
    pugi::xml_node head = html.append_child("head");
    head.append_child("meta").append_attribute("charset") = "utf-8";
    head.append_child("title").text().set(title.c_str());
    pugi::xml_node link = head.append_child("link");
    link.append_attribute("rel") = "stylesheet";
    link.append_attribute("href") = css_href.c_str();
    body = html.append_child("body");
  }
  std::string bytes() const {
    // The HTML5 doctype keeps reading systems in standards mode.
    std::string xml = serialize(document);
    return xml.insert(xml.find('\n') + 1, "<!DOCTYPE html>\n");
  }
};

// Copies the lang of untranslated text onto xml:lang too, as XHTML reading systems expect.
void add_xml_lang(pugi::xml_node node) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (pugi::xml_attribute lang = child.attribute("lang"); lang && !child.attribute("xml:lang")) {
      child.append_attribute("xml:lang") = lang.value();
    }
    add_xml_lang(child);
  }
}

void add_meta(pugi::xml_node metadata, const char* property, const std::string& value,
              const char* id = nullptr, const char* refines = nullptr) {
  pugi::xml_node meta = metadata.append_child("meta");
  meta.append_attribute("property") = property;
  if (id) meta.append_attribute("id") = id;
  if (refines) meta.append_attribute("refines") = refines;
  meta.text().set(value.c_str());
}

std::string read_text(const std::string& path) { return core::DiskFileSystem().read_file(path).value_or(""); }

}  // namespace

std::string chapter_document(const std::string& locale, const std::string& dir, const std::string& title,
                             const pugi::xml_node& content) {
  Page page(locale, dir, title, "../style.css");
  pugi::xml_node wrapper = page.body.append_child("section");
  wrapper.append_attribute("epub:type") = "chapter";
  wrapper.append_attribute("role") = "doc-chapter";
  wrapper.append_copy(content);
  add_xml_lang(wrapper);
  return page.bytes();
}

std::string stable_uuid(const std::string& name) {
  // Two FNV-1a hashes with different seeds give 128 stable bits, shaped as a version-5-style UUID.
  auto fnv = [&](uint64_t hash) {
    for (unsigned char c : name) hash = (hash ^ c) * 0x100000001b3ULL;
    return hash;
  };
  const uint64_t a = fnv(0xcbf29ce484222325ULL), b = fnv(0x84222325cbf29ce4ULL);
  char text[64];
  std::snprintf(text, sizeof text, "urn:uuid:%08x-%04x-5%03x-%04x-%012llx", static_cast<unsigned>(a >> 32),
                static_cast<unsigned>((a >> 16) & 0xFFFF), static_cast<unsigned>(a & 0xFFF),
                static_cast<unsigned>(0x8000 | ((b >> 48) & 0x3FFF)),
                static_cast<unsigned long long>(b & 0xFFFFFFFFFFFFULL));
  return text;
}

std::optional<std::vector<PackageFile>> package_book(const BookInput& book, BookReport& report,
                                                     core::Diagnostics& diagnostics) {
  std::vector<PackageFile> files;
  files.push_back({"mimetype", "application/epub+zip", true});
  files.push_back({"META-INF/container.xml",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<container version=\"1.0\" "
                   "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile "
                   "full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>"
                   "</rootfiles></container>\n",
                   false});

  // Characters matter only for a book that embeds a font subset.
  const bool needs_font = font_for_locale(book.locale).has_value();
  CharacterSet characters;
  characters.add(book.title);
  characters.add(book.subtitle);
  for (const std::string* text : {&book.text.contents, &book.text.cover, &book.text.start,
                                  &book.text.font_licence}) {
    characters.add(*text);
  }

  // Chapters, in reading order.
  std::vector<const BookChapter*> chapters;
  for (const auto& section : book.sections) {
    characters.add(section.title);
    for (const auto& chapter : section.chapters) {
      if (chapter.facts->has_image) report.has_images = true;
      if (needs_font) characters.add(chapter.facts->characters);
      chapters.push_back(&chapter);
      ++report.chapters;
    }
  }

  // Navigation: the table of contents, and landmarks (cover, contents, start of the text).
  const std::string first_chapter = chapters.empty() ? "cover.xhtml" : chapters.front()->file;
  Page nav(book, book.text.contents, "style.css");
  pugi::xml_node toc = nav.body.append_child("nav");
  toc.append_attribute("epub:type") = "toc";
  toc.append_attribute("role") = "doc-toc";
  toc.append_attribute("id") = "toc";
  toc.append_attribute("aria-labelledby") = "toc-title";
  pugi::xml_node toc_title = toc.append_child("h1");
  toc_title.append_attribute("id") = "toc-title";
  toc_title.text().set(book.text.contents.c_str());
  pugi::xml_node sections = toc.append_child("ol");
  for (const auto& section : book.sections) {
    if (section.chapters.empty()) continue;
    pugi::xml_node item = sections.append_child("li");
    item.append_child("span").text().set(section.title.c_str());
    pugi::xml_node list = item.append_child("ol");
    for (const auto& chapter : section.chapters) {
      pugi::xml_node a = list.append_child("li").append_child("a");
      a.append_attribute("href") = chapter.file.c_str();
      if (!chapter.title_lang.empty()) {
        a.append_attribute("lang") = chapter.title_lang.c_str();
        a.append_attribute("xml:lang") = chapter.title_lang.c_str();
      }
      a.text().set(chapter.title.c_str());
    }
  }
  pugi::xml_node landmarks = nav.body.append_child("nav");
  landmarks.append_attribute("epub:type") = "landmarks";
  landmarks.append_attribute("aria-label") = book.text.landmarks.c_str();
  landmarks.append_attribute("hidden") = "hidden";
  pugi::xml_node marks = landmarks.append_child("ol");
  const std::pair<const char*, std::pair<std::string, std::string>> landmark_list[] = {
      {"cover", {"cover.xhtml", book.text.cover}},
      {"toc", {"nav.xhtml#toc", book.text.contents}},
      {"bodymatter", {first_chapter, book.text.start}}};
  for (const auto& [type, target] : landmark_list) {
    pugi::xml_node a = marks.append_child("li").append_child("a");
    a.append_attribute("epub:type") = type;
    a.append_attribute("href") = target.first.c_str();
    a.text().set(target.second.c_str());
  }

  // The cover: the title as real text, so every reader and screen reader can read it.
  Page cover(book, book.title, "style.css");
  pugi::xml_node cover_section = cover.body.append_child("section");
  cover_section.append_attribute("class") = "cover";
  cover_section.append_attribute("aria-label") = book.text.cover.c_str();
  cover_section.append_child("h1").text().set(book.title.c_str());
  cover_section.append_child("p").text().set(book.subtitle.c_str());

  // A font for scripts e-readers may lack, cut to exactly the characters used.
  std::string stylesheet = book.stylesheet;
  std::optional<PackageFile> font_file;
  std::optional<std::string> licence_page;
  if (auto font = font_for_locale(book.locale)) {
    auto subset = subset_font(*font, characters);
    if (!subset) {
      diagnostics.error(font->path, "cannot read the font for " + book.locale + "; install fonts-noto-core "
                                    "and fonts-noto-cjk");
      return std::nullopt;
    }
    for (char32_t c : subset->missing) {
      char hex[16];
      std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(c));
      diagnostics.error(font->path, std::string("the ") + book.locale + " book uses " + hex +
                                        ", which " + font->family + " has no glyph for");
    }
    if (!subset->missing.empty()) return std::nullopt;
    const bool cff = subset->bytes.compare(0, 4, "OTTO") == 0;
    const std::string font_name = std::string("fonts/") + (cff ? "book-font.otf" : "book-font.ttf");
    stylesheet = "@font-face { font-family: \"" + font->family + " Book\"; src: url(\"" + font_name +
                 "\"); }\nbody, svg { font-family: \"" + font->family + " Book\", \"" + font->family +
                 "\", sans-serif; }\n" + stylesheet;
    report.font_bytes = subset->bytes.size();
    report.font_original_bytes = subset->original_size;
    font_file = PackageFile{"EPUB/" + font_name, std::move(subset->bytes), false};
    Page licence(book, book.text.font_licence, "style.css");
    pugi::xml_node section = licence.body.append_child("section");
    section.append_attribute("aria-labelledby") = "licence-title";
    pugi::xml_node heading = section.append_child("h1");
    heading.append_attribute("id") = "licence-title";
    heading.text().set(book.text.font_licence.c_str());
    pugi::xml_node pre = section.append_child("pre");
    pre.append_attribute("lang") = "en";
    pre.append_attribute("xml:lang") = "en";
    pre.append_attribute("dir") = "ltr";
    pre.text().set((font->family + "\n\n" + read_text(font->licence_path)).c_str());
    licence_page = licence.bytes();
  }

  // The package document, with accessibility metadata derived from what the book contains.
  pugi::xml_document opf;
  pugi::xml_node package = opf.append_child("package");
  package.append_attribute("xmlns") = "http://www.idpf.org/2007/opf";
  package.append_attribute("version") = "3.0";
  package.append_attribute("unique-identifier") = "book-id";
  package.append_attribute("xml:lang") = book.locale.c_str();
  package.append_attribute("dir") = book.dir.c_str();
  pugi::xml_node metadata = package.append_child("metadata");
  metadata.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  pugi::xml_node identifier = metadata.append_child("dc:identifier");
  identifier.append_attribute("id") = "book-id";
  identifier.text().set(book.identifier.c_str());
  metadata.append_child("dc:title").text().set(book.title.c_str());
  metadata.append_child("dc:language").text().set(book.locale.c_str());
  add_meta(metadata, "dcterms:modified", iso_time(book.modified));
  add_meta(metadata, "schema:accessMode", "textual");
  if (report.has_images) add_meta(metadata, "schema:accessMode", "visual");
  add_meta(metadata, "schema:accessModeSufficient", "textual");
  for (const char* feature : {"structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"}) {
    add_meta(metadata, "schema:accessibilityFeature", feature);
  }
  if (report.has_images) {
    // Each chart has a text alternative, and its data and sources follow it as a table.
    add_meta(metadata, "schema:accessibilityFeature", "alternativeText");
    add_meta(metadata, "schema:accessibilityFeature", "longDescription");
  }
  add_meta(metadata, "schema:accessibilityHazard", "none");
  add_meta(metadata, "schema:accessibilitySummary", book.text.accessibility_summary);
  add_meta(metadata, "dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.2 Level AA", "conformance");
  add_meta(metadata, "a11y:certifiedBy", "press build checks (epubcheck, DAISY Ace)", nullptr, "#conformance");

  pugi::xml_node manifest = package.append_child("manifest");
  auto item = [&](const std::string& id, const std::string& href, const char* type, const char* properties = nullptr) {
    pugi::xml_node i = manifest.append_child("item");
    i.append_attribute("id") = id.c_str();
    i.append_attribute("href") = href.c_str();
    i.append_attribute("media-type") = type;
    if (properties) i.append_attribute("properties") = properties;
  };
  item("nav", "nav.xhtml", "application/xhtml+xml", "nav");
  item("cover", "cover.xhtml", "application/xhtml+xml");
  item("css", "style.css", "text/css");
  for (size_t i = 0; i < chapters.size(); ++i) {
    item("c" + std::to_string(i + 1), chapters[i]->file, "application/xhtml+xml",
         chapters[i]->facts->has_svg ? "svg" : nullptr);
  }
  for (size_t i = 0; i < book.images.size(); ++i) {
    item("img" + std::to_string(i + 1), "images/" + book.images[i].name, book.images[i].media_type.c_str());
  }
  if (font_file) {
    const bool otf = font_file->path.size() > 4 && font_file->path.compare(font_file->path.size() - 4, 4, ".otf") == 0;
    item("font", font_file->path.substr(5), otf ? "font/otf" : "font/ttf");
    item("licence", "font-licence.xhtml", "application/xhtml+xml");
  }
  pugi::xml_node spine = package.append_child("spine");
  if (book.dir == "rtl") spine.append_attribute("page-progression-direction") = "rtl";
  auto itemref = [&](const std::string& id) { spine.append_child("itemref").append_attribute("idref") = id.c_str(); };
  itemref("cover");
  itemref("nav");
  for (size_t i = 0; i < chapters.size(); ++i) itemref("c" + std::to_string(i + 1));
  if (font_file) itemref("licence");

  files.push_back({"EPUB/package.opf", serialize(opf), false});
  files.push_back({"EPUB/nav.xhtml", nav.bytes(), false});
  files.push_back({"EPUB/cover.xhtml", cover.bytes(), false});
  files.push_back({"EPUB/style.css", stylesheet, false});
  for (const BookImage& image : book.images) {
    // Already compressed: deflating them again gains nothing.
    files.push_back({"EPUB/images/" + image.name, {}, true, image.bytes});
  }
  for (const BookChapter* chapter : chapters) {
    PackageFile file{"EPUB/" + chapter->file, {}, false, chapter->document};
    file.key = chapter->facts->key;
    file.in_earlier_only = chapter->document.empty();
    files.push_back(std::move(file));
  }
  if (font_file) {
    files.push_back(std::move(*font_file));
    files.push_back({"EPUB/font-licence.xhtml", std::move(*licence_page), false});
  }
  return files;
}

}  // namespace press::epub
