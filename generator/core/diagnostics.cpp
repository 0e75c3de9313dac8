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

// A line of source shown under a diagnostic: the whole line, or, for a long one (a 400 KB
// line of minified data), the characters around the column between "…", with the column moved
// to match.
struct Excerpt {
  std::string text;
  int column;
};

Excerpt excerpt_around(std::string_view line, int column) {
  constexpr int kAround = 60;
  int characters = 0;
  for (char c : line) characters += is_utf8_continuation(static_cast<unsigned char>(c)) ? 0 : 1;
  if (characters <= 3 * kAround) return {std::string(line), column};
  const int first = std::max(1, column - kAround);  // characters, counted from 1
  const int last = std::min(characters, std::max(column, 1) + kAround);
  size_t begin = line.size(), end = line.size();
  int index = 0;
  for (size_t byte = 0; byte < line.size(); ++byte) {
    if (is_utf8_continuation(static_cast<unsigned char>(line[byte]))) continue;
    ++index;
    if (index == first) begin = byte;
    if (index == last + 1) {
      end = byte;
      break;
    }
  }
  const bool cut_before = first > 1;
  std::string text = (cut_before ? "…" : "") + std::string(line.substr(begin, end - begin)) +
                     (end < line.size() ? "…" : "");
  return {std::move(text), column - first + 1 + (cut_before ? 1 : 0)};
}

}  // namespace

std::string escape_control_characters(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (c < 0x20 || c == 0x7F) {
      static const char* hex = "0123456789ABCDEF";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = escape_control_characters(d.position.path);
  if (d.position.line > 0) {
    out += ':' + std::to_string(d.position.line);
    if (d.position.column > 0) out += ':' + std::to_string(d.position.column);
  }
  out += d.severity == Severity::error ? ": error: " : ": warning: ";
  out += d.message;
  out += '\n';
  if (d.position.line > 0) {
    const Excerpt shown = excerpt_around(d.source_line, std::max(d.position.column, 1));
    out += shown.text;
    out += '\n';
    out += caret_line(shown.text, shown.column);
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
