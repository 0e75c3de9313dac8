// TemplateData: the values a template reads: text, flags, lists of records, tree fragments.
#pragma once

#include <pugixml.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace press::theme {

class Record;
using List = std::vector<Record>;

/// One value: empty, text, a flag, a list of records, or a fragment of a document tree.
/// An empty value, empty text, false and an empty list all count as false in `p:if`.
struct Value {
  enum class Kind { empty, text, flag, list, fragment };
  Kind kind = Kind::empty;
  std::string text;
  bool flag = false;
  std::shared_ptr<const List> list;
  pugi::xml_node fragment;  // its children are copied in; the owner keeps the document alive

  Value() = default;
  Value(std::string t) : kind(Kind::text), text(std::move(t)) {}  // NOLINT: implicit by design
  Value(const char* t) : kind(Kind::text), text(t) {}              // NOLINT
  Value(bool f) : kind(Kind::flag), flag(f) {}                     // NOLINT
  Value(List l) : kind(Kind::list), list(std::make_shared<const List>(std::move(l))) {}  // NOLINT
  static Value tree(pugi::xml_node node) {
    Value v;
    v.kind = Kind::fragment;
    v.fragment = node;
    return v;
  }
  bool truthy() const;
};

/// Named values, in insertion order; a small vector beats a map at this size.
class Record {
 public:
  Record& set(std::string name, Value value);
  const Value* find(std::string_view name) const;

 private:
  std::vector<std::pair<std::string, Value>> fields_;
};

}  // namespace press::theme
