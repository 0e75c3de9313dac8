#include "i18n/catalog.h"
#include "core/file_system.h"

#include <gettext-po.h>

#include <csetjmp>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "core/input_limits.h"
#include "core/source_file.h"
#include "core/text_encoding.h"

namespace press::i18n {

namespace {

// libgettextpo reports through C callbacks and requires that a fatal report never returns,
// so the handler records the diagnostic and jumps back to the call (see with_gettext_errors).
struct ReadState {
  core::Diagnostics* diagnostics = nullptr;
  const core::SourceFile* file = nullptr;
  std::jmp_buf fatal;
  int errors = 0;
};
thread_local ReadState* current_read = nullptr;

void report(int severity, const char* filename, size_t lineno, size_t column, const char* text) {
  ReadState& state = *current_read;
  std::string message = text ? text : "unreadable PO file";
  while (!message.empty() && message.back() == '\n') message.pop_back();
  if (filename && lineno != static_cast<size_t>(-1)) {
    int line = static_cast<int>(lineno);
    int col = column == static_cast<size_t>(-1) ? 1 : static_cast<int>(column) + 1;
    // gettext notices an unclosed string on the line after it; point at where the quote is missing.
    if (message == "end-of-line within string" && line > 1) {
      --line;
      col = core::count_characters(state.file->line_text(line)) + 1;
      message = "this string has no closing '\"'";
    }
    state.diagnostics->error(*state.file, line, col, message);
  } else if (severity != PO_SEVERITY_FATAL_ERROR || state.errors == 0) {
    state.diagnostics->error(state.file->path(), message);
  }
  ++state.errors;
  if (severity == PO_SEVERITY_FATAL_ERROR) std::longjmp(state.fatal, 1);
}

void on_error(int severity, po_message_t, const char* filename, size_t lineno, size_t column, int,
              const char* text) {
  if (severity == PO_SEVERITY_WARNING) return;
  report(severity, filename, lineno, column, text);
}

void on_error2(int severity, po_message_t, const char* filename1, size_t lineno1, size_t column1,
               int, const char* text1, po_message_t, const char*, size_t, size_t, int,
               const char*) {
  if (severity == PO_SEVERITY_WARNING) return;
  report(severity, filename1, lineno1, column1, text1);
}

const po_xerror_handler kHandler = {on_error, on_error2};

// Runs one libgettextpo call with its reports routed to `diagnostics` (located in `file`);
// a fatal report jumps back here. Returns how many errors were reported.
template <typename Call>
int with_gettext_errors(const core::SourceFile& file, core::Diagnostics& diagnostics, Call call) {
  ReadState state;
  state.diagnostics = &diagnostics;
  state.file = &file;
  ReadState* outer = current_read;
  current_read = &state;
  if (setjmp(state.fatal) == 0) call();
  current_read = outer;
  return state.errors;
}

std::string text_or_empty(const char* text) { return text ? text : ""; }

// libgettextpo does not say where a message sits in the file, and diagnostics need it. Its
// messages come in file order, so the n-th "msgid" line at the start of a line (obsolete ones
// after "#~ ") belongs to the n-th message. This only counts lines; it parses nothing.
std::vector<std::pair<int, int>> message_lines(const core::SourceFile& file) {
  std::vector<std::pair<int, int>> lines;
  for (int n = 1; n <= file.line_count(); ++n) {
    std::string_view line = file.line_text(n);
    if (line.rfind("msgid ", 0) == 0 || line.rfind("#~ msgid ", 0) == 0) {
      lines.push_back({n, n});
    } else if ((line.rfind("msgstr", 0) == 0 || line.rfind("#~ msgstr", 0) == 0) && !lines.empty() &&
               lines.back().second == lines.back().first) {
      lines.back().second = n;
    }
  }
  return lines;
}

// libgettextpo's po_message_comments and po_message_extracted_comments return a string they
// join anew on each call and never free (gettext's own "FIXME: memory leak"), or a literal "" when
// there are none. The joined one is the caller's to free: a server that reads catalogs again on
// every save would otherwise grow with each read.
std::string take_joined_comments(const char* joined) {
  if (!joined || !*joined) return {};
  std::string text(joined);
  std::free(const_cast<char*>(joined));
  return text;
}

}  // namespace

std::string message_key(std::string_view context, bool has_context, std::string_view id) {
  if (!has_context) return std::string(id);
  std::string key(context);
  key += '\x04';
  key += id;
  return key;
}

std::string Catalog::header_field(std::string_view name) const {
  const std::string prefix = std::string(name) + ": ";
  std::istringstream lines(header);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(prefix, 0) == 0) return line.substr(prefix.size());
  }
  return {};
}

void Catalog::set_header_field(std::string_view name, std::string_view value) {
  char* updated = po_header_set_field(header.c_str(), std::string(name).c_str(),
                                      std::string(value).c_str());
  header = updated;
  std::free(updated);
}

std::optional<Catalog> read_catalog(const std::string& path, core::Diagnostics& diagnostics) {
  auto text = core::read_within_limit(core::DiskFileSystem(), path, core::kMaxCatalogBytes, "this catalog", diagnostics);
  if (!text) {
    return std::nullopt;
  }
  const core::SourceFile file(path, std::move(*text));
  // Catalogs are UTF-8: libgettextpo would turn other bytes into U+FFFD, published silently.
  if (!core::check_encoding(file, diagnostics)) return std::nullopt;

  po_file_t po = nullptr;
  const int errors = with_gettext_errors(file, diagnostics, [&] { po = po_file_read(path.c_str(), &kHandler); });
  if (!po || errors > 0) {
    if (po) po_file_free(po);
    return std::nullopt;
  }

  Catalog catalog;
  const auto lines = message_lines(file);
  size_t index = 0;
  po_message_iterator_t it = po_message_iterator(po, nullptr);
  for (po_message_t m = po_next_message(it); m; m = po_next_message(it), ++index) {
    const std::string id = po_message_msgid(m);
    if (id.empty() && !po_message_msgctxt(m) && !po_message_is_obsolete(m)) {
      catalog.header = text_or_empty(po_message_msgstr(m));
      continue;
    }
    CatalogMessage message;
    message.has_context = po_message_msgctxt(m) != nullptr;
    message.context = text_or_empty(po_message_msgctxt(m));
    message.id = id;
    message.str = text_or_empty(po_message_msgstr(m));
    message.fuzzy = po_message_is_fuzzy(m);
    message.obsolete = po_message_is_obsolete(m);
    message.translator_comments = take_joined_comments(po_message_comments(m));
    message.extracted_comments = take_joined_comments(po_message_extracted_comments(m));
    message.previous_id = text_or_empty(po_message_prev_msgid(m));
    for (int i = 0;; ++i) {
      po_filepos_t pos = po_message_filepos(m, i);
      if (!pos) break;
      message.references.emplace_back(po_filepos_file(pos), po_filepos_start_line(pos));
    }
    if (index < lines.size()) {
      message.line = lines[index].first;
      message.str_line = lines[index].second;
    }
    catalog.messages.push_back(std::move(message));
  }
  po_message_iterator_free(it);
  po_file_free(po);
  return catalog;
}

bool write_catalog(const Catalog& catalog, const std::string& path, std::string& error) {
  po_file_t po = po_file_create();
  po_message_iterator_t it = po_message_iterator(po, nullptr);
  po_message_t header = po_message_create();
  po_message_set_msgid(header, "");
  po_message_set_msgstr(header, catalog.header.c_str());
  po_message_insert(it, header);
  for (const auto& message : catalog.messages) {
    po_message_t m = po_message_create();
    if (message.has_context) po_message_set_msgctxt(m, message.context.c_str());
    po_message_set_msgid(m, message.id.c_str());
    po_message_set_msgstr(m, message.str.c_str());
    if (!message.translator_comments.empty())
      po_message_set_comments(m, message.translator_comments.c_str());
    if (!message.extracted_comments.empty())
      po_message_set_extracted_comments(m, message.extracted_comments.c_str());
    if (!message.previous_id.empty()) po_message_set_prev_msgid(m, message.previous_id.c_str());
    for (const auto& [file, line] : message.references) po_message_add_filepos(m, file.c_str(), line);
    po_message_set_fuzzy(m, message.fuzzy);
    po_message_set_obsolete(m, message.obsolete);
    po_message_insert(it, m);
  }
  po_message_iterator_free(it);

  std::error_code ec;
  const std::filesystem::path target(path);
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
  core::Diagnostics ignored;  // a write failure is reported as one error below
  bool ok = false;
  const int errors = with_gettext_errors(core::SourceFile(path, ""), ignored,
                                         [&] { ok = po_file_write(po, path.c_str(), &kHandler) != nullptr; });
  po_file_free(po);
  if (!ok || errors > 0) {
    error = "cannot write \"" + path + "\"";
    return false;
  }
  return true;
}

std::unordered_map<std::string, std::string> published_translations(const Catalog& catalog) {
  std::unordered_map<std::string, std::string> out;
  for (const auto& m : catalog.messages) {
    if (m.is_translated()) out.emplace(message_key(m.context, m.has_context, m.id), m.str);
  }
  return out;
}

}  // namespace press::i18n
