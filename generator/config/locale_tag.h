// Locale tags: the BCP 47 tags of press.yaml, XLIFF files and the command line, checked with
// ICU before any of them names a folder.
#pragma once

#include <string>

namespace press::config {

/// Why `tag` cannot be a locale of the site, or empty when it can: a well-formed BCP 47 tag
/// that ICU reads whole ("en", "zh-Hans", "pt-BR"), of a language ICU has data for. Since
/// only letters, digits and hyphens pass, a tag is always safe as a folder name.
std::string refuse_locale_tag(const std::string& tag);

}  // namespace press::config
