#include "theme/template_data.h"

namespace press::theme {

bool Value::truthy() const {
  switch (kind) {
    case Kind::empty: return false;
    case Kind::text: return !text.empty();
    case Kind::flag: return flag;
    case Kind::list: return list && !list->empty();
    case Kind::fragment: return static_cast<bool>(fragment.first_child());
  }
  return false;
}

Record& Record::set(std::string name, Value value) {
  for (auto& field : fields_) {
    if (field.first == name) {
      field.second = std::move(value);
      return *this;
    }
  }
  fields_.emplace_back(std::move(name), std::move(value));
  return *this;
}

const Value* Record::find(std::string_view name) const {
  for (const auto& field : fields_) {
    if (field.first == name) return &field.second;
  }
  return nullptr;
}

}  // namespace press::theme
