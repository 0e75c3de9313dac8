#include "content/glossary.h"

#include <set>

#include "config/yaml_fields.h"
#include "core/input_limits.h"
#include "core/text_encoding.h"
#include "core/unicode_text.h"

namespace press::content {

namespace {

constexpr uint64_t kMaxGlossaryBytes = 256 << 10;

bool is_id(const std::string& id) {
  if (id.empty() || id.size() > 80 || id.front() == '-' || id.back() == '-') return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

bool is_abbr(const std::string& abbr) {
  if (abbr.size() < 2 || abbr.size() > 12) return false;
  for (char c : abbr) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-')) return false;
  }
  return abbr.front() >= 'A' && abbr.front() <= 'Z';
}

}  // namespace

const GlossaryEntry* Glossary::find_abbr(std::string_view abbr) const {
  for (const auto& entry : entries) {
    if (!entry.abbr.empty() && entry.abbr == abbr) return &entry;
  }
  return nullptr;
}

Glossary load_glossary(const core::FileSystem& fs, const std::string& root, core::Diagnostics& diagnostics) {
  Glossary glossary;
  const std::string path = core::join_path(root, kGlossaryFile);
  if (!fs.stamp(path)) return glossary;  // a project without a glossary
  auto text = core::read_within_limit(fs, path, kMaxGlossaryBytes, "the glossary", diagnostics);
  if (!text) return glossary;
  auto file = std::make_shared<const core::SourceFile>(path, core::to_nfc(std::move(*text)));
  if (!core::check_encoding(*file, diagnostics)) return glossary;
  return parse_glossary(std::move(file), diagnostics);
}

Glossary parse_glossary(std::shared_ptr<const core::SourceFile> file, core::Diagnostics& diagnostics) {
  Glossary glossary;
  glossary.source = file;
  config::YamlFields fields(*file, 0, diagnostics);
  auto root_map = fields.parse_mapping(file->text(), 1);
  if (!root_map) return glossary;
  fields.check_keys(*root_map, {"terms"});
  const YAML::Node terms = (*root_map)["terms"];
  if (!terms || !terms.IsSequence()) {
    diagnostics.error(*file, 1, 1, "expected \"terms:\", a list of entries with id, term, definition and abbr");
    return glossary;
  }
  std::set<std::string> ids, abbrs;
  for (const auto& node : terms) {
    const int line = fields.position_of(node).first;
    if (!node.IsMap()) {
      fields.error_at(node, "expected an entry with id, term, definition and (optionally) abbr");
      continue;
    }
    fields.check_keys(node, {"id", "term", "abbr", "definition"});
    auto id = fields.string(node, "id", line);
    auto term = fields.string(node, "term", line);
    auto definition = fields.string(node, "definition", line);
    std::string abbr;
    if (node["abbr"]) {
      auto value = fields.string(node, "abbr", line);
      if (!value) continue;
      abbr = *value;
      if (!is_abbr(abbr)) {
        fields.error_at(node["abbr"], "\"" + abbr + "\" is not an abbreviation: 2 to 12 Latin letters, digits or hyphens, starting with a capital");
        continue;
      }
      if (!abbrs.insert(abbr).second) {
        fields.error_at(node["abbr"], "the abbreviation \"" + abbr + "\" is already in the glossary");
        continue;
      }
    }
    if (!id || !term || !definition) continue;
    if (!is_id(*id)) {
      fields.error_at(node["id"], "\"" + *id + "\" is not an id: lowercase letters, digits and hyphens");
      continue;
    }
    if (!ids.insert(*id).second) {
      fields.error_at(node["id"], "the id \"" + *id + "\" is already in the glossary");
      continue;
    }
    glossary.entries.push_back({*id, *term, abbr, *definition, line});
  }
  return glossary;
}

}  // namespace press::content
