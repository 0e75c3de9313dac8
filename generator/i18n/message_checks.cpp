#include "i18n/message_checks.h"

#include <unicode/messagepattern.h>
#include <unicode/plurrule.h>
#include <unicode/strenum.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <set>

#include "i18n/message_limits.h"

namespace press::i18n {

namespace {

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  return s.toUTF8String(out);
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

struct Parsed {
  bool ok = false;
  std::string error;
  int offset = 0;
  std::set<std::string> arguments;
  // For each plural or selectordinal argument: its name, whether ordinal, its keywords.
  struct Choice {
    std::string argument;
    bool ordinal = false;
    std::set<std::string> keywords;
  };
  std::vector<Choice> choices;
};

Parsed parse(const std::string& text) {
  Parsed out;
  if (const auto deep = brace_past_nesting_limit(text)) {
    out.error = "braces nested more than " + std::to_string(kMaxMessageNesting) + " deep";
    out.offset = static_cast<int>(*deep);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  icu::MessagePattern pattern(icu::UnicodeString::fromUTF8(text), &where, status);
  if (U_FAILURE(status)) {
    out.error = u_errorName(status);
    out.offset = where.offset;
    return out;
  }
  out.ok = true;
  std::vector<int> open;  // per open argument: its index in out.choices, or -1
  for (int i = 0; i < pattern.countParts(); ++i) {
    const icu::MessagePattern::Part& part = pattern.getPart(i);
    const UMessagePatternPartType type = part.getType();
    if (type == UMSGPAT_PART_TYPE_ARG_NAME) {
      out.arguments.insert(utf8(pattern.getSubstring(part)));
    } else if (type == UMSGPAT_PART_TYPE_ARG_START) {
      const UMessagePatternArgType arg = part.getArgType();
      if (arg == UMSGPAT_ARG_TYPE_PLURAL || arg == UMSGPAT_ARG_TYPE_SELECTORDINAL) {
        Parsed::Choice choice;
        choice.ordinal = arg == UMSGPAT_ARG_TYPE_SELECTORDINAL;
        choice.argument = utf8(pattern.getSubstring(pattern.getPart(i + 1)));
        out.choices.push_back(choice);
        open.push_back(static_cast<int>(out.choices.size()) - 1);
      } else {
        open.push_back(-1);
      }
    } else if (type == UMSGPAT_PART_TYPE_ARG_LIMIT) {
      if (!open.empty()) open.pop_back();
    } else if (type == UMSGPAT_PART_TYPE_ARG_SELECTOR && !open.empty() && open.back() >= 0) {
      const std::string keyword = utf8(pattern.getSubstring(part));
      if (keyword.empty() || keyword[0] != '=') out.choices[open.back()].keywords.insert(keyword);
    }
  }
  return out;
}

}  // namespace

PatternInfo inspect_pattern(const std::string& text) {
  Parsed parsed = parse(text);
  return {parsed.error, parsed.offset, std::move(parsed.arguments)};
}

std::vector<std::string> plural_categories(const std::string& locale, bool ordinal) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale icu_locale = icu::Locale::forLanguageTag(locale, status);
  std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(
      icu_locale, ordinal ? UPLURAL_TYPE_ORDINAL : UPLURAL_TYPE_CARDINAL, status));
  std::vector<std::string> categories;
  if (U_FAILURE(status)) return {"other"};
  std::unique_ptr<icu::StringEnumeration> keywords(rules->getKeywords(status));
  for (const char* k = keywords->next(nullptr, status); k && U_SUCCESS(status);
       k = keywords->next(nullptr, status)) {
    categories.emplace_back(k);
  }
  // CLDR's own order: zero one two few many other.
  static const std::vector<std::string> order = {"zero", "one", "two", "few", "many", "other"};
  std::sort(categories.begin(), categories.end(), [&](const auto& a, const auto& b) {
    return std::find(order.begin(), order.end(), a) < std::find(order.begin(), order.end(), b);
  });
  return categories;
}

void check_message_format(const CatalogMessage& message, const std::string& locale,
                          const core::SourceFile& file, core::Diagnostics& diagnostics) {
  if (!message.is_translated()) return;
  const int line = message.str_line > 0 ? message.str_line : message.line;
  const int column = static_cast<int>(std::string_view(file.line_text(line)).find('"')) + 2;
  const Parsed source = parse(message.id);
  const Parsed translation = parse(message.str);
  if (!translation.ok) {
    const std::string where =
        translation.offset > 0 ? " at character " + std::to_string(translation.offset + 1) : "";
    diagnostics.error(file, line, column,
                      "translation is not valid ICU MessageFormat (" + translation.error + where +
                          "); check its braces and apostrophes");
    return;
  }
  if (!source.ok) return;
  if (translation.arguments != source.arguments) {
    std::vector<std::string> want(source.arguments.begin(), source.arguments.end());
    std::vector<std::string> got(translation.arguments.begin(), translation.arguments.end());
    diagnostics.error(file, line, column,
                      "translation uses the arguments {" + join(got) + "} but the source uses {" +
                          join(want) + "}; keep the argument names as they are");
  }
  for (const auto& choice : translation.choices) {
    std::vector<std::string> missing;
    for (const auto& category : plural_categories(locale, choice.ordinal)) {
      if (!choice.keywords.count(category)) missing.push_back(category);
    }
    if (!missing.empty()) {
      diagnostics.error(file, line, column,
                        std::string(choice.ordinal ? "selectordinal" : "plural") + " \"" +
                            choice.argument + "\" lacks the " + locale + " categories: " +
                            join(missing) + " (" + locale + " needs " +
                            join(plural_categories(locale, choice.ordinal)) + ")");
    }
  }
}

}  // namespace press::i18n
