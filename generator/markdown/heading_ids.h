// HeadingIds: stable, unique fragment ids made from heading text.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace press::markdown {

/// Makes ids from heading text: letters, digits and combining marks of any script kept (in
/// lower case), everything else (spaces of every kind, punctuation) folded into single hyphens. Repeats get "-2", "-3"…
/// The same headings in the same order always give the same ids.
class HeadingIds {
 public:
  /// `reserved` are ids the page template already uses.
  explicit HeadingIds(std::set<std::string> reserved = {}) : used_(std::move(reserved)) {}
  std::string make(std::string_view heading_text);

 private:
  std::set<std::string> used_;
};

}  // namespace press::markdown
