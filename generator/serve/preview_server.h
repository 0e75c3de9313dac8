// Preview server: serves the preview site over HTTP, with the live reload script and events.
#pragma once

#include <memory>
#include <shared_mutex>
#include <string>

namespace press::serve {

class BuildEvents;

/// An HTTP server (cpp-httplib) for one site folder. Every request reads the folder under a
/// shared lock that the build holds only while it puts a new site in place; event streams wait
/// on `events`, each on its own thread, so neither open tabs nor slow clients hold up a build.
class PreviewServer {
 public:
  PreviewServer(std::string site_dir, BuildEvents& events, std::shared_mutex& publish_lock);
  ~PreviewServer();
  PreviewServer(const PreviewServer&) = delete;
  PreviewServer& operator=(const PreviewServer&) = delete;

  /// Binds `address`:`port` (port 0: any free port). False with `error` when it cannot; once
  /// it is bound, run() must be called.
  bool bind(const std::string& address, int port, std::string& error);
  int port() const { return port_; }
  /// Serves until `stop()`; call on a thread of its own.
  void run();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  int port_ = 0;
};

}  // namespace press::serve
