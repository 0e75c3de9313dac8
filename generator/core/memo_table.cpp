#include "core/memo_table.h"

#include <algorithm>

#include "core/file_system.h"

namespace press::core {

namespace {
constexpr std::string_view kFormat = "press-memo 1\n";
}  // namespace

MemoTable::MemoTable(std::string path) : path_(std::move(path)) {
  if (path_.empty()) return;
  auto bytes = DiskFileSystem().read_file(path_);
  if (!bytes || bytes->compare(0, kFormat.size(), kFormat) != 0) return;
  // Lines of "<key> <result>".
  size_t at = kFormat.size();
  while (at < bytes->size()) {
    const size_t end = bytes->find('\n', at);
    const size_t space = bytes->find(' ', at);
    if (end == std::string::npos || space == std::string::npos || space > end) {
      loaded_.clear();
      return;
    }
    loaded_[bytes->substr(at, space - at)].result = bytes->substr(space + 1, end - space - 1);
    at = end + 1;
  }
}

std::optional<std::string> MemoTable::find(const std::string& key) const {
  if (path_.empty()) return std::nullopt;
  auto it = loaded_.find(key);
  if (it == loaded_.end()) return std::nullopt;
  it->second.used.store(true, std::memory_order_relaxed);
  return it->second.result;
}

void MemoTable::remember(const std::string& key, std::string result) const {
  if (path_.empty()) return;
  std::lock_guard<std::mutex> lock(mutex_);
  added_.insert_or_assign(key, std::move(result));
}

bool MemoTable::save() const {
  std::lock_guard<std::mutex> lock(mutex_);
  const bool all_used = std::all_of(loaded_.begin(), loaded_.end(), [](const auto& entry) { return entry.second.used.load(); });
  if (path_.empty() || (added_.empty() && all_used)) return true;
  std::string out(kFormat);
  auto put = [&](const std::string& key, const std::string& result) {
    out.append(key).append(" ").append(result).append("\n");
  };
  for (const auto& [key, entry] : loaded_) {
    if (entry.used.load() && !added_.count(key)) put(key, entry.result);
  }
  for (const auto& [key, result] : added_) put(key, result);
  return replace_file(path_, out);
}

}  // namespace press::core
