#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

#include "serve/build_events.h"
#include "serve/preview_server.h"
#include "temp_dir.h"

using press::serve::BuildEvents;
using press::serve::PreviewServer;

namespace {

// A request sent byte for byte as given (no client library to normalise the path), and the
// response up to `until` or the end of the connection.
std::string raw_request(int port, const std::string& target, const std::string& until = "") {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  const std::string request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  REQUIRE(::write(fd, request.data(), request.size()) == static_cast<ssize_t>(request.size()));
  std::string response;
  char buffer[4096];
  for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;) {
    response.append(buffer, static_cast<size_t>(n));
    if (!until.empty() && response.find(until) != std::string::npos) break;
  }
  ::close(fd);
  return response;
}

// A connection that asks for the event stream and then never reads: a slow client.
int stalled_event_stream(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  int small = 4096;
  ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
  REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
  const std::string request = "GET /__press/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
  REQUIRE(::write(fd, request.data(), request.size()) == static_cast<ssize_t>(request.size()));
  return fd;
}

int status_of(const std::string& response) { return std::stoi(response.substr(9, 3)); }

std::string header(const std::string& response, const std::string& name) {
  const size_t at = response.find("\r\n" + name + ": ");
  if (at == std::string::npos) return "";
  const size_t start = at + name.size() + 4;
  return response.substr(start, response.find("\r\n", start) - start);
}

std::string body_of(const std::string& response) { return response.substr(response.find("\r\n\r\n") + 4); }

struct RunningServer {
  TempDir dir{"preview-server"};
  BuildEvents events;
  std::shared_mutex lock;
  std::unique_ptr<PreviewServer> server;
  std::thread thread;
  RunningServer() {
    dir.write("secret.txt", "outside the site");
    dir.write("site/index.html", "<html><body><p>Home</p></body></html>");
    dir.write("site/404.html", "<html><body><p>The site's own 404 page</p></body></html>");
    dir.write("site/en/factsheets/a/index.html", "<html><body><p>A</p></body></html>");
    for (const char* file : {"assets/style.css", "en/chart.svg", "en/chart.png", "en/book.epub", "sitemap.xml",
                             "en/search.json", "notes.bin"}) {
      dir.write(std::string("site/") + file, "x");
    }
    std::filesystem::create_symlink(dir.file("secret.txt"), dir.file("site/leak.txt"));
    events.publish({});
    server = std::make_unique<PreviewServer>(dir.file("site"), events, lock);
    std::string error;
    REQUIRE(server->bind("127.0.0.1", 0, error));
    thread = std::thread([this] { server->run(); });
  }
  ~RunningServer() {
    events.close();
    server->stop();
    thread.join();
  }
};

}  // namespace

TEST_CASE("the preview server refuses every request path that could leave the site", "[serve][http]") {
  RunningServer running;
  const char* refused[] = {
      "/../secret.txt",       "/%2e%2e/secret.txt",   "/%2E%2E/secret.txt",     "/.%2e/secret.txt",
      "/en/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/..%5csecret.txt",
      "/%5c..%5csecret.txt",  "/..\\secret.txt",      "/index.html%00.png",     "/%00",
      "/leak.txt",            "/%252e%252e/secret.txt", "/en/../../secret.txt",
  };
  for (const char* target : refused) {
    INFO("GET " << target);
    const std::string response = raw_request(running.server->port(), target);
    CHECK(status_of(response) == 404);
    CHECK(response.find("outside the site") == std::string::npos);
  }
}

TEST_CASE("the preview server sends each kind of file with its type, and folders their index", "[serve][http]") {
  RunningServer running;
  const int port = running.server->port();
  const std::pair<const char*, const char*> types[] = {
      {"/", "text/html; charset=utf-8"},
      {"/en/factsheets/a/", "text/html; charset=utf-8"},
      {"/assets/style.css", "text/css; charset=utf-8"},
      {"/en/chart.svg", "image/svg+xml"},
      {"/en/chart.png", "image/png"},
      {"/en/book.epub", "application/epub+zip"},
      {"/sitemap.xml", "application/xml"},
      {"/en/search.json", "application/json"},
      {"/notes.bin", "application/octet-stream"},
  };
  for (const auto& [target, type] : types) {
    INFO("GET " << target);
    const std::string response = raw_request(port, target);
    CHECK(status_of(response) == 200);
    CHECK(header(response, "Content-Type") == type);
    CHECK(header(response, "Cache-Control") == "no-store");
  }
  const std::string folder = raw_request(port, "/en/factsheets/a");
  CHECK(status_of(folder) == 302);
  CHECK(header(folder, "Location") == "/en/factsheets/a/");
}

TEST_CASE("pages get the live reload script; other files are sent as they are", "[serve][http]") {
  RunningServer running;
  const int port = running.server->port();
  CHECK(body_of(raw_request(port, "/en/factsheets/a/")) ==
        "<html><body><p>A</p><script src=\"/__press/live-reload.js\" data-site-version=\"0\"></script></body></html>");
  CHECK(body_of(raw_request(port, "/assets/style.css")) == "x");
  const std::string script = raw_request(port, "/__press/live-reload.js");
  CHECK(status_of(script) == 200);
  CHECK(header(script, "Content-Type") == "text/javascript; charset=utf-8");
  CHECK(body_of(script).find("new EventSource('/__press/events')") != std::string::npos);
}

TEST_CASE("a missing file gets the site's own 404 page, with the script", "[serve][http]") {
  RunningServer running;
  const std::string response = raw_request(running.server->port(), "/en/no-such-page/");
  CHECK(status_of(response) == 404);
  CHECK(body_of(response).find("The site's own 404 page") != std::string::npos);
  CHECK(body_of(response).find("/__press/live-reload.js") != std::string::npos);
}

TEST_CASE("a new event stream hears the latest build at once, and every later one", "[serve][http]") {
  RunningServer running;
  press::serve::BuildOutcome failed;
  failed.ok = false;
  failed.diagnostics = "content/a.md:2:1: error: bad\n";
  running.events.publish(failed);
  const std::string first = raw_request(running.server->port(), "/__press/events", "}\n\n");
  CHECK(header(first, "Content-Type") == "text/event-stream");
  CHECK(first.find("retry: 1000\n\nevent: build\ndata: {\"ok\":false,\"version\":0,\"diagnostics\":"
                   "\"content/a.md:2:1: error: bad\\n\"}\n\n") != std::string::npos);
}

TEST_CASE("the server says which port is taken and what to do", "[serve][http]") {
  RunningServer running;
  BuildEvents events;
  std::shared_mutex lock;
  PreviewServer second(running.dir.file("site"), events, lock);
  std::string error;
  REQUIRE_FALSE(second.bind("127.0.0.1", running.server->port(), error));
  const std::string port = std::to_string(running.server->port());
  CHECK(error == "port " + port + " on 127.0.0.1 is already in use; choose another with --port (for example --port " +
                     std::to_string(running.server->port() + 1) + ")");
}

TEST_CASE("tabs that never read their events hold up neither a build nor the pages", "[serve][http]") {
  RunningServer running;
  const int port = running.server->port();
  std::vector<int> stalled;
  for (int i = 0; i < 55; ++i) stalled.push_back(stalled_event_stream(port));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  // Large events (a long error report) fill the stalled connections' buffers.
  press::serve::BuildOutcome failed;
  failed.ok = false;
  failed.diagnostics.assign(256 << 10, 'x');
  // Not a timing: a publish or a page that waited for a stalled client would never end, so
  // the bounds are far above any machine's time for the work itself.
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 5; ++i) running.events.publish(failed);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
  const auto asked = std::chrono::steady_clock::now();
  CHECK(status_of(raw_request(port, "/en/factsheets/a/")) == 200);
  CHECK(std::chrono::steady_clock::now() - asked < std::chrono::seconds(10));
  for (const int fd : stalled) ::close(fd);
}
