#include "i18n/gettext_plurals.h"

#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/strenum.h>

#include <algorithm>
#include <memory>
#include <set>
#include <sstream>

namespace press::i18n {

namespace {

using Alternatives = std::vector<std::vector<IntegerRelation>>;

std::vector<std::string> split(const std::string& text, const std::string& separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t at; (at = text.find(separator, start)) != std::string::npos; start = at + separator.size()) {
    parts.push_back(text.substr(start, at - start));
  }
  parts.push_back(text.substr(start));
  return parts;
}

bool holds(const IntegerRelation& relation, uint64_t n) {
  const uint64_t value = relation.modulus ? n % relation.modulus : n;
  const bool inside = std::any_of(relation.ranges.begin(), relation.ranges.end(),
                                  [&](const auto& r) { return value >= r.first && value <= r.second; });
  return inside != relation.negated;
}

bool holds(const Alternatives& condition, uint64_t n) {
  return std::any_of(condition.begin(), condition.end(), [&](const auto& all) {
    return std::all_of(all.begin(), all.end(), [&](const auto& r) { return holds(r, n); });
  });
}

// One relation of ICU's normalised rule text ("i mod 10 not in 12..14, 17..17"). A relation on
// an operand that is 0 for whole numbers becomes a relation on the constant 0, kept as
// "0 % 1 in …" so that it folds the same way as the others: modulus 1 makes every value 0.
IntegerRelation parse_relation(const std::string& text) {
  std::istringstream in(text);
  std::string operand, word;
  in >> operand >> word;
  IntegerRelation relation;
  const bool whole_number = operand == "n" || operand == "i";
  if (word == "mod" || word == "%") {
    in >> relation.modulus >> word;
  }
  if (!whole_number) relation.modulus = 1;
  if (word == "not") {
    relation.negated = true;
    in >> word;
  }
  std::string rest;
  std::getline(in, rest);
  for (const auto& range : split(rest, ",")) {
    const auto bounds = split(range, "..");
    const uint64_t low = std::stoull(bounds[0]);
    relation.ranges.emplace_back(low, bounds.size() > 1 ? std::stoull(bounds[1]) : low);
  }
  return relation;
}

Alternatives parse_condition(const std::string& text) {
  Alternatives alternatives;
  if (text.find_first_not_of(' ') == std::string::npos) return {{}};  // "other:": always
  for (const auto& conjunction : split(text, " or ")) {
    std::vector<IntegerRelation> all;
    for (const auto& relation : split(conjunction, " and ")) all.push_back(parse_relation(relation));
    alternatives.push_back(std::move(all));
  }
  return alternatives;
}

std::string c_expression(const IntegerRelation& relation) {
  const std::string value = relation.modulus ? "n%" + std::to_string(relation.modulus) : "n";
  std::vector<std::string> tests;
  for (const auto& [low, high] : relation.ranges) {
    if (low == high) {
      tests.push_back(value + (relation.negated ? "!=" : "==") + std::to_string(low));
    } else if (relation.negated) {
      tests.push_back("(" + value + "<" + std::to_string(low) + " || " + value + ">" + std::to_string(high) + ")");
    } else {
      tests.push_back(value + ">=" + std::to_string(low) + " && " + value + "<=" + std::to_string(high));
    }
  }
  std::string joined;
  const char* joiner = relation.negated ? " && " : " || ";
  for (const auto& test : tests) joined += (joined.empty() ? "" : joiner) + test;
  // "n%10>=2 && n%10<=4" is two tests joined, so it is bracketed like a list of them.
  const bool one_range = !relation.negated && relation.ranges[0].first != relation.ranges[0].second;
  const bool needs_parentheses = tests.size() > 1 || one_range;
  return needs_parentheses ? "(" + joined + ")" : joined;
}

std::string c_expression(const Alternatives& condition) {
  std::string expression;
  for (const auto& all : condition) {
    std::string conjunction;
    for (const auto& relation : all) conjunction += (conjunction.empty() ? "" : " && ") + c_expression(relation);
    if (condition.size() > 1 && all.size() > 1) conjunction = "(" + conjunction + ")";
    expression += (expression.empty() ? "" : " || ") + conjunction;
  }
  return expression;
}

// Relations on the constant 0 hold or fail for every number: drop the ones that hold, and the
// alternatives that hold for no number.
Alternatives fold_constants(const Alternatives& condition) {
  Alternatives folded;
  for (const auto& all : condition) {
    std::vector<IntegerRelation> kept;
    bool possible = true;
    for (const auto& relation : all) {
      if (relation.modulus != 1) kept.push_back(relation);
      else if (!holds(relation, 0)) possible = false;
    }
    if (possible && kept.empty()) return {{}};
    if (possible) folded.push_back(std::move(kept));
  }
  return folded;
}

bool icu_has_plural_rules_for(const std::string& language) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::StringEnumeration> locales(icu::PluralRules::getAvailableLocales(status));
  if (U_FAILURE(status)) return false;
  while (const char* id = locales->next(nullptr, status)) {
    if (U_FAILURE(status)) return false;
    if (icu::Locale(id).getLanguage() == language) return true;
  }
  return false;
}

// The categories ICU gives whole numbers: every number to 1,000, then powers of ten and their
// doubles (French and Spanish "many" begins at a million).
std::set<std::string> categories_of_whole_numbers(const icu::PluralRules& rules) {
  std::set<std::string> reached;
  auto add = [&](double n) {
    std::string category;
    rules.select(n).toUTF8String(category);
    reached.insert(category);
  };
  for (int n = 0; n <= 1000; ++n) add(n);
  for (double power = 1e3; power <= 1e15; power *= 10) {
    add(power);
    add(2 * power);
  }
  return reached;
}

}  // namespace

size_t IntegerPluralRules::index_of(uint64_t n) const {
  for (size_t i = 0; i + 1 < categories.size(); ++i) {
    if (holds(conditions[i], n)) return i;
  }
  return categories.size() - 1;
}

std::string IntegerPluralRules::plural_forms() const {
  if (categories.size() == 1) return "nplurals=1; plural=0;";
  // The last category is what remains: "c0 ? 0 : c1 ? 1 : 2".
  std::string expression = std::to_string(categories.size() - 1);
  for (size_t i = categories.size() - 1; i-- > 0;) {
    expression = c_expression(conditions[i]) + " ? " + std::to_string(i) + " : " + expression;
  }
  return "nplurals=" + std::to_string(categories.size()) + "; plural=(" + expression + ");";
}

std::optional<IntegerPluralRules> integer_plural_rules(const std::string& locale) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale icu_locale = icu::Locale::forLanguageTag(locale, status);
  if (U_FAILURE(status) || icu_locale.isBogus() || !icu_has_plural_rules_for(icu_locale.getLanguage())) {
    return std::nullopt;
  }
  std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu_locale, status));
  if (U_FAILURE(status)) return std::nullopt;
  std::string text;
  rules->getRules().toUTF8String(text);

  const std::set<std::string> reached = categories_of_whole_numbers(*rules);
  IntegerPluralRules result;
  for (const char* category : {"zero", "one", "two", "few", "many", "other"}) {
    for (const auto& rule : split(text, "; ")) {
      const size_t colon = rule.find(':');
      if (colon == std::string::npos || rule.substr(0, colon) != category) continue;
      Alternatives condition = fold_constants(parse_condition(rule.substr(colon + 1)));
      // Categories only fractions or exponents take (Russian "other") are left out: the last
      // category kept then takes every number the others do not, as gettext expects.
      if (condition.empty() || !reached.count(category)) continue;
      result.categories.push_back(category);
      result.conditions.push_back(std::move(condition));
    }
  }
  return result;
}

std::optional<std::string> gettext_plural_forms(const std::string& locale) {
  auto rules = integer_plural_rules(locale);
  if (!rules) return std::nullopt;
  return rules->plural_forms();
}

}  // namespace press::i18n
