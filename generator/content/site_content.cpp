#include "content/site_content.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>
#include <unordered_set>

#include "core/input_limits.h"
#include "core/parallel_for.h"
#include "core/text_encoding.h"
#include "core/unicode_text.h"

namespace press::content {

namespace {

bool is_slug(const std::string& name) {
  if (name.empty() || name.front() == '-' || name.back() == '-') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::optional<Page> load_page(const core::FileSystem& fs, const std::string& path, PageKind kind,
                              const config::SiteConfig& config, const ContentMemo* memo,
                              core::Diagnostics& diagnostics) {
  Page page;
  page.kind = kind;
  auto stamp = fs.stamp(path);
  // Texts can always be read again: a build reads them when needed and lets them go after.
  auto read_again = [&fs](const std::string& file) { return core::to_nfc(fs.read_file(file).value_or(std::string())); };
  if (auto known = stamp && memo ? memo->find_unchanged(path, *stamp) : std::nullopt) {
    page.source = std::make_unique<core::SourceFile>(path, read_again);
    page.stamp = known->stamp;
    page.as_remembered = true;
    page.file_key = std::move(known->key);
    page.front = std::move(known->front);
    return page;
  }
  // Stamped before reading: a write meanwhile leaves a stamp that the next load finds changed.
  if (!stamp) {
    diagnostics.error(path, "cannot read this file");
    return std::nullopt;
  }
  auto text = core::read_within_limit(fs, path, core::kMaxContentFileBytes, "this file", diagnostics);
  if (!text) return std::nullopt;
  if (core::find_encoding_problem(*text)) {
    core::check_encoding(core::SourceFile(path, std::move(*text)), diagnostics);
    return std::nullopt;
  }
  page.stamp = *stamp;
  page.source = std::make_unique<core::SourceFile>(path, core::to_nfc(std::move(*text)), read_again);
  page.file_key = file_key_of(kind, page.source->text());
  if (auto known = memo ? memo->find(page.file_key) : std::nullopt) {
    page.front = std::move(*known);
    return page;
  }
  auto front = parse_front_matter(*page.source, kind, config, diagnostics);
  if (!front) return std::nullopt;
  page.front = std::move(*front);
  return page;
}

// A document file that a loaded site does not have yet, loaded for adding to its section:
// only a plain document (not a whole-file translation) with a new slug, that loads without any
// diagnostic and is to be published in this load. Nothing otherwise.
std::optional<std::pair<Section*, Page>> load_new_document(SiteContent& site, const core::FileSystem& fs,
                                                           const config::SiteConfig& config, const std::string& path) {
  const std::filesystem::path file(path);
  const std::string stem = file.stem().string();
  auto section = std::find_if(site.sections.begin(), site.sections.end(),
                              [&](const Section& s) { return s.id == file.parent_path().filename().string(); });
  if (section == site.sections.end() || file.parent_path().parent_path().filename() != "content" ||
      file.extension() != ".md" || !is_slug(stem) ||
      std::any_of(section->documents.begin(), section->documents.end(), [&](const Page& p) { return p.slug == stem; })) {
    return std::nullopt;
  }
  core::Diagnostics found;
  auto page = load_page(fs, path, PageKind::document, config, nullptr, found);
  if (page) check_placeholders(*page->source, page->front, found);
  if (!page || !found.all().empty() || (site.drafts == Drafts::left_out && page->front.draft)) return std::nullopt;
  page->section = section->id;
  page->slug = stem;
  return std::make_pair(&*section, std::move(*page));
}

}  // namespace

size_t SiteContent::document_count() const {
  size_t count = 0;
  for (const auto& section : sections) count += section.documents.size();
  return count;
}

std::vector<const Page*> SiteContent::pages() const {
  std::vector<const Page*> out;
  if (home.source) out.push_back(&home);
  for (const auto& section : sections) {
    if (section.index.source) out.push_back(&section.index);
    for (const auto& page : section.documents) out.push_back(&page);
  }
  return out;
}

const Page* SiteContent::whole_file_translation(const std::string& locale, const Page& page) const {
  if (page.kind != PageKind::document) return nullptr;
  for (const auto& [tag, translation] : page.whole_file_translations) {
    if (tag == locale) return translation;
  }
  return nullptr;
}

void SiteContent::release_translations(const std::string& locale) const {
  const std::string prefix = locale + "/";
  auto it = std::lower_bound(whole_file.begin(), whole_file.end(), prefix,
                             [](const auto& entry, const std::string& key) { return entry.first < key; });
  for (; it != whole_file.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
    it->second.source->release();
  }
}

const std::vector<std::string>& section_ids() {
  static const std::vector<std::string> ids = {"summaries", "factsheets"};
  return ids;
}

SiteContent load_site_content(const core::FileSystem& fs, const std::string& root, const config::SiteConfig& config,
                              core::Diagnostics& diagnostics, const ContentMemo* memo, Drafts drafts) {
  const std::string content_dir = core::join_path(root, "content");
  SiteContent site;
  site.drafts = drafts;
  // Every document file of every section, named here and checked, read and parsed below on
  // all cores at once.
  struct Pending {
    size_t section;
    std::string name;
    std::string locale;  // of a whole-file translation
    std::optional<Page> page;
    std::string key;  // "<section>/<slug>", or for a translation "<locale>/<section>/<slug>"
    core::Diagnostics diagnostics;
  };
  // Sections are listed side by side: a folder of thousands of files takes milliseconds.
  const auto& ids = section_ids();
  std::vector<std::vector<std::string>> listed(ids.size());
  std::vector<std::string> section_dirs(ids.size());
  std::vector<core::Diagnostics> index_diagnostics(ids.size());
  site.sections.resize(ids.size());
  core::parallel_for(0, ids.size(), core::default_workers(), [&](size_t s, int) {
    const std::string& dir = section_dirs[s] = core::join_path(content_dir, ids[s]);
    Section& section = site.sections[s];
    section.id = ids[s];
    // Unsorted: documents are put in order once loaded, and the memo is read meanwhile.
    listed[s] = fs.list_files_unsorted(dir);
    if (auto index = load_page(fs, core::join_path(dir, "_index.md"), PageKind::section, config, memo,
                               index_diagnostics[s])) {
      section.index = std::move(*index);
      section.index.section = ids[s];
    }
  });
  if (auto home = load_page(fs, core::join_path(content_dir, "index.md"), PageKind::home, config, memo,
                            diagnostics)) {
    site.home = std::move(*home);
  }
  std::vector<Pending> pending;
  size_t files = 0;
  for (const auto& names : listed) files += names.size();
  pending.reserve(files);
  for (size_t s = 0; s < ids.size(); ++s) {
    diagnostics.merge(std::move(index_diagnostics[s]));
    for (auto& name : listed[s]) {
      if (name == "_index.md" || name.size() < 4 || name.compare(name.size() - 3, 3, ".md") != 0) continue;
      pending.push_back({s, std::move(name), {}, std::nullopt, {}, {}});
    }
  }
  core::parallel_for(0, pending.size(), core::default_workers(), [&](size_t i, int) {
    Pending& p = pending[i];
    const std::string& id = site.sections[p.section].id;
    const std::string path = core::join_path(section_dirs[p.section], p.name);
    std::string stem = p.name.substr(0, p.name.size() - 3);
    if (const size_t dot = stem.find('.'); dot != std::string::npos) {
      p.locale = stem.substr(dot + 1);
      stem.resize(dot);
      if (std::find(config.locales.begin(), config.locales.end(), p.locale) == config.locales.end() ||
          p.locale == config.source_locale) {
        p.diagnostics.error(path, "\"" + p.locale + "\" in the file name is not a translated locale of "
                                  "press.yaml; a whole-file translation is named <slug>.<locale>.md");
        return;
      }
    }
    if (!is_slug(stem)) {
      p.diagnostics.error(path, "file name \"" + p.name +
                                    "\" must be lowercase letters, digits and hyphens, ending in .md");
      return;
    }
    p.page = load_page(fs, path, PageKind::document, config, memo, p.diagnostics);
    if (!p.page) return;
    p.page->section = id;
    p.key = p.locale.empty() ? id + "/" + stem : p.locale + "/" + id + "/" + stem;
    p.page->slug = std::move(stem);
    // A whole-file translation is needed only while its locale renders: read again then.
    if (!p.locale.empty()) p.page->source->release();
  });
  // Pages are moved once, to their place: documents in order, translations in key order.
  std::vector<std::vector<size_t>> documents_of(site.sections.size());
  std::vector<size_t> translations;
  std::unordered_map<std::string_view, size_t> documents;  // by "<section>/<slug>"
  std::vector<Page*> placed_at(pending.size());            // where each document went
  // Drafts are left out before anything is placed, so nothing points to them; the whole-file
  // translations of a draft go with it. The memo still keeps them, as unchanged files.
  std::unordered_set<std::string_view> drafts_left_out;  // by "<section>/<slug>"
  std::vector<size_t> left_out;                          // by index in `pending`
  for (const Pending& p : pending) {
    if (drafts == Drafts::left_out && p.page && p.locale.empty() && p.page->front.draft) drafts_left_out.insert(p.key);
  }
  for (size_t i = 0; i < pending.size(); ++i) {
    Pending& p = pending[i];
    diagnostics.merge(std::move(p.diagnostics));
    if (!p.page) continue;
    const std::string_view source_key = std::string_view(p.key).substr(p.locale.empty() ? 0 : p.locale.size() + 1);
    if (drafts == Drafts::left_out && (p.page->front.draft || drafts_left_out.count(source_key))) {
      left_out.push_back(i);
      continue;
    }
    check_placeholders(*p.page->source, p.page->front, diagnostics);
    if (p.locale.empty()) {
      documents_of[p.section].push_back(i);
      documents.emplace(p.key, i);
    } else {
      translations.push_back(i);
    }
  }
  // Translations and each section's documents are ordered and moved independently, side by
  // side: translations by key, documents by order and slug.
  core::parallel_for(0, site.sections.size() + 1, core::default_workers(), [&](size_t task, int) {
    if (task == site.sections.size()) {
      std::sort(translations.begin(), translations.end(),
                [&](size_t a, size_t b) { return pending[a].key < pending[b].key; });
      site.whole_file.reserve(translations.size());
      for (size_t i : translations) {
        site.whole_file.emplace_back(std::move(pending[i].key), std::move(*pending[i].page));
      }
      return;
    }
    auto& order = documents_of[task];
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      const Page& x = *pending[a].page;
      const Page& y = *pending[b].page;
      return x.front.order != y.front.order ? x.front.order < y.front.order : x.slug < y.slug;
    });
    auto& placed = site.sections[task].documents;
    placed.reserve(order.size());  // so the addresses taken below stay valid
    for (size_t i : order) {
      placed.push_back(std::move(*pending[i].page));
      placed_at[i] = &placed.back();
    }
  });
  for (const auto& [key, page] : site.whole_file) {
    const size_t slash = key.find('/');
    auto original = documents.find(std::string_view(key).substr(slash + 1));
    if (original == documents.end()) {
      // A source that is there but left out (a draft) or broken (reported on its own) is no
      // reason to warn about its translations.
      if (fs.stamp(core::join_path(content_dir, key.substr(slash + 1) + ".md"))) continue;
      // Likely a renamed or removed English page: the translation would silently never show.
      diagnostics.add({{page.source->path(), 0, 0}, core::Severity::warning,
                       "a whole-file translation of \"" + key.substr(slash + 1) +
                           "\", which has no source page; it is not published",
                       {}});
      continue;
    }
    placed_at[original->second]->whole_file_translations.emplace_back(key.substr(0, slash), &page);
  }
  if (memo) {
    std::vector<ContentMemo::Entry> entries;
    auto add = [&](const Page& page) {
      entries.push_back({&page.source->path(), page.stamp, &page.file_key, &page.front, page.as_remembered});
    };
    for (const Page* page : site.pages()) add(*page);
    for (const auto& [key, page] : site.whole_file) add(page);
    for (size_t i : left_out) add(*pending[i].page);
    memo->save(entries);  // when it cannot be saved, the next load reads everything: nothing is lost
  }
  return site;
}

bool reload_changed_pages(SiteContent& site, const core::FileSystem& fs, const config::SiteConfig& config,
                          const std::vector<std::string>& paths) {
  std::unordered_map<std::string_view, Page*> by_path;
  auto index = [&](Page& page) {
    if (page.source) by_path.emplace(page.source->path(), &page);
  };
  index(site.home);
  for (auto& section : site.sections) {
    index(section.index);
    for (auto& page : section.documents) index(page);
  }
  for (auto& [key, page] : site.whole_file) index(page);
  // All are read before any is changed, so a failure leaves the content as it was.
  std::vector<std::pair<Page*, Page>> fresh;
  std::vector<std::pair<Section*, Page>> added;
  for (const auto& path : paths) {
    const auto kept = by_path.find(path);
    if (kept == by_path.end()) {
      auto page = load_new_document(site, fs, config, path);
      if (!page) return false;
      added.push_back(std::move(*page));
      continue;
    }
    Page& old = *kept->second;
    core::Diagnostics found;
    auto page = load_page(fs, path, old.kind, config, nullptr, found);
    if (page) check_placeholders(*page->source, page->front, found);
    if (!page || !found.all().empty() || page->front.order != old.front.order || page->front.draft != old.front.draft) {
      return false;
    }
    fresh.emplace_back(&old, std::move(*page));
  }
  for (auto& [old, page] : fresh) {
    old->source = std::move(page.source);
    old->stamp = page.stamp;
    old->file_key = std::move(page.file_key);
    old->front = std::move(page.front);
    old->as_remembered = false;
  }
  for (auto& [section, page] : added) {
    auto& documents = section->documents;
    const auto place = std::upper_bound(documents.begin(), documents.end(), page, [](const Page& a, const Page& b) {
      return a.front.order != b.front.order ? a.front.order < b.front.order : a.slug < b.slug;
    });
    documents.insert(place, std::move(page));
  }
  return true;
}

}  // namespace press::content
