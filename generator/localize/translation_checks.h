// Translation checks: a translated block must keep the source's links, code and footnotes,
// and stay one block of the same kind, so the translated page has the source's structure.
#pragma once

#include "core/diagnostics.h"
#include "core/source_file.h"
#include "i18n/catalog.h"

namespace press::localize {

/// Checks one translated content message; problems are reported at its msgstr line.
void check_block_translation(const i18n::CatalogMessage& message, const core::SourceFile& file,
                             core::Diagnostics& diagnostics);

}  // namespace press::localize
