#include "markdown/block_segments.h"

#include <algorithm>

#include "markdown/cmark_document.h"

namespace press::markdown {

namespace {

// Byte offsets of the start of every line.
std::vector<size_t> line_starts(std::string_view text) {
  std::vector<size_t> starts{0};
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

class Segmenter {
 public:
  explicit Segmenter(std::string_view text) : text_(text), starts_(line_starts(text)) {}

  void walk(cmark_node* node) {
    for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
      const cmark_node_type type = cmark_node_get_type(child);
      if (type == CMARK_NODE_PARAGRAPH) {
        if (embedded_infographic(child).empty()) paragraph(child);
      } else if (type == CMARK_NODE_HEADING) {
        heading(child);
      } else if (std::string_view(cmark_node_get_type_string(child)) == "table") {
        table(child);
      } else if (type != CMARK_NODE_CODE_BLOCK && type != CMARK_NODE_HTML_BLOCK) {
        walk(child);
      }
    }
  }

  std::vector<BlockSegment> segments;

 private:
  std::string_view line(int n, size_t* begin = nullptr) const {
    // cmark-gfm gives some nodes no position (line 0), for instance a table's leftovers.
    if (n < 1 || n > static_cast<int>(starts_.size())) {
      if (begin) *begin = text_.size();
      return {};
    }
    size_t start = starts_[n - 1];
    size_t end = n < static_cast<int>(starts_.size()) ? starts_[n] - 1 : text_.size();
    if (end > start && text_[end - 1] == '\r') --end;
    if (begin) *begin = start;
    return text_.substr(start, end - start);
  }

  static TextSpan trimmed(size_t base, std::string_view s) {
    size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
    return {base + b, base + e};
  }

  void paragraph(cmark_node* node) {
    BlockSegment segment;
    segment.kind = BlockKind::paragraph;
    segment.line = cmark_node_get_start_line(node);
    const int last = cmark_node_get_end_line(node);
    for (int n = segment.line; n <= last; ++n) {
      size_t base = 0;
      std::string_view s = line(n, &base);
      size_t skip = 0;
      if (n == segment.line) {
        skip = std::min<size_t>(cmark_node_get_start_column(node) - 1, s.size());
      } else {
        // Continuation lines: container markers and indentation are not text.
        while (skip < s.size() && (s[skip] == ' ' || s[skip] == '\t' || s[skip] == '>')) ++skip;
      }
      size_t end = s.size();
      if (n == last) end = std::min<size_t>(std::max(cmark_node_get_end_column(node), 0), s.size());
      if (end < skip) end = skip;
      // Keep a trailing "  " hard break visible to text(); trim only the left side.
      segment.lines.push_back({base + skip, base + end});
    }
    segments.push_back(std::move(segment));
  }

  void heading(cmark_node* node) {
    BlockSegment segment;
    segment.kind = BlockKind::heading;
    segment.line = cmark_node_get_start_line(node);
    size_t base = 0;
    std::string_view s = line(segment.line, &base);
    size_t b = 0;
    while (b < s.size() && s[b] == ' ') ++b;
    if (b < s.size() && s[b] == '#') {
      while (b < s.size() && s[b] == '#') ++b;
      size_t e = s.size();
      while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
      size_t closing = e;
      while (closing > b && s[closing - 1] == '#') --closing;
      if (closing < e && (closing == b || s[closing - 1] == ' ')) e = closing;
      segment.lines.push_back(trimmed(base + b, s.substr(b, e - b)));
    } else {
      // A setext heading: its text lines come before the underline.
      for (int n = segment.line; n < cmark_node_get_end_line(node); ++n) {
        std::string_view t = line(n, &base);
        segment.lines.push_back(trimmed(base, t));
      }
    }
    segments.push_back(std::move(segment));
  }

  // GFM splits a row at every pipe that is not escaped with a backslash.
  void table(cmark_node* node) {
    for (cmark_node* row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
      const int n = cmark_node_get_start_line(row);
      size_t base = 0;
      std::string_view s = line(n, &base);
      std::vector<TextSpan> cells;
      size_t start = 0;
      size_t b = 0;
      while (b < s.size() && (s[b] == ' ' || s[b] == '\t')) ++b;
      if (b < s.size() && s[b] == '|') start = b + 1;
      for (size_t i = start; i <= s.size(); ++i) {
        if (i == s.size() || (s[i] == '|' && (i == 0 || s[i - 1] != '\\'))) {
          TextSpan cell = trimmed(base + start, s.substr(start, i - start));
          if (!(i == s.size() && cell.begin == cell.end && !cells.empty())) cells.push_back(cell);
          start = i + 1;
        }
      }
      int count = 0;
      for (cmark_node* c = cmark_node_first_child(row); c; c = cmark_node_next(c)) ++count;
      cells.resize(std::min<size_t>(cells.size(), count));
      for (const auto& cell : cells) {
        BlockSegment segment;
        segment.kind = BlockKind::table_cell;
        segment.line = n;
        segment.lines.push_back(cell);
        segments.push_back(std::move(segment));
      }
    }
  }

  std::string_view text_;
  std::vector<size_t> starts_;
};

bool ends_with_hard_break(std::string_view s) {
  return (s.size() >= 2 && s.substr(s.size() - 2) == "  ") || (!s.empty() && s.back() == '\\');
}

}  // namespace

std::string BlockSegment::text(std::string_view markdown) const {
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view s = markdown.substr(lines[i].begin, lines[i].end - lines[i].begin);
    const bool hard = i + 1 < lines.size() && ends_with_hard_break(s);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    out += s;
    // A hard break is kept as "\" and a newline, however the source wrote it.
    if (i + 1 < lines.size()) out += hard ? (!s.empty() && s.back() == '\\' ? "\n" : "\\\n") : " ";
  }
  return out;
}

std::vector<BlockSegment> segment_blocks(std::string_view markdown) {
  CmarkDocument document(markdown);
  Segmenter segmenter(markdown);
  segmenter.walk(document.root());
  return std::move(segmenter.segments);
}

std::string replace_blocks(std::string_view markdown, const std::vector<BlockSegment>& segments,
                           const std::vector<std::string>& replacements) {
  std::string out;
  size_t copied = 0;
  for (size_t i = 0; i < segments.size(); ++i) {
    const auto& lines = segments[i].lines;
    if (lines.empty()) continue;
    const size_t begin = lines.front().begin;
    out.append(markdown.substr(copied, begin - copied));
    // Continuation lines sit under the same markers: keep '>' and turn the rest into spaces.
    const size_t line_start = markdown.rfind('\n', begin == 0 ? 0 : begin - 1);
    const size_t from = line_start == std::string_view::npos || begin == 0 ? 0 : line_start + 1;
    std::string prefix(markdown.substr(from, begin - from));
    for (char& c : prefix) {
      if (c != '>' && c != '\t') c = ' ';
    }
    for (char c : replacements[i]) {
      if (c == '\n') {
        out += '\n';
        out += prefix;
      } else {
        out += c;
      }
    }
    copied = lines.back().end;
  }
  out.append(markdown.substr(copied));
  return out;
}

const char* block_kind_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::heading: return "heading";
    case BlockKind::paragraph: return "paragraph";
    case BlockKind::table_cell: return "table cell";
  }
  return "block";
}

}  // namespace press::markdown
