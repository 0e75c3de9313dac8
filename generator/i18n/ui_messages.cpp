#include "i18n/ui_messages.h"

namespace press::i18n {

const std::vector<UiMessage>& generator_messages() {
  static const std::vector<UiMessage> messages = {
      {msg::home, "navigation and breadcrumb: the home page"},
      {msg::page_not_found, "title of the 404 page"},
      {msg::external_link, "read by screen readers after a link to another website"},
      {msg::note_number, "accessible name of a footnote reference; {number} is the note's number"},
      {msg::back_to_reference, "accessible name of the link from a footnote back to where it is cited"},
      {msg::notes, "heading above a page's footnotes"},
      {msg::table_number, "accessible name of a table's scroll area; {number} counts tables on the page"},
      {msg::reading_minutes, "reading time of a page; {minutes} is a number"},
      {msg::source_reports, "label before the report(s) a page draws on; {count} is how many"},
      {msg::untranslated_notice,
       "notice on a page with untranslated parts; {language} is the source language's name"},
      {msg::see_status, "link from that notice to the translation status page"},
      {msg::translation_status, "title of the translation status page"},
      {msg::status_intro, "introduction of the translation status page"},
      {msg::status_language, "translation status table: column of language names"},
      {msg::status_translated, "translation status table: share of messages translated"},
      {msg::status_fuzzy, "translation status table: messages whose source changed (fuzzy)"},
      {msg::status_untranslated, "translation status table: messages not translated"},
      {msg::status_words, "translation status table: share of the words translated"},
      {msg::status_table, "accessible name of the translation status table"},
      {msg::book_download, "link on the home page to the e-book; {size} is its file size, e.g. 245 kB"},
      {msg::book_subtitle, "subtitle on the e-book's cover"},
      {msg::figure_about, "infographics: an approximate figure; {figure} is a formatted number such as 110,000"},
      {msg::figure_over, "infographics: a figure that is a lower bound; {figure} is a formatted number"},
      {msg::figure_up_to, "infographics: a figure that is an upper bound; {figure} is a formatted number or length of time"},
      {msg::infographic_sources, "infographics: the reports a chart's figures come from; {reports} is their titles"},
      {msg::infographic_data, "infographics: the button that opens a chart's data as a table"},
      {msg::infographic_figure, "infographics: column heading of the figures in a chart's data table"},
      {msg::infographic_what, "infographics: column heading of what each figure counts"},
      {msg::infographic_date, "infographics: column heading of the dates in a timeline's data table"},
      {msg::infographic_event, "infographics: column heading of the events in a timeline's data table"},
      {msg::infographic_download_svg, "infographics: download link; {size} is the file size, e.g. 12 kB"},
      {msg::infographic_download_png, "infographics: download link for social media; {size} is the file size"},
      {msg::infographics, "navigation and title of the page that lists every infographic"},
      {msg::infographics_intro, "introduction of the page that lists every infographic"},
      {msg::book_contents, "e-book: title of the table of contents"},
      {msg::book_cover, "e-book: name of the cover page in the reader's menu"},
      {msg::book_start, "e-book: name of the place where the text starts, in the reader's menu"},
      {msg::book_landmarks, "e-book: accessible name of the list of landmarks"},
      {msg::book_font_licence, "e-book: title of the page with the embedded font's licence"},
      {msg::book_accessibility, "e-book: accessibility summary that reading apps show"},
  };
  return messages;
}

}  // namespace press::i18n
