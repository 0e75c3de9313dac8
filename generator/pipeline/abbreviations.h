// Abbreviations: the first use of each glossary abbreviation on a page, marked with its
// expansion and a link to the glossary (press marks them; the Markdown stays as written).
#pragma once

#include <pugixml.hpp>

#include <set>
#include <string>
#include <vector>

namespace press::pipeline {

struct Abbreviation {
  std::string text;   // as the page's language writes it: "OST"
  std::string title;  // its expansion in that language: "Opioid substitution therapy"
  std::string href;   // its glossary entry, relative to the page
};

/// Marks, under `tree`, the first use of each abbreviation not in `marked` as
/// `<a class="glossary-link web-link" href><abbr title>OST</abbr></a>`, and adds it to `marked`.
/// A use counts only as a whole word, outside links, code, headings and footnote references
/// (there it stays plain, and a later use is marked).
void mark_abbreviations(pugi::xml_node tree, const std::vector<Abbreviation>& abbreviations,
                        std::set<std::string>& marked);

}  // namespace press::pipeline
