#include "pipeline/ui_units.h"

#include <set>

#include "i18n/ui_messages.h"

namespace press::pipeline {

std::vector<localize::Unit> ui_units(const config::SiteConfig& config, const theme::Theme& theme) {
  std::vector<localize::Unit> units;
  std::set<std::string> seen;
  auto add = [&](const std::string& id, const std::string& comment) {
    if (!id.empty() && seen.insert(id).second) units.push_back({"", id, comment, 0});
  };
  const std::pair<const char*, const std::optional<theme::PageTemplate>*> templates[] = {
      {"layout.xhtml", &theme.layout},   {"home.xhtml", &theme.home},
      {"section.xhtml", &theme.section}, {"document.xhtml", &theme.document},
      {"not_found.xhtml", &theme.not_found}, {"status.xhtml", &theme.status}};
  for (const auto& [name, page_template] : templates) {
    if (!*page_template) continue;
    for (const auto& id : (*page_template)->translatable_strings()) add(id, std::string("theme: ") + name);
  }
  for (const auto& message : i18n::generator_messages()) add(message.id, message.comment);
  add(config.title, "the publication's title (press.yaml)");
  for (const auto& report : config.reports) add(report.title, "title of a source report (press.yaml)");
  for (const auto& t : config.themes) add(t.title, "a theme of the Guidelines (press.yaml)");
  return units;
}

}  // namespace press::pipeline
