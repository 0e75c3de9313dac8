// Terminology check of the content: stigmatising terms in the Markdown files, per language.
#pragma once

#include <map>
#include <string>

#include "content/site_content.h"
#include "core/memo_table.h"
#include "core/diagnostics.h"
#include "i18n/terminology.h"

namespace press::pipeline {

/// Each locale's terminology list, from `translations/<locale>/terminology.yaml`.
std::map<std::string, i18n::Terminology> load_terminologies(const std::string& root,
                                                            const std::vector<std::string>& locales,
                                                            core::Diagnostics& diagnostics);

/// Warns about each listed term in the source content (with the source locale's list) and in
/// whole-file translations (with theirs). A block right after the Markdown comment line
/// `[//]: # (quote)` is quoted material and is not checked. With `clean`, a file found free of
/// every term under the same list is not read and checked again.
void check_content_terminology(const content::SiteContent& content, const std::string& source_locale,
                               const std::map<std::string, i18n::Terminology>& terminologies,
                               core::Diagnostics& diagnostics, const core::MemoTable* clean = nullptr);

}  // namespace press::pipeline
