#include "checks/plain_language.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <set>

#include "search/search_text.h"

namespace press::checks {

namespace {

bool blank_line(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

std::string_view trimmed(std::string_view line) {
  const size_t start = line.find_first_not_of(" \t");
  return start == std::string_view::npos ? std::string_view() : line.substr(start);
}

// A line that starts a list item: "- ", "* ", "+ " or "1. ".
bool starts_item(std::string_view line) {
  line = trimmed(line);
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') return true;
  size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  return digits > 0 && digits + 1 < line.size() && (line[digits] == '.' || line[digits] == ')') && line[digits + 1] == ' ';
}

void blank(std::string& text, size_t from, size_t to) {
  for (size_t i = from; i < to && i < text.size(); ++i) {
    if (text[i] != '\n') text[i] = ' ';
  }
}

// Link targets "](…)" and footnote references "[^…]", and inline code, blanked within a line.
void blank_inline(std::string& text, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if (text[i] == '`') {
      const size_t end = text.find('`', i + 1);
      if (end == std::string::npos || end >= to) continue;
      blank(text, i, end + 1);
      i = end;
    } else if (text[i] == ']' && i + 1 < to && text[i + 1] == '(') {
      const size_t end = text.find(')', i + 2);
      if (end == std::string::npos || end >= to) continue;
      blank(text, i + 1, end + 1);
      i = end;
    } else if (text[i] == '[' && i + 1 < to && text[i + 1] == '^') {
      const size_t end = text.find(']', i + 2);
      if (end == std::string::npos || end >= to) continue;
      blank(text, i, end + 1);
      i = end;
    } else if (text[i] == '*' || text[i] == '_' || text[i] == '[' || text[i] == ']') {
      text[i] = ' ';
    }
  }
}

bool is_capital(char c) { return c >= 'A' && c <= 'Z'; }
bool is_word_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

bool roman_numeral(std::string_view token) {
  return token.find_first_not_of("IVXLCDM") == std::string_view::npos;
}

}  // namespace

std::string prose_of(std::string_view markdown) {
  std::string text(markdown);
  bool fenced = false;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view line = trimmed(std::string_view(text).substr(start, end - start));
    const bool fence = line.rfind("```", 0) == 0 || line.rfind("~~~", 0) == 0;
    if (fence || fenced || line.rfind("|", 0) == 0 || line.rfind("#", 0) == 0 || line.rfind("[^", 0) == 0 ||
        line.rfind("    ", 0) == 0 || line.rfind(">", 0) == 0) {
      blank(text, start, end);
      if (fence) fenced = !fenced;
    } else {
      blank_inline(text, start, end);
    }
    // A line break inside a paragraph or list item is a space; before a blank line or a new
    // list item it ends the sentence.
    if (end < text.size()) {
      size_t next_end = text.find('\n', end + 1);
      if (next_end == std::string::npos) next_end = text.size();
      const std::string_view next(std::string_view(markdown).substr(end + 1, next_end - end - 1));
      if (!blank_line(std::string_view(text).substr(start, end - start)) && !blank_line(next) && !starts_item(next)) {
        text[end] = ' ';
      }
    }
    start = end + 1;
  }
  return text;
}

void check_plain_language(const core::SourceFile& file, size_t body_offset, const content::Glossary& glossary,
                          core::Diagnostics& diagnostics) {
  const std::string prose = prose_of(std::string_view(file.text()).substr(body_offset));
  auto warn = [&](size_t at, std::string message) {
    const auto [line, column] = file.position_of(body_offset + at);
    diagnostics.warning(file, line, column, std::move(message));
  };
  // Sentences, with ICU's sentence boundaries.
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> sentences(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  UText* utext = utext_openUTF8(nullptr, prose.data(), static_cast<int64_t>(prose.size()), &status);
  if (U_SUCCESS(status)) {
    sentences->setText(utext, status);
    search::WordSegmenter words("en");
    int32_t begin = sentences->first();
    for (int32_t end = sentences->next(); end != icu::BreakIterator::DONE; begin = end, end = sentences->next()) {
      const std::string_view sentence = std::string_view(prose).substr(static_cast<size_t>(begin), static_cast<size_t>(end - begin));
      const size_t count = words.words(sentence).size();
      if (count > static_cast<size_t>(kMaxSentenceWords)) {
        warn(static_cast<size_t>(begin) + sentence.find_first_not_of(" \n-*+0123456789."),
             "this sentence has " + std::to_string(count) + " words; plain language keeps a sentence to " +
                 std::to_string(kMaxSentenceWords) + " or fewer: split it");
      }
    }
  }
  utext_close(utext);
  // Abbreviations: capitals and digits, two or more, a plural "s" or a "-19" allowed after.
  std::set<std::string> reported;
  for (size_t i = 0; i < prose.size(); ++i) {
    if (!is_capital(prose[i]) || (i > 0 && (is_word_char(prose[i - 1]) || prose[i - 1] == '/'))) continue;
    size_t end = i;
    while (end < prose.size() && (is_capital(prose[end]) || (end > i && prose[end] >= '0' && prose[end] <= '9'))) ++end;
    if (end - i < 2) continue;
    std::string token = prose.substr(i, end - i);
    size_t after = end;
    if (after + 1 < prose.size() && prose[after] == '-' && prose[after + 1] >= '0' && prose[after + 1] <= '9') {
      token += '-';
      for (++after; after < prose.size() && prose[after] >= '0' && prose[after] <= '9'; ++after) token += prose[after];
    }
    if (after < prose.size() && prose[after] == 's' && (after + 1 >= prose.size() || !is_word_char(prose[after + 1]))) ++after;
    if ((after < prose.size() && (is_word_char(prose[after]) || prose[after] == '/')) || roman_numeral(token)) {
      i = after;
      continue;
    }
    const bool explained = glossary.find_abbr(token) || prose.find("(" + token + ")") != std::string::npos ||
                           prose.find(token + " (") != std::string::npos;
    if (!explained && reported.insert(token).second) {
      warn(i, "\"" + token + "\" is not explained on this page: write it out at its first use, as \"the full name (" +
                  token + ")\", or add it to " + content::kGlossaryFile);
    }
    i = after;
  }
}

}  // namespace press::checks
