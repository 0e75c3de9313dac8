// PageTemplate: a well-formed XHTML file filled on the document tree by `p:` attributes.
#pragma once

#include <pugixml.hpp>

#include <optional>
#include <string>

#include "core/diagnostics.h"
#include "core/source_file.h"
#include "i18n/ui_text.h"
#include "theme/template_data.h"

namespace press::theme {

/// A template in the spirit of TAL: plain XHTML whose `p:` attributes say what to fill.
///   p:each="item list"    repeat the element once per record of `list`, named `item`
///   p:if="name"           keep the element only when `name` is true; p:unless the opposite
///   p:text="name"         replace the children by `name` as text (escaped by construction)
///   p:tree="name"         replace the children by a copy of the fragment `name`
///   p:attr="a=name b=n2"  set attribute `a` from `name`; an empty value removes it
///   p:t=""                translate the element's own text through the interface strings
///   p:t-attr="a b"        translate the literal values of attributes `a` and `b`
/// Names with dots reach into records: `item.title`.
class PageTemplate {
 public:
  /// Parses the template; reports malformed XML or unknown `p:` attributes with file:line:col.
  static std::optional<PageTemplate> parse(const core::SourceFile& file,
                                           core::Diagnostics& diagnostics);

  /// Appends the filled template's root element to `parent`.
  void render(pugi::xml_node parent, const Record& data, const i18n::UiText& ui) const;

  /// Text the template asks to translate (for catalog extraction), in document order.
  std::vector<std::string> translatable_strings() const;

 private:
  PageTemplate() = default;
  std::shared_ptr<pugi::xml_document> document_;
};

}  // namespace press::theme
