#include "serve/change_batcher.h"

#include <algorithm>

namespace press::serve {

void ChangeBatcher::add(const std::string& path, Clock::time_point when) {
  if (paths_.empty()) first_ = when;
  last_ = std::max(last_, when);
  paths_.insert(path);
}

std::optional<ChangeBatcher::Clock::time_point> ChangeBatcher::due() const {
  if (paths_.empty()) return std::nullopt;
  return std::min(last_ + quiet_, first_ + longest_);
}

std::vector<std::string> ChangeBatcher::take() {
  std::vector<std::string> paths(paths_.begin(), paths_.end());
  paths_.clear();
  return paths;
}

}  // namespace press::serve
