#include "core/diagnostics.h"

#include <algorithm>
#include <tuple>

#include "core/source_file.h"

namespace press::core {

namespace {

bool is_utf8_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The caret line keeps tabs so it lines up under tab-indented source, and counts
// characters, not bytes, so it lines up under non-Latin text too.
std::string caret_line(std::string_view line, int column) {
  std::string caret;
  int characters = 0;
  for (char c : line) {
    if (characters >= column - 1) break;
    if (is_utf8_continuation(static_cast<unsigned char>(c))) continue;
    caret += c == '\t' ? '\t' : ' ';
    ++characters;
  }
  caret += '^';
  return caret;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.position.path;
  if (d.position.line > 0) {
    out += ':' + std::to_string(d.position.line);
    if (d.position.column > 0) out += ':' + std::to_string(d.position.column);
  }
  out += d.severity == Severity::error ? ": error: " : ": warning: ";
  out += d.message;
  out += '\n';
  if (d.position.line > 0) {
    out += d.source_line;
    out += '\n';
    out += caret_line(d.source_line, std::max(d.position.column, 1));
    out += '\n';
  }
  return out;
}

void Diagnostics::error(const SourceFile& file, int line, int column, std::string message) {
  add({{file.path(), line, column}, Severity::error, std::move(message),
       std::string(file.line_text(line))});
}

void Diagnostics::warning(const SourceFile& file, int line, int column, std::string message) {
  add({{file.path(), line, column}, Severity::warning, std::move(message),
       std::string(file.line_text(line))});
}

void Diagnostics::error(std::string path, std::string message) {
  add({{std::move(path), 0, 0}, Severity::error, std::move(message), {}});
}

void Diagnostics::add(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::error) ++error_count_;
  diagnostics_.push_back(std::move(diagnostic));
}

void Diagnostics::merge(Diagnostics&& other) {
  for (auto& d : other.diagnostics_) add(std::move(d));
  other.diagnostics_.clear();
  other.error_count_ = 0;
}

void Diagnostics::sort() {
  std::stable_sort(diagnostics_.begin(), diagnostics_.end(), [](const auto& a, const auto& b) {
    return std::tie(a.position.path, a.position.line, a.position.column) <
           std::tie(b.position.path, b.position.line, b.position.column);
  });
}

std::string Diagnostics::format_all() const {
  std::string out;
  for (const auto& d : diagnostics_) out += format_diagnostic(d);
  return out;
}

}  // namespace press::core
