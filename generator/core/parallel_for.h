// Parallel for: items shared out to worker threads through one atomic counter.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace press::core {

/// The number of workers to use when the caller names none: one per core.
inline int default_workers() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

/// Calls `body(index, worker)` once for each index in [begin, end) on up to `workers` threads
/// (the calling thread is worker 0). Each worker takes the next index from one atomic counter,
/// so uneven items balance out and nothing else is shared: `body` must touch only its own
/// index's output and its worker's state.
template <typename Body>
void parallel_for(size_t begin, size_t end, int workers, Body body) {
  const int count = static_cast<int>(std::min<size_t>(std::max(workers, 1), end > begin ? end - begin : 1));
  std::atomic<size_t> next{begin};
  auto work = [&](int worker) {
    for (size_t i = next++; i < end; i = next++) body(i, worker);
  };
  std::vector<std::thread> threads;
  for (int w = 1; w < count; ++w) threads.emplace_back(work, w);
  work(0);
  for (auto& thread : threads) thread.join();
}

}  // namespace press::core
