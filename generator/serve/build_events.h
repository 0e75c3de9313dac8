// Build events: what every open tab is told after each rebuild, over Server-Sent Events.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace press::serve {

/// How a rebuild ended, as the tabs need to know it.
struct BuildOutcome {
  bool ok = true;
  /// Counts the builds that changed the preview site; a page carries the version it was read
  /// at, so a tab that missed an event knows it.
  uint64_t site_version = 0;
  std::vector<std::string> changed_files;  // below the site folder
  bool whole_site = false;
  std::string diagnostics;  // what the terminal showed, when not ok
};

/// The event text (`event: build`, one JSON `data:` line) for an outcome. A long list of
/// changed files is sent as the whole site: a tab then reloads, which is what it would do.
std::string format_build_event(const BuildOutcome& outcome);

/// The latest outcome, handed to any number of waiting clients. Only the latest is kept: a
/// slow client skips to it, and publishing never waits for a client.
class BuildEvents {
 public:
  void publish(const BuildOutcome& outcome);
  /// The next event after the one numbered `seen` (0: none yet), waiting up to `timeout`;
  /// `seen` is updated. Empty text on timeout; nothing once closed.
  std::optional<std::string> next(uint64_t& seen, std::chrono::milliseconds timeout);
  /// Wakes every waiting client and ends its stream.
  void close();
  uint64_t site_version() const;

 private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  uint64_t number_ = 0;  // of the latest event
  std::string latest_;
  uint64_t site_version_ = 0;
  bool closed_ = false;
};

}  // namespace press::serve
