// SiteContent: every content file of the site, read and front-matter-checked once.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "config/site_config.h"
#include "content/front_matter.h"
#include "content/content_memo.h"
#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/source_file.h"

namespace press::content {

/// One content file: where it lives in the site and what it says.
struct Page {
  PageKind kind = PageKind::document;
  std::string section;  // "summaries", "factsheets"; empty for the home page
  std::string slug;     // file name without ".md"; empty for home and section pages
  std::unique_ptr<core::SourceFile> source;
  std::string file_key;    // content hash of the kind and the NFC text
  core::FileStamp stamp;  // the file's when it was loaded
  bool as_remembered = false;  // found unchanged by the content memo, which needs no new record
  FrontMatter front;
  /// A document's whole-file translations by locale tag, linked once loading is done, so a
  /// build asking for every page in every locale does not search for them.
  std::vector<std::pair<std::string, const Page*>> whole_file_translations;

  std::string_view body() const { return std::string_view(source->text()).substr(front.body_offset); }
};

struct Section {
  std::string id;
  Page index;                   // from `_index.md`
  std::vector<Page> documents;  // sorted by `order`, then slug
};

/// Whether a load keeps documents marked `draft: true`: `press build` leaves them out (no page,
/// list entry, sitemap entry, e-book chapter or catalog); `--drafts` and `press check` keep them.
enum class Drafts { left_out, included };

struct SiteContent {
  Drafts drafts = Drafts::left_out;  // how it was loaded
  Page home;  // from `content/index.md`
  std::vector<Section> sections;
  /// Whole-file translations `content/<section>/<slug>.<locale>.md`, written for a local
  /// context, sorted by their key "<locale>/<section>/<slug>". They replace the catalog for
  /// that page.
  std::vector<std::pair<std::string, Page>> whole_file;
  size_t document_count() const;
  /// Every loaded page: home, then each section's introduction and documents.
  std::vector<const Page*> pages() const;
  const Page* whole_file_translation(const std::string& locale, const Page& page) const;
  /// Lets the texts of `locale`'s whole-file translations go until they are needed again.
  void release_translations(const std::string& locale) const;
};

/// The sections press builds, in the order they appear in navigation.
const std::vector<std::string>& section_ids();

/// Reads `<root>/content`: index.md, and for each section `_index.md` and `<slug>.md`.
/// Reports every broken file and leaves it out (its `source` stays null for home and section
/// pages), so later stages can still check the rest and one run reports every problem.
/// With `Drafts::left_out`, a draft document, a draft whole-file translation and every
/// whole-file translation of a draft are left out silently. Placeholders in the documents kept
/// are reported (`check_placeholders`).
/// With a `memo`, files it knows unchanged are not read until their text is needed (so `fs`
/// must outlive the pages), others skip the YAML parser when their text is known; the memo is
/// then saved again.
/// Reads again the content files at `paths` (as loading named them) into the pages already
/// loaded from them, in place, and adds new documents to their sections in order. Only when
/// every one of them still loads without any diagnostic, an old page keeps its place (the same
/// order, still a draft or not) and a new one is a plain document with a new slug; otherwise
/// nothing is changed and the answer is false: the content must be loaded again as a whole,
/// which reports what is wrong. Whole-file translations point into `whole_file`, never into a
/// section's documents, so adding one moves nothing they point to.
bool reload_changed_pages(SiteContent& site, const core::FileSystem& fs, const config::SiteConfig& config,
                          const std::vector<std::string>& paths);

SiteContent load_site_content(const core::FileSystem& fs, const std::string& root, const config::SiteConfig& config,
                              core::Diagnostics& diagnostics, const ContentMemo* memo = nullptr,
                              Drafts drafts = Drafts::left_out);

}  // namespace press::content
