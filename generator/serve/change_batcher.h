// Change batcher: the saves that arrive close together become one rebuild.
#pragma once

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace press::serve {

/// Collects changed paths until none has arrived for `quiet`, or `longest` has passed since the
/// first: an editor's save (write, rename) and a `git checkout` of many files each give one
/// batch, and a stream of saves that never pauses still gets rebuilt now and then.
class ChangeBatcher {
 public:
  using Clock = std::chrono::steady_clock;
  ChangeBatcher(Clock::duration quiet, Clock::duration longest) : quiet_(quiet), longest_(longest) {}

  void add(const std::string& path, Clock::time_point when);
  /// When the batch should be rebuilt; nothing when there is no batch.
  std::optional<Clock::time_point> due() const;
  /// The batch's paths, sorted, each once; the batcher is empty afterwards.
  std::vector<std::string> take();
  bool empty() const { return paths_.empty(); }

 private:
  Clock::duration quiet_;
  Clock::duration longest_;
  std::set<std::string> paths_;
  Clock::time_point first_{};
  Clock::time_point last_{};
};

}  // namespace press::serve
