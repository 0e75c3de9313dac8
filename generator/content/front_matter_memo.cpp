#include "content/front_matter_memo.h"

#include <charconv>
#include <filesystem>

#include <unistd.h>

#include "core/content_hash.h"
#include "core/file_system.h"

namespace press::content {

namespace {

constexpr std::string_view kFormat = "press-front-matter 1 ";

// Fields are written as "<length>:<bytes>", so any text, newlines included, reads back as is.
void put(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

class FieldReader {
 public:
  explicit FieldReader(std::string_view bytes) : rest_(bytes) {}
  size_t remaining() const { return rest_.size(); }
  std::optional<std::string_view> next() {
    size_t length = 0;
    auto [end, error] = std::from_chars(rest_.data(), rest_.data() + rest_.size(), length);
    if (error != std::errc() || end == rest_.data() + rest_.size() || *end != ':') return std::nullopt;
    const size_t start = static_cast<size_t>(end - rest_.data()) + 1;
    if (length > rest_.size() - start) return std::nullopt;
    std::string_view field = rest_.substr(start, length);
    rest_.remove_prefix(start + length);
    return field;
  }
  std::optional<long long> number() {
    auto field = next();
    long long value = 0;
    if (!field || std::from_chars(field->data(), field->data() + field->size(), value).ec != std::errc()) {
      return std::nullopt;
    }
    return value;
  }
  std::optional<std::vector<std::string>> list() {
    auto count = number();
    if (!count || *count < 0) return std::nullopt;
    std::vector<std::string> items;
    for (long long i = 0; i < *count; ++i) {
      auto item = next();
      if (!item) return std::nullopt;
      items.emplace_back(*item);
    }
    return items;
  }

 private:
  std::string_view rest_;
};

std::string config_key(const config::SiteConfig& config) {
  core::ContentHash hash;
  for (const auto& report : config.reports) hash.add(report.id);
  hash.add(uint64_t{0});
  for (const auto& theme : config.themes) hash.add(theme.id);
  return hash.hex();
}

void put_front(std::string& out, const std::string& key, const FrontMatter& front) {
  for (std::string_view field : {std::string_view(key), std::string_view(front.title), std::string_view(front.summary),
                                 std::string_view(front.date)}) {
    put(out, field);
  }
  for (const auto* list : {&front.sources, &front.themes}) {
    put(out, std::to_string(list->size()));
    for (const auto& item : *list) put(out, item);
  }
  put(out, std::to_string(front.order));
  put(out, std::to_string(front.body_offset));
  put(out, std::to_string(front.body_line));
  out += '\n';
}

}  // namespace

std::string front_matter_file_key(PageKind kind, std::string_view text) {
  return core::ContentHash().add(static_cast<uint64_t>(kind)).add(text).hex();
}

FrontMatterMemo::FrontMatterMemo(std::string path, const config::SiteConfig& config)
    : path_(std::move(path)), config_key_(config_key(config)) {
  auto bytes = core::DiskFileSystem().read_file(path_);
  if (!bytes) return;
  std::string_view text(*bytes);
  const size_t header_end = text.find('\n');
  if (header_end == std::string_view::npos || text.substr(0, header_end) != std::string(kFormat) + config_key_) return;
  text.remove_prefix(header_end + 1);
  while (!text.empty()) {
    // A record may hold newlines in its fields, so it is read field by field, not by line.
    FieldReader fields(text);
    auto key = fields.next(), title = fields.next(), summary = fields.next(), date = fields.next();
    auto sources = fields.list(), themes = fields.list();
    auto order = fields.number(), offset = fields.number(), line = fields.number();
    if (!key || !title || !summary || !date || !sources || !themes || !order || !offset || !line) {
      known_.clear();
      return;
    }
    FrontMatter front;
    front.title = *title;
    front.summary = *summary;
    front.date = *date;
    front.sources = std::move(*sources);
    front.themes = std::move(*themes);
    front.order = static_cast<int>(*order);
    front.body_offset = static_cast<size_t>(*offset);
    front.body_line = static_cast<int>(*line);
    known_.emplace(std::string(*key), std::move(front));
    // The reader stopped at the record's closing newline.
    const size_t used = text.size() - fields.remaining();
    if (used >= text.size() || text[used] != '\n') {
      known_.clear();
      return;
    }
    text.remove_prefix(used + 1);
  }
}

const FrontMatter* FrontMatterMemo::find(const std::string& file_key) const {
  auto it = known_.find(file_key);
  return it == known_.end() ? nullptr : &it->second;
}

bool FrontMatterMemo::save(const std::vector<std::pair<const std::string*, const FrontMatter*>>& fronts) const {
  if (path_.empty()) return true;
  bool same = fronts.size() == known_.size();
  for (size_t i = 0; same && i < fronts.size(); ++i) same = known_.count(*fronts[i].first) > 0;
  if (same) return true;
  std::string out = std::string(kFormat) + config_key_ + "\n";
  for (const auto& [key, front] : fronts) put_front(out, *key, *front);
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path_).parent_path(), ec);
  const std::string temporary = path_ + ".tmp" + std::to_string(::getpid());
  if (!core::DiskFileSystem().write_file(temporary, out)) return false;
  std::filesystem::rename(temporary, path_, ec);
  return !ec;
}

}  // namespace press::content
