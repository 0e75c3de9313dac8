#include "core/source_file.h"

#include <algorithm>

namespace press::core {

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
  index_lines();
}

SourceFile::SourceFile(std::string path, Loader load) : path_(std::move(path)), load_(std::move(load)) {}

SourceFile::SourceFile(std::string path, std::string text, Loader load)
    : path_(std::move(path)), load_(std::move(load)), loaded_(true), text_(std::move(text)) {
  index_lines();
}

void SourceFile::ensure_loaded() const {
  std::lock_guard<std::mutex> lock(loading_);
  if (loaded_.load(std::memory_order_relaxed)) return;
  text_ = load_(path_);
  index_lines();
  loaded_.store(true, std::memory_order_release);
}

void SourceFile::release() const {
  // Not loaded: nothing to free (a file the content memo knew is never read at all).
  if (!load_ || !loaded_.load(std::memory_order_acquire)) return;
  std::lock_guard<std::mutex> lock(loading_);
  loaded_.store(false, std::memory_order_relaxed);
  std::string().swap(text_);
  std::vector<size_t>().swap(line_starts_);
}

int SourceFile::line_count() const {
  text();
  return static_cast<int>(line_starts_.size());
}

void SourceFile::index_lines() const {
  line_starts_.assign(1, 0);
  for (size_t i = text_.find('\n'); i != std::string::npos && i + 1 < text_.size(); i = text_.find('\n', i + 1)) {
    line_starts_.push_back(i + 1);
  }
}

std::string_view SourceFile::line_text(int line) const {
  text();
  if (line < 1 || line > line_count()) return {};
  size_t start = line_starts_[line - 1];
  size_t end = text_.find('\n', start);
  if (end == std::string::npos) end = text_.size();
  if (end > start && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(start, end - start);
}

std::pair<int, int> SourceFile::position_of(size_t offset) const {
  text();
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  int line = static_cast<int>(it - line_starts_.begin());
  size_t start = line_starts_[line - 1];
  std::string_view prefix = std::string_view(text_).substr(start, offset - start);
  return {line, count_characters(prefix) + 1};
}

int count_characters(std::string_view text) {
  return static_cast<int>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

}  // namespace press::core
