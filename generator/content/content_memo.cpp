#include "content/content_memo.h"

#include <charconv>

#include "core/content_hash.h"
#include "core/file_system.h"
#include "core/mapped_file.h"

namespace press::content {

namespace {

constexpr std::string_view kFormat = "press-content-memo 2 ";
// The fields of one placeholder: field, text, line, column.
constexpr int kPlaceholderFields = 4;

// Fields are written as "<length>:<bytes>", so any text, newlines included, reads back as is.
void put(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

void put(std::string& out, uint64_t number) { put(out, std::to_string(number)); }

class FieldReader {
 public:
  explicit FieldReader(std::string_view bytes) : rest_(bytes) {}
  size_t remaining() const { return rest_.size(); }
  bool ok() const { return ok_; }
  std::string_view next() {
    size_t length = 0;
    auto [end, error] = std::from_chars(rest_.data(), rest_.data() + rest_.size(), length);
    if (error != std::errc() || end == rest_.data() + rest_.size() || *end != ':') return fail();
    const size_t start = static_cast<size_t>(end - rest_.data()) + 1;
    if (length > rest_.size() - start) return fail();
    std::string_view field = rest_.substr(start, length);
    rest_.remove_prefix(start + length);
    return field;
  }
  uint64_t number() {
    const std::string_view field = next();
    uint64_t value = 0;
    if (std::from_chars(field.data(), field.data() + field.size(), value).ec != std::errc()) fail();
    return value;
  }
  void skip_list(int fields_per_item = 1) {
    const uint64_t count = number();
    if (count > rest_.size()) return fail(), void();
    for (uint64_t i = 0; i < count * static_cast<uint64_t>(fields_per_item); ++i) next();
  }
  std::vector<std::string> list() {
    const uint64_t count = number();
    if (count > rest_.size()) return fail(), std::vector<std::string>();  // damaged: no huge allocation
    std::vector<std::string> items(count);
    for (auto& item : items) item = next();
    return items;
  }

 private:
  std::string_view fail() {
    ok_ = false;
    rest_ = {};
    return {};
  }
  std::string_view rest_;
  bool ok_ = true;
};

std::string config_key(const config::SiteConfig& config) {
  core::ContentHash hash;
  for (const auto& report : config.reports) hash.add(report.id);
  hash.add(uint64_t{0});
  for (const auto& theme : config.themes) hash.add(theme.id);
  return hash.hex();
}

void put_entry(std::string& out, const ContentMemo::Entry& entry) {
  put(out, *entry.path);
  for (uint64_t number : {entry.stamp.size, entry.stamp.modified_ns, entry.stamp.changed_ns, entry.stamp.inode}) {
    put(out, number);
  }
  put(out, *entry.key);
  const FrontMatter& front = *entry.front;
  put(out, front.title);
  put(out, front.summary);
  put(out, front.date);
  for (const auto* list : {&front.sources, &front.themes}) {
    put(out, list->size());
    for (const auto& item : *list) put(out, item);
  }
  put(out, std::to_string(front.order));
  put(out, front.body_offset);
  put(out, static_cast<uint64_t>(front.body_line));
  put(out, uint64_t{front.draft});
  put(out, front.placeholders.size());
  for (const auto& placeholder : front.placeholders) {
    put(out, placeholder.field);
    put(out, placeholder.text);
    put(out, static_cast<uint64_t>(placeholder.line));
    put(out, static_cast<uint64_t>(placeholder.column));
  }
  out += '\n';
}

}  // namespace

std::string file_key_of(PageKind kind, std::string_view text) {
  return core::ContentHash().add(static_cast<uint64_t>(kind)).add(text).hex();
}

ContentMemo::ContentMemo() = default;
ContentMemo::~ContentMemo() { wait_until_read(); }

ContentMemo::ContentMemo(std::string path, const config::SiteConfig& config)
    : path_(std::move(path)), config_key_(config_key(config)), reader_([this] { read(); }) {}

void ContentMemo::wait_until_read() const {
  std::call_once(read_, [this] {
    if (reader_.joinable()) reader_.join();
  });
}

void ContentMemo::read() {
  file_ = std::make_shared<const core::MappedFile>(path_);
  std::string_view text = file_->bytes();
  const size_t header_end = text.find('\n');
  if (header_end == std::string_view::npos || text.substr(0, header_end) != std::string(kFormat) + config_key_) return;
  text.remove_prefix(header_end + 1);
  by_path_.reserve(text.size() / 256);  // records are a few hundred bytes
  while (!text.empty()) {
    // A record may hold newlines in its fields, so it is read field by field, not by line.
    FieldReader fields(text);
    const std::string_view file_path = fields.next();
    Record record;
    record.stamp = {fields.number(), fields.number(), fields.number(), fields.number()};
    record.key = fields.next();
    const size_t front_start = text.size() - fields.remaining();
    for (int i = 0; i < 3; ++i) fields.next();  // title, summary, date
    fields.skip_list();                          // sources
    fields.skip_list();                          // themes
    for (int i = 0; i < 4; ++i) fields.next();  // order, body offset, body line, draft
    fields.skip_list(kPlaceholderFields);
    const size_t used = text.size() - fields.remaining();
    if (!fields.ok() || used >= text.size() || text[used] != '\n') {
      by_path_.clear();
      records_read_ = 0;
      return;
    }
    record.front = text.substr(front_start, used - front_start);
    by_path_.insert_or_assign(file_path, record);  // appended later, so it supersedes
    ++records_read_;
    text.remove_prefix(used + 1);
  }
}

namespace {

std::optional<FrontMatter> parse_front(std::string_view fields_text) {
  FieldReader fields(fields_text);
  FrontMatter front;
  front.title = fields.next();
  front.summary = fields.next();
  front.date = fields.next();
  front.sources = fields.list();
  front.themes = fields.list();
  const std::string_view order = fields.next();
  front.body_offset = fields.number();
  front.body_line = static_cast<int>(fields.number());
  front.draft = fields.number() != 0;
  const uint64_t placeholders = fields.number();
  for (uint64_t i = 0; i < placeholders && fields.ok(); ++i) {
    Placeholder& placeholder = front.placeholders.emplace_back();
    placeholder.field = fields.next();
    placeholder.text = fields.next();
    placeholder.line = static_cast<int>(fields.number());
    placeholder.column = static_cast<int>(fields.number());
  }
  if (!fields.ok() || std::from_chars(order.data(), order.data() + order.size(), front.order).ec != std::errc()) {
    return std::nullopt;
  }
  return front;
}

}  // namespace

std::optional<KnownFile> ContentMemo::find_unchanged(const std::string& path, const core::FileStamp& stamp) const {
  wait_until_read();
  auto it = by_path_.find(path);
  if (it == by_path_.end() || !(it->second.stamp == stamp)) return std::nullopt;
  auto front = parse_front(it->second.front);
  if (!front) return std::nullopt;
  return KnownFile{stamp, std::string(it->second.key), std::move(*front)};
}

std::optional<FrontMatter> ContentMemo::find(const std::string& file_key) const {
  wait_until_read();
  std::call_once(by_key_made_, [this] {
    for (const auto& [file_path, record] : by_path_) by_key_.emplace(record.key, &record);
  });
  auto it = by_key_.find(file_key);
  return it == by_key_.end() ? std::nullopt : parse_front(it->second->front);
}

bool ContentMemo::save(const std::vector<Entry>& entries) const {
  if (path_.empty()) return true;
  wait_until_read();
  std::vector<const Entry*> changed;
  size_t kept = 0;
  for (const auto& entry : entries) {
    if (entry.as_remembered) {
      ++kept;
      continue;
    }
    auto it = by_path_.find(*entry.path);
    if (it != by_path_.end() && it->second.stamp == entry.stamp && it->second.key == *entry.key) {
      ++kept;
    } else {
      changed.push_back(&entry);
      if (it != by_path_.end()) ++kept;  // superseded, still not gone
    }
  }
  const bool none_gone = kept == by_path_.size();
  if (none_gone && changed.empty()) return true;
  // One edit appends one record instead of writing every file's record again.
  if (none_gone && !by_path_.empty() && records_read_ + changed.size() <= 2 * entries.size()) {
    std::string out;
    for (const Entry* entry : changed) put_entry(out, *entry);
    return core::append_to_file(path_, out);
  }
  std::string out = std::string(kFormat) + config_key_ + "\n";
  for (const auto& entry : entries) put_entry(out, entry);
  return core::replace_file(path_, out);
}

}  // namespace press::content
