#include "markdown/heading_ids.h"

namespace press::markdown {

std::string HeadingIds::make(std::string_view heading_text) {
  std::string id;
  bool pending_hyphen = false;
  for (char c : heading_text) {
    auto byte = static_cast<unsigned char>(c);
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || byte >= 0x80;
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
      keep = true;
    }
    if (!keep) {
      pending_hyphen = !id.empty();
      continue;
    }
    if (pending_hyphen) id += '-';
    pending_hyphen = false;
    id += c;
  }
  if (id.empty()) id = "section";
  std::string unique = id;
  for (int n = 2; used_.count(unique); ++n) unique = id + '-' + std::to_string(n);
  used_.insert(unique);
  return unique;
}

}  // namespace press::markdown
