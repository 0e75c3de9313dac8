// Plain language: what `press check` warns of in the source language's pages, for readers with
// little schooling: a long sentence, and an abbreviation the page never explains.
#pragma once

#include <string>

#include "content/glossary.h"
#include "core/diagnostics.h"
#include "core/source_file.h"

namespace press::checks {

/// The most words a sentence may have before it is reported.
inline constexpr int kMaxSentenceWords = 25;

/// The prose of a Markdown body, byte for byte in place: code, tables, headings, footnote
/// definitions, link targets and footnote references blanked out, and the line breaks inside a
/// paragraph or list item made spaces (so a sentence runs on across them).
std::string prose_of(std::string_view markdown);

/// Warns, at its line and column, of each sentence of the Markdown body (starting at
/// `body_offset` in `file`) over kMaxSentenceWords words, and of the first use of each
/// abbreviation (two or more capitals) that is neither in the glossary nor spelled out on the
/// page, as "the full name (ABC)" or "ABC (the full name)". Roman numerals and parts of
/// document symbols ("A/HRC/47/40") are not abbreviations.
void check_plain_language(const core::SourceFile& file, size_t body_offset, const content::Glossary& glossary,
                          core::Diagnostics& diagnostics);

}  // namespace press::checks
