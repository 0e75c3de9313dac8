// Diagnostics: located errors and warnings, collected so one run reports every problem.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace press::core {

class SourceFile;

/// A place in a source file; line and column are 1-based, column counts characters.
struct Position {
  std::string path;
  int line = 0;
  int column = 0;
};

enum class Severity { warning, error };

/// One finding: where, how bad, what, and the source line it points into (may be empty).
struct Diagnostic {
  Position position;
  Severity severity = Severity::error;
  std::string message;
  std::string source_line;
};

/// `text` with its control characters written as `\xNN`, so that printing a file name or an
/// argument cannot rewrite the terminal.
std::string escape_control_characters(std::string_view text);

/// Renders `path:line:col: error: message`, then the source line and a caret under the column.
std::string format_diagnostic(const Diagnostic& diagnostic);

/// Collects diagnostics from one stage or one worker; merge sinks to report them together.
class Diagnostics {
 public:
  void error(const SourceFile& file, int line, int column, std::string message);
  void warning(const SourceFile& file, int line, int column, std::string message);
  /// An error about a file as a whole (missing, unreadable), without a source line.
  void error(std::string path, std::string message);
  void add(Diagnostic diagnostic);
  void merge(Diagnostics&& other);

  bool has_errors() const { return error_count_ > 0; }
  int error_count() const { return error_count_; }
  const std::vector<Diagnostic>& all() const { return diagnostics_; }
  /// Orders by path, line and column so output does not depend on scheduling.
  void sort();
  std::string format_all() const;

 private:
  std::vector<Diagnostic> diagnostics_;
  int error_count_ = 0;
};

}  // namespace press::core
