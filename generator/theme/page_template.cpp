#include "theme/page_template.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "core/url_rule.h"

namespace press::theme {

namespace {

bool is_url_attribute(const std::string& name) {
  for (const char* url : {"href", "src", "action", "formaction", "poster", "cite", "data", "xlink:href"}) {
    if (name == url) return true;
  }
  return false;
}

constexpr const char* kDirectives[] = {"p:each", "p:if",    "p:unless", "p:text",
                                       "p:tree", "p:attr",  "p:t",      "p:t-attr"};

bool is_directive(const char* name) { return std::strncmp(name, "p:", 2) == 0; }

// Views into `text`: every element of every page passes through here, so no stream and no copies.
std::vector<std::string_view> split_words(std::string_view text) {
  constexpr std::string_view kSpace = " \t\n\r\f\v";
  std::vector<std::string_view> words;
  for (size_t start = text.find_first_not_of(kSpace); start != std::string_view::npos;) {
    const size_t end = std::min(text.find_first_of(kSpace, start), text.size());
    words.push_back(text.substr(start, end - start));
    start = text.find_first_not_of(kSpace, end);
  }
  return words;
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  for (const auto& word : split_words(text)) {
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

std::string own_text(pugi::xml_node element) {
  std::string text;
  for (pugi::xml_node child : element.children()) {
    if (child.type() == pugi::node_pcdata) text += child.value();
  }
  return collapse_whitespace(text);
}

// Names visible while filling: the page's data, then each p:each item, innermost last.
class Scope {
 public:
  explicit Scope(const Record& root) { frames_.push_back({"", &root}); }
  void push(std::string name, const Record* record) { frames_.push_back({std::move(name), record}); }
  void pop() { frames_.pop_back(); }

  const Value* lookup(std::string_view path) const {
    const size_t dot = path.find('.');
    const std::string_view head = path.substr(0, dot);
    const Value* value = nullptr;
    for (auto it = frames_.rbegin(); it != frames_.rend() && !value; ++it) {
      if (!it->name.empty() && it->name == head) {
        if (dot == std::string_view::npos) return nullptr;  // a bare item is not a value
        return it->record->find(path.substr(dot + 1));
      }
      if (it->name.empty()) value = it->record->find(path);
    }
    return value;
  }

 private:
  struct Frame {
    std::string name;
    const Record* record;
  };
  std::vector<Frame> frames_;
};

class Filler {
 public:
  Filler(const Record& data, const i18n::UiText& ui) : scope_(data), ui_(ui) {}

  void fill(pugi::xml_node source, pugi::xml_node parent) {
    if (source.type() == pugi::node_pcdata || source.type() == pugi::node_cdata) {
      parent.append_child(pugi::node_pcdata).set_value(source.value());
      return;
    }
    if (source.type() != pugi::node_element) return;  // comments and declarations are dropped
    if (pugi::xml_attribute each = source.attribute("p:each")) return repeat(source, each, parent);
    element(source, parent);
  }

 private:
  void repeat(pugi::xml_node source, pugi::xml_attribute each, pugi::xml_node parent) {
    auto words = split_words(each.value());
    const Value* list = words.size() == 2 ? scope_.lookup(words[1]) : nullptr;
    if (!list || list->kind != Value::Kind::list) return;
    for (const Record& record : *list->list) {
      scope_.push(std::string(words[0]), &record);
      element(source, parent);
      scope_.pop();
    }
  }

  bool truthy(const char* name) const {
    const Value* value = scope_.lookup(name);
    return value && value->truthy();
  }

  void element(pugi::xml_node source, pugi::xml_node parent) {
    if (pugi::xml_attribute cond = source.attribute("p:if"); cond && !truthy(cond.value())) return;
    if (pugi::xml_attribute cond = source.attribute("p:unless"); cond && truthy(cond.value())) return;

    pugi::xml_node out = parent.append_child(source.name());
    const std::vector<std::string_view> translated_attributes =
        split_words(source.attribute("p:t-attr").value());
    for (pugi::xml_attribute attribute : source.attributes()) {
      if (is_directive(attribute.name()) || std::strcmp(attribute.name(), "xmlns:p") == 0) continue;
      bool translate = false;
      for (const auto& name : translated_attributes) translate = translate || name == attribute.name();
      out.append_attribute(attribute.name()) =
          translate ? std::string(ui_.translate(attribute.value())).c_str() : attribute.value();
    }
    set_attributes(source.attribute("p:attr"), out);

    if (pugi::xml_attribute name = source.attribute("p:text")) {
      const Value* value = scope_.lookup(name.value());
      if (value && value->kind == Value::Kind::text) {
        out.append_child(pugi::node_pcdata).set_value(value->text.c_str());
      }
    } else if (pugi::xml_attribute name = source.attribute("p:tree")) {
      const Value* value = scope_.lookup(name.value());
      if (value && value->kind == Value::Kind::fragment) {
        for (pugi::xml_node child : value->fragment.children()) out.append_copy(child);
      }
    } else if (source.attribute("p:t")) {
      const std::string text = own_text(source);
      if (ui_.falls_back(text)) {
        out.append_attribute("lang") = ui_.fallback_lang.c_str();
        out.append_attribute("dir") = ui_.fallback_dir.c_str();
      }
      out.append_child(pugi::node_pcdata).set_value(std::string(ui_.translate(text)).c_str());
    } else {
      for (pugi::xml_node child : source.children()) fill(child, out);
    }
  }

  void set_attributes(pugi::xml_attribute spec, pugi::xml_node out) {
    for (const auto& pair : split_words(spec.value())) {
      const size_t eq = pair.find('=');
      if (eq == std::string_view::npos) continue;
      const std::string attribute(pair.substr(0, eq));
      const Value* value = scope_.lookup(pair.substr(eq + 1));
      out.remove_attribute(attribute.c_str());
      if (!value || !value->truthy()) continue;
      const char* text = value->kind == Value::Kind::text ? value->text.c_str() : attribute.c_str();
      // A link filled from data that breaks the URL rule is left out, never written.
      if (is_url_attribute(attribute) && !core::refuse_url(text).empty()) continue;
      out.append_attribute(attribute.c_str()) = text;
    }
  }

  Scope scope_;
  const i18n::UiText& ui_;
};

// Pages carry no script: a theme may not hold a <script> element or an event handler
// attribute ("onclick", set as written or through p:attr), and may fill a <style> element only
// with "inline_style", which press sets to the theme's own stylesheet and nothing else.
void check_no_script(pugi::xml_node node, const core::SourceFile& file, core::Diagnostics& diagnostics, bool& ok) {
  auto refuse = [&](const std::string& message) {
    auto [line, column] = file.position_of(static_cast<size_t>(node.offset_debug()));
    diagnostics.error(file, line, column, message);
    ok = false;
  };
  auto is_event_handler = [](std::string_view name) {
    return name.size() > 2 && (name[0] == 'o' || name[0] == 'O') && (name[1] == 'n' || name[1] == 'N');
  };
  if (std::strcmp(node.name(), "script") == 0) refuse("a theme may not contain <script>: pages carry no script");
  for (pugi::xml_attribute attribute : node.attributes()) {
    if (is_event_handler(attribute.name())) {
      refuse(std::string("event handler attribute \"") + attribute.name() + "\" is not allowed: pages carry no script");
    }
  }
  for (const auto& pair : split_words(node.attribute("p:attr").value())) {
    const std::string_view name = pair.substr(0, pair.find('='));
    if (is_event_handler(name)) {
      refuse("p:attr may not set the event handler \"" + std::string(name) + "\": pages carry no script");
    }
  }
  const pugi::xml_attribute style_text = node.attribute("p:text");
  const bool filled_from_data = node.attribute("p:tree") ||
                                (style_text && std::strcmp(style_text.value(), "inline_style") != 0);
  if (std::strcmp(node.name(), "style") == 0 && filled_from_data) {
    refuse("a <style> element may be filled only with inline_style, the theme's own stylesheet");
  }
}

void check_directives(pugi::xml_node node, const core::SourceFile& file,
                      core::Diagnostics& diagnostics, bool& ok) {
  check_no_script(node, file, diagnostics, ok);
  for (pugi::xml_attribute attribute : node.attributes()) {
    if (!is_directive(attribute.name())) continue;
    bool known = false;
    for (const char* directive : kDirectives) known = known || std::strcmp(directive, attribute.name()) == 0;
    if (!known) {
      auto [line, column] = file.position_of(static_cast<size_t>(node.offset_debug()));
      diagnostics.error(file, line, column,
                        std::string("unknown template attribute \"") + attribute.name() +
                            "\"; expected p:each, p:if, p:unless, p:text, p:tree, p:attr, p:t or p:t-attr");
      ok = false;
    }
  }
  for (pugi::xml_node child : node.children()) check_directives(child, file, diagnostics, ok);
}

void collect_translatable(pugi::xml_node node, std::vector<std::string>& out) {
  if (node.attribute("p:t")) out.push_back(own_text(node));
  for (const auto& name : split_words(node.attribute("p:t-attr").value())) {
    out.push_back(node.attribute(std::string(name).c_str()).value());
  }
  for (pugi::xml_node child : node.children()) collect_translatable(child, out);
}

}  // namespace

std::optional<PageTemplate> PageTemplate::parse(const core::SourceFile& file,
                                                core::Diagnostics& diagnostics) {
  auto document = std::make_shared<pugi::xml_document>();
  pugi::xml_parse_result result =
      document->load_buffer(file.text().data(), file.text().size(), pugi::parse_default);
  if (!result) {
    auto [line, column] = file.position_of(static_cast<size_t>(result.offset));
    diagnostics.error(file, line, column,
                      std::string("template is not well-formed XML: ") + result.description());
    return std::nullopt;
  }
  bool ok = true;
  check_directives(document->document_element(), file, diagnostics, ok);
  if (!ok) return std::nullopt;
  PageTemplate page_template;
  page_template.document_ = std::move(document);
  return page_template;
}

void PageTemplate::render(pugi::xml_node parent, const Record& data, const i18n::UiText& ui) const {
  Filler(data, ui).fill(document_->document_element(), parent);
}

std::vector<std::string> PageTemplate::translatable_strings() const {
  std::vector<std::string> strings;
  collect_translatable(document_->document_element(), strings);
  return strings;
}

}  // namespace press::theme
