#include "serve/build_events.h"

#include "core/json_text.h"

namespace press::serve {

namespace {

constexpr size_t kMostFilesListed = 500;

}  // namespace

std::string format_build_event(const BuildOutcome& outcome) {
  std::string data = "{\"ok\":" + std::string(outcome.ok ? "true" : "false") +
                     ",\"version\":" + std::to_string(outcome.site_version);
  if (!outcome.ok) {
    data += ",\"diagnostics\":" + core::json_quote(outcome.diagnostics);
  } else {
    const bool whole = outcome.whole_site || outcome.changed_files.size() > kMostFilesListed;
    data += std::string(",\"whole\":") + (whole ? "true" : "false") + ",\"changed\":[";
    if (!whole) {
      for (size_t i = 0; i < outcome.changed_files.size(); ++i) {
        data += (i ? "," : "") + core::json_quote(outcome.changed_files[i]);
      }
    }
    data += "]";
  }
  return "event: build\ndata: " + data + "}\n\n";
}

void BuildEvents::publish(const BuildOutcome& outcome) {
  std::string text = format_build_event(outcome);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    latest_ = std::move(text);
    site_version_ = outcome.site_version;
    ++number_;
  }
  changed_.notify_all();
}

std::optional<std::string> BuildEvents::next(uint64_t& seen, std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return closed_ || number_ > seen; });
  if (closed_) return std::nullopt;
  if (number_ <= seen) return std::string();
  seen = number_;
  return latest_;
}

void BuildEvents::close() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
  }
  changed_.notify_all();
}

uint64_t BuildEvents::site_version() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return site_version_;
}

}  // namespace press::serve
