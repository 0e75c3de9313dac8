#include "pipeline/ui_units.h"

#include <set>

#include "i18n/ui_messages.h"
#include "infographics/localized_chart.h"

namespace press::pipeline {

std::vector<localize::Unit> ui_units(const config::SiteConfig& config, const theme::Theme& theme) {
  std::vector<localize::Unit> units;
  std::set<std::string> seen;
  auto add = [&](const std::string& id, const std::string& comment) {
    if (!id.empty() && seen.insert(id).second) units.push_back({"", id, comment, 0});
  };
  // The language chooser shows every language's name in that language: nothing to translate.
  for (const auto& file : theme::template_files()) {
    const std::optional<theme::PageTemplate>& page_template = theme.*file.member;
    if (!page_template || file.member == &theme::Theme::chooser) continue;
    for (const auto& id : page_template->translatable_strings()) add(id, std::string("theme: ") + file.name);
  }
  for (const auto& message : i18n::generator_messages()) add(message.id, message.comment);
  add(config.title, "the publication's title (press.yaml)");
  for (const auto& report : config.reports) add(report.title, "title of a source report (press.yaml)");
  for (const auto& t : config.themes) add(t.title, "a theme of the Guidelines (press.yaml)");
  return units;
}

namespace {

// Where a label sits, so the translator knows what it is read with.
std::string label_note(infographics::ChartType type) {
  switch (type) {
    case infographics::ChartType::key_figures:
      return "label under a big figure such as \"over 80\", read on from it; {n} is that number";
    case infographics::ChartType::bar_chart:
    case infographics::ChartType::part_of_whole:
      return "label above a bar; the figure is written at the bar's end";
    case infographics::ChartType::timeline: return "event, under its date";
  }
  return "label";
}

}  // namespace

std::vector<localize::Unit> glossary_units(const content::Glossary& glossary) {
  std::vector<localize::Unit> units;
  std::set<std::string> seen;
  auto add = [&](const std::string& id, std::string comment, int line) {
    if (seen.insert(id).second) units.push_back({"", id, std::move(comment), line});
  };
  for (const auto& entry : glossary.entries) {
    add(entry.term, "glossary: a term, as the glossary page lists it and as an abbreviation's expansion", entry.line);
    if (!entry.abbr.empty()) {
      add(entry.abbr, "glossary: the abbreviation of \"" + entry.term + "\" as your language's pages write it "
          "(the same letters if they keep them); its first use on each page is marked and explained", entry.line);
    }
    add(entry.definition, "glossary: the definition of \"" + entry.term + "\", in plain language", entry.line);
  }
  return units;
}

std::vector<localize::Unit> infographic_units(const infographics::Infographics& all) {
  std::vector<localize::Unit> units;
  std::set<std::string> seen;
  for (const auto& [name, chart] : all) {
    const std::vector<std::string> messages = infographics::chart_messages(chart);
    for (size_t i = 0; i < messages.size(); ++i) {
      if (!seen.insert(messages[i]).second) continue;
      const std::string what = i == 0 ? "title" : i == 1 ? "description, read out by screen readers" : label_note(chart.type);
      const int line = i >= 2 ? chart.data[i - 2].line : 0;
      units.push_back({"", messages[i], "infographic " + name + " (" + chart_type_name(chart.type) + "): " + what, line});
    }
  }
  return units;
}

}  // namespace press::pipeline
