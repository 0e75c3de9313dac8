// Text encoding: every text file press reads is UTF-8; anything else is found and named, never
// published as replacement characters.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/diagnostics.h"
#include "core/source_file.h"

namespace press::core {

struct EncodingProblem {
  size_t offset = 0;    // byte offset of the problem in the file
  std::string message;  // what is wrong and what to do, for a located diagnostic
};

/// The first reason `bytes` is not plain UTF-8 text: a byte order mark, UTF-16 or UTF-32, a
/// NUL byte, or a byte sequence that is not UTF-8 (often Windows-1252 or another legacy code
/// page). Nothing when the text is clean.
std::optional<EncodingProblem> find_encoding_problem(std::string_view bytes);

/// Reports the first encoding problem of `file` as an error at its line and column; true when
/// the file is clean UTF-8.
bool check_encoding(const SourceFile& file, Diagnostics& diagnostics);

}  // namespace press::core
