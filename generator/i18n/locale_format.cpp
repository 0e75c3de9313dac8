#include "i18n/locale_format.h"

#include <unicode/brkiter.h>
#include <unicode/datefmt.h>
#include <unicode/dtptngen.h>
#include <unicode/smpdtfmt.h>
#include <unicode/gregocal.h>
#include <unicode/listformatter.h>
#include <unicode/msgfmt.h>
#include <unicode/numberformatter.h>
#include <unicode/numfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <chrono>
#include <cmath>
#include <unordered_map>
#include <vector>

#include "i18n/message_limits.h"

namespace press::i18n {

// Each formatter is made on first use: a worker renders a few pages of a locale in a rebuild,
// and making them all up front (date, numbers, percentages, word breaks) cost more than that.
struct LocaleFormat::Icu {
  icu::Locale locale;
  std::unique_ptr<icu::DateFormat> long_date_format;
  std::unique_ptr<icu::BreakIterator> word_breaks;
  std::unique_ptr<icu::NumberFormat> number_format;
  std::unique_ptr<icu::NumberFormat> percent_format;
  bool long_date_made = false, words_made = false, numbers_made = false, percents_made = false;
  std::unique_ptr<icu::SimpleDateFormat> month_year;
  std::unique_ptr<icu::ListFormatter> list;
  // Compiled patterns: a page formats the same few messages again and again.
  std::unordered_map<std::string, std::unique_ptr<icu::MessageFormat>> messages;
  // Formatted dates: lists show each one many times.
  std::unordered_map<std::string, std::string> long_dates;

  icu::DateFormat* long_date() {
    if (!long_date_made) {
      long_date_made = true;
      long_date_format.reset(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, locale));
      // Dates in content are calendar days, so format them in UTC to avoid shifting a day.
      if (long_date_format) long_date_format->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
    }
    return long_date_format.get();
  }
  icu::NumberFormat* numbers() {
    if (!numbers_made) {
      numbers_made = true;
      UErrorCode status = U_ZERO_ERROR;
      number_format.reset(icu::NumberFormat::createInstance(locale, status));
    }
    return number_format.get();
  }
  icu::NumberFormat* percents() {
    if (!percents_made) {
      percents_made = true;
      UErrorCode status = U_ZERO_ERROR;
      percent_format.reset(icu::NumberFormat::createPercentInstance(locale, status));
      if (percent_format) percent_format->setMaximumFractionDigits(1);
    }
    return percent_format.get();
  }
  icu::BreakIterator* words() {
    if (!words_made) {
      words_made = true;
      UErrorCode status = U_ZERO_ERROR;
      word_breaks.reset(icu::BreakIterator::createWordInstance(locale, status));
      if (U_FAILURE(status)) word_breaks.reset();
    }
    return word_breaks.get();
  }
};

LocaleFormat::LocaleFormat(const std::string& locale_tag)
    : tag_(locale_tag), icu_(std::make_unique<Icu>()) {
  UErrorCode status = U_ZERO_ERROR;
  icu_->locale = icu::Locale::forLanguageTag(locale_tag, status);
  // Content dates are Gregorian and translators write Gregorian years in the text, so dates
  // use that calendar everywhere (CLDR's default for Thai is the Buddhist one: 2016 is 2559).
  // ICU's legacy keyword names: the BCP 47 ones ("ca", "gregory") load a table of key mappings
  // first, which took longer than a whole rebuild's formatting.
  char calendar[32] = "";
  if (icu_->locale.getKeywordValue("calendar", calendar, sizeof calendar, status) == 0) {
    status = U_ZERO_ERROR;
    icu_->locale.setKeywordValue("calendar", "gregorian", status);
  }
}

LocaleFormat::~LocaleFormat() = default;

std::string LocaleFormat::long_date(const std::string& iso_date) const {
  if (iso_date.size() != 10 || !icu_->long_date()) return iso_date;
  auto known = icu_->long_dates.find(iso_date);
  if (known != icu_->long_dates.end()) return known->second;
  std::string formatted = format_long_date(iso_date);
  icu_->long_dates.emplace(iso_date, formatted);
  return formatted;
}

std::string LocaleFormat::format_long_date(const std::string& iso_date) const {
  // Midnight UTC of that day, the moment the formatter (in UTC) shows as that date.
  namespace chrono = std::chrono;
  const chrono::year_month_day day{chrono::year(std::stoi(iso_date.substr(0, 4))),
                                   chrono::month(static_cast<unsigned>(std::stoi(iso_date.substr(5, 2)))),
                                   chrono::day(static_cast<unsigned>(std::stoi(iso_date.substr(8, 2))))};
  if (!day.ok()) return iso_date;
  const auto since_epoch = chrono::duration_cast<chrono::milliseconds>(chrono::sys_days(day).time_since_epoch());
  icu::UnicodeString out;
  icu_->long_date()->format(static_cast<UDate>(since_epoch.count()), out);
  std::string result;
  return out.toUTF8String(result);
}

std::string LocaleFormat::number(long long value) const {
  icu::UnicodeString out;
  if (auto* numbers = icu_->numbers()) numbers->format(static_cast<int64_t>(value), out);
  std::string result;
  return out.toUTF8String(result);
}

std::string LocaleFormat::percent(double fraction) const {
  icu::UnicodeString out;
  // Rounded down, so 99.96 % never shows as a finished 100 %.
  if (auto* percents = icu_->percents()) percents->format(std::floor(fraction * 1000) / 1000, out);
  std::string result;
  return out.toUTF8String(result);
}

std::string LocaleFormat::years(long long value) const {
  UErrorCode status = U_ZERO_ERROR;
  auto formatter = icu::number::NumberFormatter::withLocale(icu_->locale)
                       .unit(icu::MeasureUnit::getYear())
                       .unitWidth(UNUM_UNIT_WIDTH_FULL_NAME);
  icu::UnicodeString out = formatter.formatInt(value, status).toString(status);
  std::string result;
  return U_FAILURE(status) ? std::to_string(value) : out.toUTF8String(result);
}

std::string LocaleFormat::month_year(const std::string& iso_month) const {
  if (iso_month.size() != 7) return iso_month;
  UErrorCode status = U_ZERO_ERROR;
  if (!icu_->month_year) {
    // The locale's own pattern for "month and year", from CLDR's skeleton "yMMMM".
    std::unique_ptr<icu::DateTimePatternGenerator> generator(
        icu::DateTimePatternGenerator::createInstance(icu_->locale, status));
    if (U_FAILURE(status)) return iso_month;
    auto format = std::make_unique<icu::SimpleDateFormat>(generator->getBestPattern(u"yMMMM", status),
                                                         icu_->locale, status);
    if (U_FAILURE(status)) return iso_month;
    format->adoptTimeZone(icu::TimeZone::createTimeZone("UTC"));
    icu_->month_year = std::move(format);
  }
  icu::GregorianCalendar calendar(icu::TimeZone::createTimeZone("UTC"), status);
  calendar.clear();
  calendar.set(std::stoi(iso_month.substr(0, 4)), std::stoi(iso_month.substr(5, 2)) - 1, 1);
  const UDate when = calendar.getTime(status);
  if (U_FAILURE(status)) return iso_month;
  icu::UnicodeString out;
  icu_->month_year->format(when, out);
  std::string result;
  return out.toUTF8String(result);
}

std::string LocaleFormat::list(const std::vector<std::string>& items) const {
  UErrorCode status = U_ZERO_ERROR;
  if (!icu_->list) icu_->list.reset(icu::ListFormatter::createInstance(icu_->locale, status));
  if (!icu_->list) return std::string();
  std::vector<icu::UnicodeString> parts;
  for (const auto& item : items) parts.push_back(icu::UnicodeString::fromUTF8(item));
  icu::UnicodeString out;
  icu_->list->format(parts.data(), static_cast<int32_t>(parts.size()), out, status);
  std::string result;
  return U_FAILURE(status) ? std::string() : out.toUTF8String(result);
}

std::string LocaleFormat::file_size(size_t bytes) const {
  const bool megabytes = bytes >= 1000 * 1000;
  const double value = megabytes ? bytes / 1e6 : bytes / 1e3;
  UErrorCode status = U_ZERO_ERROR;
  auto formatter = icu::number::NumberFormatter::withLocale(icu_->locale)
                       .unit(megabytes ? icu::MeasureUnit::getMegabyte() : icu::MeasureUnit::getKilobyte())
                       .unitWidth(UNUM_UNIT_WIDTH_SHORT)
                       .precision(icu::number::Precision::maxFraction(megabytes ? 1 : 0));
  icu::UnicodeString out = formatter.formatDouble(value, status).toString(status);
  std::string result;
  return U_FAILURE(status) ? std::to_string(bytes) + " B" : out.toUTF8String(result);
}

std::string LocaleFormat::message(std::string_view pattern, const MessageArgs& args) const {
  UErrorCode status = U_ZERO_ERROR;
  auto& compiled = icu_->messages[std::string(pattern)];
  if (!compiled) {
    // Checks report a message nested too deep; ICU is never given it.
    if (brace_past_nesting_limit(pattern)) return std::string(pattern);
    compiled = std::make_unique<icu::MessageFormat>(icu::UnicodeString::fromUTF8(pattern), icu_->locale, status);
    if (U_FAILURE(status)) {
      compiled.reset();
      return std::string(pattern);
    }
  }
  icu::MessageFormat& format = *compiled;
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  for (const auto& [name, value] : args) {
    names.push_back(icu::UnicodeString::fromUTF8(name));
    if (const auto* number = std::get_if<long long>(&value)) {
      values.emplace_back(static_cast<int64_t>(*number));
    } else {
      values.emplace_back(icu::UnicodeString::fromUTF8(std::get<std::string>(value)));
    }
  }
  icu::UnicodeString out;
  format.format(names.data(), values.data(), static_cast<int32_t>(names.size()), out, status);
  if (U_FAILURE(status)) return std::string(pattern);
  std::string result;
  return out.toUTF8String(result);
}

int LocaleFormat::count_words(std::string_view text) const {
  icu::BreakIterator* words = icu_->words();
  if (!words) return 0;
  // A UTF-16 copy, not a UText over the UTF-8: ICU's break rules and dictionaries run on UTF-16,
  // and walking UTF-8 in place measured 20-30 % slower for Thai, Burmese and Chinese pages.
  const icu::UnicodeString utf16 =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  words->setText(utf16);
  int count = 0;
  for (int32_t end = words->next(); end != icu::BreakIterator::DONE; end = words->next()) {
    // Segments of letters, numbers, kana or ideographs are words; spaces and punctuation are not.
    if (words->getRuleStatus() >= UBRK_WORD_NONE_LIMIT) ++count;
  }
  words->setText(icu::UnicodeString());  // let go of the page's text
  return count;
}

int reading_minutes(int words) { return words <= 200 ? 1 : (words + 199) / 200; }

}  // namespace press::i18n
