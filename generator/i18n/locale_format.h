// LocaleFormat: dates, numbers, messages and word counts for one locale, through ICU.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace press::i18n {

/// Arguments of an ICU MessageFormat pattern, by name.
using MessageArgs = std::map<std::string, std::variant<long long, std::string>>;

/// Formats for one locale. Not shareable across threads (ICU formatters hold state);
/// each worker makes its own, which keeps the per-page path free of locks.
class LocaleFormat {
 public:
  explicit LocaleFormat(const std::string& locale_tag);
  ~LocaleFormat();
  LocaleFormat(const LocaleFormat&) = delete;
  LocaleFormat& operator=(const LocaleFormat&) = delete;

  const std::string& locale_tag() const { return tag_; }
  /// A YYYY-MM-DD date in the locale's long style ("31 January 2020" / "January 31, 2020").
  std::string long_date(const std::string& iso_date) const;
  /// A whole number with the locale's digits and grouping ("1,234", "١٬٢٣٤").
  std::string number(long long value) const;
  /// A fraction as a percentage in the locale's style ("87%", "87 %", "٪٨٧").
  std::string percent(double fraction) const;
  /// A length of time in whole years, in the locale's words ("4 years", "4 года", "٤ سنوات").
  std::string years(long long value) const;
  /// A YYYY-MM month as the locale names it ("March 2019", "mars 2019", "2019年3月").
  std::string month_year(const std::string& iso_month) const;
  /// Items joined as the locale lists them ("A, B and C", "A、B和C").
  std::string list(const std::vector<std::string>& items) const;
  /// A file size in kilobytes or megabytes, in the locale's words ("245 kB", "245 КБ").
  std::string file_size(size_t bytes) const;
  /// Formats an ICU MessageFormat pattern; on a bad pattern returns the pattern itself
  /// (patterns are checked when catalogs load, so this is a last resort, not a path).
  std::string message(std::string_view pattern, const MessageArgs& args) const;
  /// Words in `text` by ICU word boundaries, so scripts without spaces count sensibly.
  int count_words(std::string_view text) const;

 private:
  std::string format_long_date(const std::string& iso_date) const;
  struct Icu;
  std::string tag_;
  std::unique_ptr<Icu> icu_;
};

/// Minutes to read `words` words, at least 1 (about 200 words a minute).
int reading_minutes(int words);

}  // namespace press::i18n
