// Gettext plural forms: CLDR's plural rules (through ICU) restated as a PO file's Plural-Forms.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace press::i18n {

/// One relation of a CLDR rule over whole numbers: `n % modulus` in (or not in) ranges.
struct IntegerRelation {
  uint64_t modulus = 0;  // 0: the number itself
  bool negated = false;
  std::vector<std::pair<uint64_t, uint64_t>> ranges;
};

/// A locale's plural categories as gettext numbers them: the categories a whole number can
/// take, in CLDR order (zero, one, two, few, many, other), each with its condition (a list of
/// alternatives, each a list of relations that must all hold). The last category takes every
/// number the others do not.
struct IntegerPluralRules {
  std::vector<std::string> categories;
  std::vector<std::vector<std::vector<IntegerRelation>>> conditions;  // one per category

  /// The index a PO tool gives `n`: the first category whose condition holds.
  size_t index_of(uint64_t n) const;
  /// "nplurals=3; plural=(…);", in C syntax as msgfmt reads it.
  std::string plural_forms() const;
};

/// The rules of `locale`'s language from ICU's CLDR data, restricted to whole numbers (the
/// fraction and exponent operands v, w, f, t, e, c are 0). Nothing when ICU has no plural
/// rules for the language: a PO file must not get English's rule by default.
std::optional<IntegerPluralRules> integer_plural_rules(const std::string& locale);

/// The Plural-Forms value for `locale`, or nothing for a language ICU does not know.
std::optional<std::string> gettext_plural_forms(const std::string& locale);

}  // namespace press::i18n
