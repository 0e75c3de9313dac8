#include "serve/preview_server.h"

#include <httplib.h>

#include <sys/socket.h>

#include <atomic>
#include <cerrno>
#include <thread>
#include <cstring>

#include "core/file_system.h"
#include "serve/build_events.h"
#include "serve/content_type.h"
#include "serve/live_reload_script.h"
#include "serve/request_path.h"

namespace press::serve {

namespace {

// One thread per connection: each open tab holds one for its event stream. Streams beyond
// kMostEventStreams are turned away (the tab's script tries again a second later), so that
// threads are always left to send pages.
constexpr size_t kConnectionThreads = 96;
constexpr int kMostEventStreams = 48;
// A comment line this often keeps proxies and tunnels from closing an idle event stream.
constexpr std::chrono::seconds kKeepAliveEvery(20);

constexpr const char* kNoSiteYet =
    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>Not found</title></head>"
    "<body><main><h1>Not found</h1><p>The preview site has no such page.</p></main></body></html>\n";

}  // namespace

struct PreviewServer::Impl {
  std::string site_dir;
  BuildEvents& events;
  std::shared_mutex& publish_lock;
  httplib::Server http;
  std::atomic<bool> serving{false};
  std::atomic<int> streams{0};  // event streams open now

  Impl(std::string dir, BuildEvents& build_events, std::shared_mutex& lock)
      : site_dir(std::move(dir)), events(build_events), publish_lock(lock) {}

  void send_page(httplib::Response& res, const std::string& html) {
    res.set_content(with_live_reload(html, events.site_version()), "text/html; charset=utf-8");
  }

  void send_not_found(httplib::Response& res) {
    res.status = 404;
    const auto page = core::DiskFileSystem().read_file(core::join_path(site_dir, "404.html"));
    send_page(res, page ? *page : kNoSiteYet);
  }

  void serve_file(const httplib::Request& req, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    std::shared_lock<std::shared_mutex> reading(publish_lock);
    const ResolvedRequest resolved = resolve_request_path(site_dir, req.path);
    if (resolved.kind == ResolvedRequest::Kind::folder_redirect) {
      res.set_redirect(req.path + "/", 302);
      return;
    }
    std::optional<std::string> bytes;
    if (resolved.kind == ResolvedRequest::Kind::file) bytes = core::DiskFileSystem().read_file(resolved.file);
    if (!bytes) return send_not_found(res);
    const std::string type = content_type_for(resolved.file);
    if (type.rfind("text/html", 0) == 0) return send_page(res, *bytes);
    res.set_content(std::move(*bytes), type);
  }

  void stream_events(httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    if (++streams > kMostEventStreams) {
      --streams;
      res.status = 503;
      res.set_header("Retry-After", "1");
      res.set_header("Connection", "close");  // a kept-alive connection would hold a thread
      return;
    }
    res.set_chunked_content_provider(
        "text/event-stream", [this, seen = uint64_t{0}](size_t, httplib::DataSink& sink) mutable {
          const bool first = seen == 0;
          const auto event = events.next(seen, kKeepAliveEvery);
          if (!event) return false;  // the server is stopping
          const std::string text = (first ? "retry: 1000\n\n" : "") + (event->empty() ? ": idle\n\n" : *event);
          return sink.write(text.data(), text.size());
        },
        [this](bool) { --streams; });
  }
};

PreviewServer::PreviewServer(std::string site_dir, BuildEvents& events, std::shared_mutex& publish_lock)
    : impl_(std::make_unique<Impl>(std::move(site_dir), events, publish_lock)) {
  auto& http = impl_->http;
  http.new_task_queue = [] { return new httplib::ThreadPool(kConnectionThreads); };
  // cpp-httplib's default also sets SO_REUSEPORT, with which a second server on the same port
  // would bind without error and take half the requests; a taken port must be an error.
  http.set_socket_options([](int socket) {
    int yes = 1;
    ::setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  http.set_default_headers({{"X-Content-Type-Options", "nosniff"}});
  http.set_keep_alive_timeout(2);  // an idle browser connection gives its thread back soon
  http.Get(kLiveReloadScriptPath, [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_content(std::string(live_reload_script()), "text/javascript; charset=utf-8");
  });
  http.Get(kBuildEventsPath, [this](const httplib::Request&, httplib::Response& res) { impl_->stream_events(res); });
  http.Get(".*", [this](const httplib::Request& req, httplib::Response& res) { impl_->serve_file(req, res); });
}

PreviewServer::~PreviewServer() = default;

bool PreviewServer::bind(const std::string& address, int port, std::string& error) {
  errno = 0;
  port_ = port == 0 ? impl_->http.bind_to_any_port(address) : (impl_->http.bind_to_port(address, port) ? port : -1);
  if (port_ > 0) return impl_->serving = true;
  error = errno == EADDRINUSE ? "port " + std::to_string(port) + " on " + address +
                                    " is already in use; choose another with --port (for example --port " +
                                    std::to_string(port + 1) + ")"
                              : "cannot listen on " + address + " port " + std::to_string(port) +
                                    (errno ? std::string(": ") + std::strerror(errno) : std::string());
  return false;
}

void PreviewServer::run() {
  impl_->http.listen_after_bind();
  impl_->serving = false;
}

// cpp-httplib's stop() does nothing until the server has begun to accept, so a stop that
// comes right after the start is repeated until run() has returned (a bound server is run).
void PreviewServer::stop() {
  while (impl_->serving) {
    impl_->http.stop();
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

}  // namespace press::serve
