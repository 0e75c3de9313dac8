#include "markdown/markdown_tree.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <vector>

#include "content/local_images.h"
#include "core/url_encoding.h"
#include "core/url_rule.h"
#include "i18n/ui_messages.h"
#include "markdown/cmark_document.h"
#include "markdown/heading_ids.h"

namespace press::markdown {

namespace {

constexpr const char* kLocalImageRule =
    "a page's own images go in content/images/ and are written ![what it shows](images/<name>)";

std::string_view type_name(cmark_node* node) { return cmark_node_get_type_string(node); }

bool contains_link(cmark_node* node) {
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
    cmark_node_type type = cmark_node_get_type(child);
    if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE ||
        type == CMARK_NODE_FOOTNOTE_REFERENCE || contains_link(child))
      return true;
  }
  return false;
}

void append_plain_text(cmark_node* node, std::string& out) {
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
    switch (cmark_node_get_type(child)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        out += cmark_node_get_literal(child);
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out += ' ';
        break;
      default:
        append_plain_text(child, out);
    }
  }
}

std::string plain_text_of(cmark_node* node) {
  std::string text;
  append_plain_text(node, text);
  return text;
}

const char* alignment_class(uint8_t alignment) {
  switch (alignment) {
    case 'l': return "align-start";
    case 'c': return "align-center";
    case 'r': return "align-end";
    default: return nullptr;
  }
}

// Walks one document; one instance per rendering, so no state is shared between pages.
class TreeBuilder {
 public:
  TreeBuilder(const MarkdownSource& source, pugi::xml_node parent, core::Diagnostics& diagnostics)
      : source_(source), parent_(parent), diagnostics_(diagnostics),
        ids_({"main", "footnotes-title"}) {}

  RenderedMarkdown build(cmark_node* document) {
    append_children(document, parent_);
    if (notes_) append_note_heading_first();
    return std::move(result_);
  }

 private:
  void error_at(cmark_node* node, std::string message) {
    int line = source_.first_line + cmark_node_get_start_line(node) - 1;
    diagnostics_.error(source_.file, line, cmark_node_get_start_column(node), std::move(message));
  }

  void append_children(cmark_node* node, pugi::xml_node out) {
    for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
      append(child, out);
    }
  }

  void text(pugi::xml_node out, std::string_view value) {
    out.append_child(pugi::node_pcdata).set_value(std::string(value).c_str());
    result_.plain_text.append(value);
  }

  void append(cmark_node* node, pugi::xml_node out) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_PARAGRAPH: return paragraph(node, out);
      case CMARK_NODE_HEADING: return heading(node, out);
      case CMARK_NODE_BLOCK_QUOTE: return append_children(node, out.append_child("blockquote"));
      case CMARK_NODE_LIST: return list(node, out);
      case CMARK_NODE_ITEM: return append_children(node, out.append_child("li"));
      case CMARK_NODE_CODE_BLOCK: return code_block(node, out);
      case CMARK_NODE_THEMATIC_BREAK: out.append_child("hr"); return;
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE: return raw_html(node);
      case CMARK_NODE_FOOTNOTE_DEFINITION: return footnote_definition(node);
      case CMARK_NODE_TEXT: return text(out, cmark_node_get_literal(node));
      case CMARK_NODE_SOFTBREAK: return text(out, "\n");
      case CMARK_NODE_LINEBREAK: out.append_child("br"); return;
      case CMARK_NODE_CODE:
        text(out.append_child("code"), cmark_node_get_literal(node));
        return;
      case CMARK_NODE_EMPH: return append_children(node, out.append_child("em"));
      case CMARK_NODE_STRONG: return append_children(node, out.append_child("strong"));
      case CMARK_NODE_LINK: return link(node, out);
      case CMARK_NODE_IMAGE: return image(node, out);
      case CMARK_NODE_FOOTNOTE_REFERENCE: return footnote_reference(node, out);
      default: break;
    }
    std::string_view type = type_name(node);
    if (type == "table") return table(node, out);
    if (type == "strikethrough") return append_children(node, out.append_child("del"));
    append_children(node, out);
  }

  // Leaf blocks are counted in the order segment_blocks() lists them; a block the catalog had
  // no translation for is still in the source language and says so with `lang`.
  bool next_block_untranslated() {
    const size_t index = leaf_index_++;
    const auto* flags = source_.untranslated_blocks;
    return flags && index < flags->size() && (*flags)[index];
  }

  void mark_source_language(pugi::xml_node element) {
    element.append_attribute("lang") = source_.source_lang.c_str();
    element.append_attribute("dir") = source_.source_dir.c_str();
    result_.untranslated = true;
  }

  void paragraph(cmark_node* node, pugi::xml_node out) {
    if (const std::string name = embedded_infographic(node); !name.empty()) return infographic(node, name, out);
    // Tight list items hold their text directly, as in cmark's own HTML.
    cmark_node* parent = cmark_node_parent(node);
    cmark_node* list = parent ? cmark_node_parent(parent) : nullptr;
    bool tight = list && cmark_node_get_type(parent) == CMARK_NODE_ITEM &&
                 cmark_node_get_list_tight(list);
    const bool untranslated = next_block_untranslated();
    pugi::xml_node target = tight ? (untranslated ? out.append_child("span") : out)
                                  : out.append_child("p");
    if (untranslated) mark_source_language(target);
    append_children(node, target);
    result_.plain_text += '\n';
  }

  void heading(cmark_node* node, pugi::xml_node out) {
    int level = cmark_node_get_heading_level(node);
    if (level == 1) {
      error_at(node, "level-1 heading in the body; the title is the page's only level-1 "
                     "heading, so start sections with \"##\"");
    }
    pugi::xml_node h = out.append_child(("h" + std::to_string(level)).c_str());
    const std::string id = ids_.make(plain_text_of(node));
    h.append_attribute("id") = id.c_str();
    if (next_block_untranslated()) mark_source_language(h);
    if (contains_link(node)) {
      append_children(node, h);
    } else {
      pugi::xml_node self = h.append_child("a");
      self.append_attribute("class") = "self-link";
      self.append_attribute("href") = ("#" + id).c_str();
      append_children(node, self);
    }
    result_.plain_text += '\n';
  }

  void list(cmark_node* node, pugi::xml_node out) {
    bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
    pugi::xml_node l = out.append_child(ordered ? "ol" : "ul");
    int start = cmark_node_get_list_start(node);
    if (ordered && start != 1) l.append_attribute("start") = start;
    append_children(node, l);
  }

  void code_block(cmark_node* node, pugi::xml_node out) {
    pugi::xml_node code = out.append_child("pre").append_child("code");
    std::string info = cmark_node_get_fence_info(node);
    info = info.substr(0, info.find(' '));
    if (!info.empty()) code.append_attribute("class") = ("language-" + info).c_str();
    text(code, cmark_node_get_literal(node));
  }

  void raw_html(cmark_node* node) {
    std::string html = cmark_node_get_literal(node);
    html = html.substr(0, html.find('\n'));
    error_at(node, "raw HTML \"" + html + "\" is not allowed; content is Markdown only");
  }

  void link(cmark_node* node, pugi::xml_node out) {
    const std::string url = cmark_node_get_url(node);
    if (const std::string refused = core::refuse_url(url); !refused.empty()) {
      error_at(node, refused);
      return append_children(node, out);
    }
    pugi::xml_node a = out.append_child("a");
    a.append_attribute("href") = core::encode_url(url).c_str();
    const char* title = cmark_node_get_title(node);
    if (title && *title) a.append_attribute("title") = title;
    append_children(node, a);
    if (is_external(url)) {
      a.append_attribute("class") = "external";
      pugi::xml_node note = a.append_child("span");
      note.append_attribute("class") = "visually-hidden";
      note.append_child(pugi::node_pcdata)
          .set_value((" " + std::string(source_.ui.translate(i18n::msg::external_link))).c_str());
    }
  }

  bool is_external(const std::string& url) const {
    bool absolute = url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
    return absolute && (source_.site_url.empty() || url.rfind(source_.site_url, 0) != 0);
  }

  // A figure in place of the paragraph; no leaf block is counted, as segment_blocks skips it.
  void infographic(cmark_node* paragraph, const std::string& name, pugi::xml_node out) {
    auto* embedder = source_.infographics;
    if (embedder && embedder->embed(name, out)) return;
    const std::string known = embedder ? embedder->known_names() : std::string();
    error_at(cmark_node_first_child(paragraph),
             "no infographic \"" + name + "\": there is no content/infographics/" + name + ".yaml" +
                 (known.empty() ? std::string() : "; the infographics are " + known));
  }

  void image(cmark_node* node, pugi::xml_node out) {
    const std::string url = cmark_node_get_url(node);
    if (const std::string refused = core::refuse_url(url); !refused.empty()) return error_at(node, refused);
    if (url.rfind(kInfographicPrefix, 0) == 0) {
      error_at(node, "an infographic stands in a paragraph of its own: put \"![](" + url +
                         ")\" on its own line, with blank lines around it");
      return;
    }
    const std::string alt = plain_text_of(node);
    if (alt.find_first_not_of(" \t\n") == std::string::npos) {
      error_at(node, "image \"" + url + "\" has no alt text; describe it: ![what it shows](" +
                         url + ")");
      return;
    }
    std::string src = url;
    if (source_.image_names && is_local(url)) {
      src = local_image_url(url);
      if (src.empty()) return error_at(node, "no image \"" + url + "\": " + kLocalImageRule + image_list());
    }
    pugi::xml_node img = out.append_child("img");
    img.append_attribute("src") = core::encode_url(src).c_str();
    img.append_attribute("alt") = alt.c_str();
  }

  // A URL with no scheme and no leading slash: a file of the project.
  static bool is_local(const std::string& url) {
    const size_t colon = url.find(':'), slash = url.find('/');
    return !url.empty() && url[0] != '/' && url[0] != '#' && (colon == std::string::npos || slash < colon);
  }

  // Where a page's own image is published, or empty when content/images/ has no such file.
  std::string local_image_url(const std::string& url) const {
    const std::string_view folder = content::kImagesFolder;
    if (url.compare(0, folder.size(), folder) != 0) return {};
    const std::string name = url.substr(folder.size());
    const auto& names = *source_.image_names;
    return std::binary_search(names.begin(), names.end(), name) ? source_.images_url + name : std::string();
  }

  std::string image_list() const {
    std::string list;
    for (const auto& name : *source_.image_names) list += (list.empty() ? "; the images are " : ", ") + name;
    return list;
  }

  // cmark-gfm numbers footnotes in order of first reference; its literal is that number.
  void footnote_reference(cmark_node* node, pugi::xml_node out) {
    const std::string number = cmark_node_get_literal(node);
    int& seen = reference_counts_[number];
    ++seen;
    const std::string ref_id = "fnref-" + number + (seen > 1 ? "-" + std::to_string(seen) : "");
    pugi::xml_node a = out.append_child("sup").append_child("a");
    a.append_attribute("href") = ("#fn-" + number).c_str();
    a.append_attribute("id") = ref_id.c_str();
    a.append_attribute("role") = "doc-noteref";
    a.append_attribute("aria-label") =
        source_.ui.format(source_.format, i18n::msg::note_number, {{"number", number}}).c_str();
    a.append_child(pugi::node_pcdata).set_value(number.c_str());
  }

  void footnote_definition(cmark_node* node) {
    if (!notes_) {
      notes_section_ = parent_.append_child("section");
      notes_section_.append_attribute("class") = "footnotes";
      notes_section_.append_attribute("aria-labelledby") = "footnotes-title";
      notes_ = notes_section_.append_child("ol");
    }
    const std::string number = std::to_string(++definition_count_);
    pugi::xml_node item = notes_.append_child("li");
    item.append_attribute("id") = ("fn-" + number).c_str();
    append_children(node, item);
    pugi::xml_node last = item.last_child();
    if (!last || std::strcmp(last.name(), "p") != 0) last = item.append_child("p");
    const int references = std::max(reference_counts_[number], 1);
    for (int i = 1; i <= references; ++i) {
      const std::string target = "#fnref-" + number + (i > 1 ? "-" + std::to_string(i) : "");
      last.append_child(pugi::node_pcdata).set_value(" ");
      pugi::xml_node back = last.append_child("a");
      back.append_attribute("href") = target.c_str();
      back.append_attribute("role") = "doc-backlink";
      back.append_attribute("aria-label") =
          source_.ui.format(source_.format, i18n::msg::back_to_reference, {{"number", number}}).c_str();
      back.append_child(pugi::node_pcdata).set_value("↩");
    }
  }

  void append_note_heading_first() {
    pugi::xml_node h = notes_section_.prepend_child("h2");
    h.append_attribute("id") = "footnotes-title";
    h.append_child(pugi::node_pcdata).set_value(std::string(source_.ui.translate(i18n::msg::notes)).c_str());
  }

  void table(cmark_node* node, pugi::xml_node out) {
    // A wide table scrolls inside its own focusable region, never the page at 320 px.
    pugi::xml_node region = out.append_child("div");
    region.append_attribute("class") = "table-scroll";
    region.append_attribute("role") = "region";
    region.append_attribute("tabindex") = "0";
    ++table_count_;
    region.append_attribute("aria-label") =
        source_.ui.format(source_.format, i18n::msg::table_number, {{"number", std::to_string(table_count_)}})
            .c_str();
    pugi::xml_node t = region.append_child("table");
    const uint16_t columns = cmark_gfm_extensions_get_table_columns(node);
    const uint8_t* alignments = cmark_gfm_extensions_get_table_alignments(node);
    pugi::xml_node body;
    for (cmark_node* row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
      bool header = cmark_gfm_extensions_get_table_row_is_header(row);
      pugi::xml_node group =
          header ? t.append_child("thead") : (body ? body : (body = t.append_child("tbody")));
      pugi::xml_node tr = group.append_child("tr");
      int column = 0;
      for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
        pugi::xml_node c = tr.append_child(header ? "th" : "td");
        if (header) c.append_attribute("scope") = "col";
        const char* align = column < columns ? alignment_class(alignments[column]) : nullptr;
        if (align) c.append_attribute("class") = align;
        if (next_block_untranslated()) mark_source_language(c);
        append_children(cell, c);
        result_.plain_text += ' ';
        ++column;
      }
    }
  }

 private:
  const MarkdownSource& source_;
  pugi::xml_node parent_;
  core::Diagnostics& diagnostics_;
  HeadingIds ids_;
  RenderedMarkdown result_;
  std::map<std::string, int> reference_counts_;
  int definition_count_ = 0;
  int table_count_ = 0;
  size_t leaf_index_ = 0;
  pugi::xml_node notes_section_;
  pugi::xml_node notes_;
};

}  // namespace

RenderedMarkdown render_markdown(std::string_view markdown, const MarkdownSource& source,
                                 pugi::xml_node parent, core::Diagnostics& diagnostics) {
  CmarkDocument document(markdown);
  if (const auto& breach = document.beyond_limits()) {
    diagnostics.error(source.file, source.first_line + breach->line - 1, breach->column, breach->message);
    return {};
  }
  return TreeBuilder(source, parent, diagnostics).build(document.root());
}

}  // namespace press::markdown
