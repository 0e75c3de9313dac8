#include "i18n/xliff.h"
#include "core/file_system.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>
#include <unordered_map>

#include "config/locale_tag.h"
#include "core/source_file.h"

namespace press::i18n {

namespace {

constexpr const char* kNamespace = "urn:oasis:names:tc:xliff:document:2.0";
const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// A catalog's name as press makes them: "ui", "infographics", "factsheets/decriminalisation":
// ASCII letters, digits, '-', '_' and '.', with '/' between names, none starting with '.'.
// Nothing else reaches a path.
bool is_catalog_name(const std::string& name) {
  if (name.empty() || name.size() > 200 || name.front() == '/' || name.back() == '/') return false;
  if (name.find("//") != std::string::npos) return false;
  for (const auto& part : {std::string("/."), std::string("./")}) {
    if (name.find(part) != std::string::npos || name.front() == '.') return false;
  }
  return std::all_of(name.begin(), name.end(), [](unsigned char c) {
    return (c < 0x80 && std::isalnum(c) != 0) || c == '-' || c == '_' || c == '/' || c == '.';
  });
}

struct DocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using Doc = std::unique_ptr<xmlDoc, DocDeleter>;

void add_note(xmlNode* notes, const char* category, const std::string& text) {
  if (text.empty()) return;
  xmlNode* note = xmlNewTextChild(notes, nullptr, x("note"), x(text.c_str()));
  xmlNewProp(note, x("category"), x(category));
}

std::string attribute(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, x(name));
  std::string out = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return out;
}

std::string text_of(xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  std::string out = value ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return out;
}

bool is(xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, x(name)) && node->ns &&
         xmlStrEqual(node->ns->href, x(kNamespace));
}

std::string references_text(const CatalogMessage& m) {
  std::string out;
  for (const auto& [file, line] : m.references) {
    out += (out.empty() ? "" : " ") + file + ":" + std::to_string(line);
  }
  return out;
}

// libxml2 reports every error it meets; the first one is where the file went wrong.
void keep_first_error(void* user_data, xmlErrorPtr error) {
  auto* first = static_cast<xmlError*>(user_data);
  if (first->code == XML_ERR_OK && error) xmlCopyError(error, first);
}

}  // namespace

bool write_xliff(const Catalog& catalog, const std::string& catalog_name, const std::string& source_locale,
                 const std::string& target_locale, const std::string& path, std::string& error) {
  Doc doc(xmlNewDoc(x("1.0")));
  xmlNode* root = xmlNewNode(nullptr, x("xliff"));
  xmlDocSetRootElement(doc.get(), root);
  xmlSetNs(root, xmlNewNs(root, x(kNamespace), nullptr));
  xmlNewProp(root, x("version"), x("2.0"));
  xmlNewProp(root, x("srcLang"), x(source_locale.c_str()));
  xmlNewProp(root, x("trgLang"), x(target_locale.c_str()));
  xmlNode* file = xmlNewChild(root, nullptr, x("file"), nullptr);
  xmlNewProp(file, x("id"), x(catalog_name.c_str()));
  xmlNode* file_notes = xmlNewChild(file, nullptr, x("notes"), nullptr);
  add_note(file_notes, "po-header", catalog.header);
  int n = 0;
  for (const auto& m : catalog.messages) {
    xmlNode* unit = xmlNewChild(file, nullptr, x("unit"), nullptr);
    xmlNewProp(unit, x("id"), x(("m" + std::to_string(++n)).c_str()));
    xmlNode* notes = xmlNewChild(unit, nullptr, x("notes"), nullptr);
    if (m.has_context) {
      xmlNode* note = xmlNewTextChild(notes, nullptr, x("note"), x(m.context.c_str()));
      xmlNewProp(note, x("category"), x("context"));
    }
    add_note(notes, "developer", m.extracted_comments);
    add_note(notes, "translator", m.translator_comments);
    add_note(notes, "location", references_text(m));
    add_note(notes, "previous-source", m.previous_id);
    if (m.obsolete) add_note(notes, "press:obsolete", "yes");
    if (!xmlFirstElementChild(notes)) {
      xmlUnlinkNode(notes);
      xmlFreeNode(notes);
    }
    xmlNode* segment = xmlNewChild(unit, nullptr, x("segment"), nullptr);
    const bool translated = !m.str.empty() && !m.fuzzy;
    xmlNewProp(segment, x("state"), x(translated ? "translated" : "initial"));
    if (m.fuzzy) xmlNewProp(segment, x("subState"), x("press:fuzzy"));
    xmlNewTextChild(segment, nullptr, x("source"), x(m.id.c_str()));
    if (!m.str.empty()) xmlNewTextChild(segment, nullptr, x("target"), x(m.str.c_str()));
  }
  std::error_code ec;
  const std::filesystem::path target(path);
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
  if (xmlSaveFormatFileEnc(path.c_str(), doc.get(), "UTF-8", 1) < 0) {
    error = "cannot write \"" + path + "\"";
    return false;
  }
  return true;
}

std::optional<XliffDocument> read_xliff(const std::string& path, core::Diagnostics& diagnostics) {
  auto bytes = core::DiskFileSystem().read_file(path);
  if (!bytes) {
    diagnostics.error(path, "cannot read this XLIFF file");
    return std::nullopt;
  }
  const core::SourceFile file(path, std::move(*bytes));

  xmlError first{};
  xmlSetStructuredErrorFunc(&first, keep_first_error);
  Doc doc(xmlReadMemory(file.text().data(), static_cast<int>(file.text().size()), path.c_str(), nullptr,
                        XML_PARSE_NONET | XML_PARSE_NOWARNING));
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (!doc || first.code != XML_ERR_OK) {
    std::string message = first.message ? first.message : "not well-formed XML";
    while (!message.empty() && message.back() == '\n') message.pop_back();
    diagnostics.error(file, std::max(first.line, 1), std::max(first.int2, 1), "malformed XLIFF: " + message);
    xmlResetError(&first);
    return std::nullopt;
  }

  auto fail = [&](xmlNode* node, const std::string& message) {
    diagnostics.error(file, node ? static_cast<int>(xmlGetLineNo(node)) : 1, 1, message);
    return std::nullopt;
  };
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root || !is(root, "xliff") || attribute(root, "version") != "2.0") {
    return fail(root, "expected an XLIFF 2.0 document: <xliff version=\"2.0\" xmlns=\"" +
                          std::string(kNamespace) + "\">");
  }
  XliffDocument out;
  out.source_locale = attribute(root, "srcLang");
  out.target_locale = attribute(root, "trgLang");
  if (out.target_locale.empty()) return fail(root, "the <xliff> element needs a trgLang attribute");
  // trgLang and the file id name the catalog written on import: both must stay a name.
  if (const std::string refused = config::refuse_locale_tag(out.target_locale); !refused.empty()) {
    return fail(root, "trgLang " + refused);
  }
  xmlNode* file_node = xmlFirstElementChild(root);
  if (!file_node || !is(file_node, "file") || attribute(file_node, "id").empty()) {
    return fail(file_node ? file_node : root, "expected one <file id=\"...\"> naming the catalog");
  }
  out.catalog_name = attribute(file_node, "id");
  if (!is_catalog_name(out.catalog_name)) {
    return fail(file_node, "the file id must name a catalog, such as ui or factsheets/decriminalisation");
  }
  for (xmlNode* unit = xmlFirstElementChild(file_node); unit; unit = xmlNextElementSibling(unit)) {
    if (!is(unit, "unit")) continue;
    XliffUnit u;
    u.line = static_cast<int>(xmlGetLineNo(unit));
    bool have_source = false;
    for (xmlNode* child = xmlFirstElementChild(unit); child; child = xmlNextElementSibling(child)) {
      if (is(child, "notes")) {
        for (xmlNode* note = xmlFirstElementChild(child); note; note = xmlNextElementSibling(note)) {
          const std::string category = attribute(note, "category");
          if (category == "context") {
            u.has_context = true;
            u.context = text_of(note);
          } else if (category == "translator") {
            u.translator_comments = text_of(note);
          }
        }
      } else if (is(child, "segment")) {
        const std::string state = attribute(child, "state");
        if (!state.empty() && state != "initial" && state != "translated" && state != "reviewed" &&
            state != "final") {
          return fail(child, "unknown segment state \"" + state +
                                 "\"; expected initial, translated, reviewed or final");
        }
        u.fuzzy = attribute(child, "subState") == "press:fuzzy";
        for (xmlNode* part = xmlFirstElementChild(child); part; part = xmlNextElementSibling(part)) {
          if (is(part, "source")) {
            u.source = text_of(part);
            have_source = true;
          } else if (is(part, "target")) {
            u.target = text_of(part);
          }
        }
      }
    }
    if (!have_source) return fail(unit, "unit \"" + attribute(unit, "id") + "\" has no <source>");
    out.units.push_back(std::move(u));
  }
  return out;
}

std::optional<Catalog> apply_xliff(const Catalog& catalog, const XliffDocument& document,
                                   const std::string& path, core::Diagnostics& diagnostics) {
  const core::SourceFile file(path, core::DiskFileSystem().read_file(path).value_or(""));
  Catalog out = catalog;
  std::unordered_map<std::string, CatalogMessage*> by_key;
  for (auto& m : out.messages) by_key.emplace(message_key(m.context, m.has_context, m.id), &m);
  const int errors_before = diagnostics.error_count();
  for (const auto& unit : document.units) {
    auto it = by_key.find(message_key(unit.context, unit.has_context, unit.source));
    if (it == by_key.end()) {
      diagnostics.error(file, unit.line, 1,
                        "this unit's source is not in the catalog \"" + document.catalog_name +
                            "\"; export again after `press i18n update`");
      continue;
    }
    CatalogMessage& m = *it->second;
    m.str = unit.target;
    m.fuzzy = unit.fuzzy && !unit.target.empty();
    m.translator_comments = unit.translator_comments;
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return out;
}

}  // namespace press::i18n
