// Interface messages the generator itself writes into pages (the theme's come from its templates).
#pragma once

#include <vector>

namespace press::i18n {

/// One message the generator uses, with a note that tells the translator where it shows.
struct UiMessage {
  const char* id;
  const char* comment;
};

namespace msg {
inline constexpr const char* home = "Home";
inline constexpr const char* page_not_found = "Page not found";
inline constexpr const char* external_link = "(external link)";
inline constexpr const char* note_number = "Note {number}";
inline constexpr const char* back_to_reference = "Back to reference {number}";
inline constexpr const char* notes = "Notes";
inline constexpr const char* table_number = "Table {number}";
inline constexpr const char* reading_minutes = "{minutes, plural, one {# minute} other {# minutes}}";
inline constexpr const char* source_reports =
    "{count, plural, one {Source report} other {Source reports}}";
inline constexpr const char* untranslated_notice =
    "Parts of this page are not translated yet, so they are shown in {language}.";
inline constexpr const char* see_status = "See the translation status";
inline constexpr const char* translation_status = "Translation status";
inline constexpr const char* status_intro =
    "How much of this site is translated into each language, counted in messages and in words.";
inline constexpr const char* status_language = "Language";
inline constexpr const char* status_translated = "Translated";
inline constexpr const char* status_fuzzy = "Needs review";
inline constexpr const char* status_untranslated = "Not translated";
inline constexpr const char* status_words = "Words translated";
inline constexpr const char* status_table = "Translation status by language";
inline constexpr const char* book_download = "Download all summaries and fact sheets as an e-book (EPUB, {size})";
inline constexpr const char* book_subtitle = "Summaries and fact sheets in plain language";
inline constexpr const char* book_contents = "Contents";
inline constexpr const char* figure_about = "about {figure}";
inline constexpr const char* figure_over = "over {figure}";
inline constexpr const char* figure_up_to = "up to {figure}";
inline constexpr const char* infographic_sources = "{count, plural, one {Source:} other {Sources:}} {reports}";
inline constexpr const char* infographic_data = "Data and sources";
inline constexpr const char* infographic_figure = "Figure";
inline constexpr const char* infographic_what = "What it shows";
inline constexpr const char* infographic_date = "Date";
inline constexpr const char* infographic_event = "Event";
inline constexpr const char* infographic_download_svg = "Download the image (SVG, {size})";
inline constexpr const char* infographic_download_png = "Download the picture for sharing (PNG, {size})";
inline constexpr const char* infographics = "Infographics";
inline constexpr const char* infographics_intro =
    "Key figures from the regional dialogues and reports, as pictures to share. Each one comes with its data as text.";
inline constexpr const char* book_cover = "Cover";
inline constexpr const char* book_start = "Start of content";
inline constexpr const char* book_landmarks = "Landmarks";
inline constexpr const char* book_font_licence = "Font licence";
inline constexpr const char* book_accessibility =
    "This book has a table of contents, headings in reading order, tables with headers and text "
    "that can be resized. It has no images without a text alternative. It meets WCAG 2.2 level AA.";
inline constexpr const char* themes = "Themes";
inline constexpr const char* themes_intro =
    "The themes of the Guidelines. Each one lists the summaries and fact sheets about it.";
inline constexpr const char* theme_documents = "{count, plural, one {# document} other {# documents}}";
inline constexpr const char* theme_intro = "Summaries and fact sheets on this theme.";
inline constexpr const char* glossary = "Glossary";
inline constexpr const char* glossary_intro =
    "Words and abbreviations these pages use, each explained in plain language.";
inline constexpr const char* search = "Search";
inline constexpr const char* search_results =
    "{count, plural, one {# result for “{query}”} other {# results for “{query}”}}";
inline constexpr const char* search_none =
    "No results for “{query}”. Try other or fewer words, or browse the themes and sections below.";
inline constexpr const char* search_loading = "Searching…";
inline constexpr const char* search_failed =
    "The search could not be loaded. Browse the themes and sections below.";
}  // namespace msg

/// Every message above, in a fixed order, for `press i18n extract`.
const std::vector<UiMessage>& generator_messages();

}  // namespace press::i18n
