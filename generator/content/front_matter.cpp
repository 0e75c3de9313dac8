#include "content/front_matter.h"

#include "config/yaml_fields.h"

namespace press::content {

namespace {

struct Block {
  std::string yaml;
  size_t body_offset = 0;
  int closing_line = 0;
};

bool is_delimiter(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---";
}

// Finds the lines between the opening and closing `---`.
std::optional<Block> find_block(const core::SourceFile& file, core::Diagnostics& diagnostics) {
  if (file.line_count() == 0 || !is_delimiter(file.line_text(1))) {
    diagnostics.error(file, 1, 1, "expected front matter: a \"---\" line, YAML fields, and \"---\"");
    return std::nullopt;
  }
  const std::string& text = file.text();
  size_t offset = text.find('\n') + 1;
  const size_t yaml_start = offset;
  for (int line = 2; line <= file.line_count(); ++line) {
    size_t next = text.find('\n', offset);
    size_t line_end = next == std::string::npos ? text.size() : next + 1;
    if (is_delimiter(file.line_text(line))) {
      return Block{text.substr(yaml_start, offset - yaml_start), line_end, line};
    }
    offset = line_end;
  }
  diagnostics.error(file, 1, 1, "front matter is not closed: add a \"---\" line after the fields");
  return std::nullopt;
}

// The node of item `i` of a list field; a single text stands for a list of one.
YAML::Node item_node(const YAML::Node& list, size_t i) { return list.IsSequence() ? list[i] : list; }

template <typename Find>
void check_ids(config::YamlFields& fields, const YAML::Node& list, const char* what,
               const std::vector<std::string>& ids, Find find) {
  for (size_t i = 0; i < ids.size(); ++i) {
    if (find(ids[i]) || is_placeholder(ids[i])) continue;
    fields.error_at(item_node(list, i), std::string("unknown ") + what + " \"" + ids[i] +
                                            "\"; it must be one of the " + what + "s listed in press.yaml");
  }
}

void note_placeholder(config::YamlFields& fields, const YAML::Node& node, const char* field,
                      const std::string& text, FrontMatter& front) {
  if (!is_placeholder(text)) return;
  const auto [line, column] = fields.position_of(node);
  front.placeholders.push_back({field, text, line, column});
}

void note_placeholders(config::YamlFields& fields, const YAML::Node& list, const char* field,
                       const std::vector<std::string>& items, FrontMatter& front) {
  for (size_t i = 0; i < items.size(); ++i) note_placeholder(fields, item_node(list, i), field, items[i], front);
}

std::optional<FrontMatter> check_succeeded(const core::Diagnostics& diagnostics, int errors_before,
                                           FrontMatter front) {
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return front;
}

}  // namespace

bool is_placeholder(std::string_view text) { return text.rfind("TODO:", 0) == 0; }

std::optional<FrontMatter> parse_front_matter(const core::SourceFile& file, PageKind kind,
                                              const config::SiteConfig& config,
                                              core::Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  auto block = find_block(file, diagnostics);
  if (!block) return std::nullopt;

  config::YamlFields fields(file, 1, diagnostics);
  auto map = fields.parse_mapping(block->yaml, 2);
  if (!map) return std::nullopt;

  FrontMatter front;
  front.body_offset = block->body_offset;
  front.body_line = block->closing_line + 1;
  const int missing_line = block->closing_line;
  if (kind == PageKind::document) {
    fields.check_keys(*map, {"title", "summary", "date", "source", "themes", "order", "draft"});
  } else {
    fields.check_keys(*map, {"title", "summary"});
  }
  front.title = fields.string(*map, "title", missing_line).value_or("");
  front.summary = fields.string(*map, "summary", missing_line).value_or("");
  if (kind != PageKind::document) return check_succeeded(diagnostics, errors_before, std::move(front));
  note_placeholder(fields, (*map)["title"], "title", front.title, front);
  note_placeholder(fields, (*map)["summary"], "summary", front.summary, front);
  front.date = fields.date(*map, "date", missing_line).value_or("");
  front.order = fields.integer(*map, "order", missing_line).value_or(0);
  if (auto sources = fields.string_list(*map, "source", missing_line)) {
    check_ids(fields, (*map)["source"], "report", *sources,
              [&](const std::string& id) { return config.find_report(id) != nullptr; });
    note_placeholders(fields, (*map)["source"], "source", *sources, front);
    front.sources = std::move(*sources);
  }
  if (auto themes = fields.string_list(*map, "themes", missing_line)) {
    check_ids(fields, (*map)["themes"], "theme", *themes,
              [&](const std::string& id) { return config.find_theme(id) != nullptr; });
    note_placeholders(fields, (*map)["themes"], "themes", *themes, front);
    front.themes = std::move(*themes);
  }
  front.draft = fields.flag(*map, "draft").value_or(false);
  return check_succeeded(diagnostics, errors_before, std::move(front));
}

void check_placeholders(const core::SourceFile& file, const FrontMatter& front, core::Diagnostics& diagnostics) {
  for (const auto& placeholder : front.placeholders) {
    const std::string found = "placeholder \"" + placeholder.text + "\" in \"" + placeholder.field + "\"";
    if (front.draft) {
      diagnostics.warning(file, placeholder.line, placeholder.column, found + ": replace it before publishing");
    } else {
      diagnostics.error(file, placeholder.line, placeholder.column,
                        found + ": replace it, or keep \"draft: true\" until it is filled in");
    }
  }
}

}  // namespace press::content
