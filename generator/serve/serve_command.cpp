#include "serve/serve_command.h"

#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <sstream>
#include <thread>

#include "core/file_system.h"
#include "pipeline/build.h"
#include "serve/build_events.h"
#include "serve/change_batcher.h"
#include "serve/file_watcher.h"
#include "serve/preview_server.h"

namespace press::serve {

namespace {

using Clock = ChangeBatcher::Clock;
using std::chrono::milliseconds;

// An editor's save is a burst of events a few milliseconds apart; a checkout's, longer.
constexpr milliseconds kQuietAfterSave(10);
constexpr milliseconds kLongestBatch(1000);
constexpr int kExitCannotStart = 2;

// SIGINT and SIGTERM, read from a descriptor by the watch loop rather than by a handler, so
// that stopping is an ordinary step of the loop. Blocked before any thread starts, so that
// every thread inherits the mask.
int stop_signals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  return ::signalfd(-1, &signals, SFD_CLOEXEC);
}

bool is_every_interface(const std::string& address) {
  return address == "0.0.0.0" || address == "::" || address == "[::]" || address.empty();
}

// One build of the preview site; its report goes to the terminal as `press build` prints it.
class PreviewBuilds {
 public:
  PreviewBuilds(pipeline::BuildOptions options, std::ostream& err) : options_(std::move(options)), err_(err) {}

  /// `changed`: the paths the watcher saw, relative to the project; none: not known.
  BuildOutcome build(const std::vector<std::string>* changed = nullptr) {
    std::ostringstream report_text;
    options_.memory = &memory_;
    options_.changed_paths = changed;
    const pipeline::BuildReport report = pipeline::build_site(options_, report_text);
    // Only this server writes its preview folder: after its own build, the files are there.
    options_.output_as_last_built = report.ok;
    err_ << report_text.str() << std::flush;
    BuildOutcome outcome;
    outcome.ok = report.ok;
    if (!report.ok) {
      outcome.diagnostics = report_text.str();
    } else if (report.whole_site || !report.changed_files.empty()) {
      ++site_version_;
      outcome.changed_files = report.changed_files;
      outcome.whole_site = report.whole_site;
    }
    outcome.site_version = site_version_;
    return outcome;
  }

 private:
  pipeline::BuildOptions options_;
  pipeline::BuildMemory memory_;
  std::ostream& err_;
  uint64_t site_version_ = 0;
};

// Waits for saves and stop signals; rebuilds once per batch of saves.
void watch_and_rebuild(FileWatcher& watcher, int signals, PreviewBuilds& builds, BuildEvents& events,
                       std::ostream& err) {
  ChangeBatcher batch(kQuietAfterSave, kLongestBatch);
  for (;;) {
    int timeout = -1;
    if (const auto due = batch.due()) {
      timeout = static_cast<int>(std::chrono::ceil<milliseconds>(*due - Clock::now()).count());
      timeout = std::max(timeout, 0);
    }
    pollfd watched[] = {{watcher.fd(), POLLIN, 0}, {signals, POLLIN, 0}};
    if (::poll(watched, 2, timeout) < 0 && errno != EINTR) return;
    if (watched[1].revents & POLLIN) return;
    if (watched[0].revents & POLLIN) {
      std::vector<std::string> changed;
      std::string error;
      if (!watcher.read_events(changed, error)) err << "warning: " << error << '\n';
      const auto now = Clock::now();
      for (const auto& path : changed) batch.add(path, now);
    }
    if (batch.due() && *batch.due() <= Clock::now()) {
      const std::vector<std::string> paths = batch.take();
      err << "changed: " << paths.front() << (paths.size() > 1 ? " and " + std::to_string(paths.size() - 1) + " more" : "")
          << '\n';
      events.publish(builds.build(&paths));
      // A build frees most of what it allocated on its threads; give that back once the tabs
      // are told, so that a server left running all day holds what it keeps, not the
      // high-water mark of every build.
      ::malloc_trim(0);
    }
  }
}

}  // namespace

std::string preview_site_dir(const std::string& source_dir) {
  return core::join_path(source_dir, ".press-cache/serve/site");
}

int serve_site(const ServeOptions& options, std::ostream& out, std::ostream& err) {
  if (!std::filesystem::is_regular_file(core::join_path(options.source_dir, "press.yaml"))) {
    err << "error: there is no press.yaml in \"" << options.source_dir
        << "\"; run press serve in a project folder, or name one with --source DIR\n";
    return kExitCannotStart;
  }
  const int signals = stop_signals();
  std::string error;
  // Watching starts before the first build, so that a save during it is not missed.
  const auto watcher = FileWatcher::open(options.source_dir, error);
  if (!watcher) {
    err << "error: " << error << '\n';
    return kExitCannotStart;
  }
  std::shared_mutex publish_lock;
  pipeline::BuildOptions build;
  build.source_dir = options.source_dir;
  build.out_dir = preview_site_dir(options.source_dir);
  build.cache_dir = core::join_path(options.source_dir, ".press-cache/serve");
  build.include_drafts = options.include_drafts;
  build.jobs = options.jobs;
  build.timings = options.timings;
  build.publish_lock = &publish_lock;
  build.sitemap = false;
  std::filesystem::create_directories(build.cache_dir);
  BuildEvents events;
  PreviewServer server(build.out_dir, events, publish_lock);
  if (!server.bind(options.bind_address, options.port, error)) {
    err << "error: " << error << '\n';
    return kExitCannotStart;
  }
  if (is_every_interface(options.bind_address)) {
    err << "warning: serving on every network interface: anyone who can reach this machine can read the preview\n";
  }
  PreviewBuilds builds(build, err);
  events.publish(builds.build());
  std::thread serving([&server] { server.run(); });
  const std::string host = options.bind_address.find(':') != std::string::npos ? "[" + options.bind_address + "]"
                                                                               : options.bind_address;
  out << "Serving the preview at http://" << host << ":" << server.port() << "/ (built in " << build.out_dir
      << "); press Ctrl-C to stop" << std::endl;
  watch_and_rebuild(*watcher, signals, builds, events, err);
  events.close();
  server.stop();
  serving.join();
  err << "stopped\n";
  return 0;
}

}  // namespace press::serve
