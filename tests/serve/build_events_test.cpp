#include <catch2/catch.hpp>

#include <thread>

#include "core/json_text.h"
#include "serve/build_events.h"
#include "serve/live_reload_script.h"

using namespace press::serve;
using namespace std::chrono_literals;

TEST_CASE("a build event names the files that changed, or the whole site", "[serve][events]") {
  BuildOutcome outcome;
  outcome.site_version = 3;
  outcome.changed_files = {"en/factsheets/a/index.html", "assets/style.css"};
  CHECK(format_build_event(outcome) ==
        "event: build\ndata: {\"ok\":true,\"version\":3,\"whole\":false,"
        "\"changed\":[\"en/factsheets/a/index.html\",\"assets/style.css\"]}\n\n");
  outcome.changed_files.assign(501, "en/x/index.html");
  CHECK(format_build_event(outcome) == "event: build\ndata: {\"ok\":true,\"version\":3,\"whole\":true,\"changed\":[]}\n\n");
}

TEST_CASE("a failed build's event carries the terminal's diagnostics on one data line", "[serve][events]") {
  BuildOutcome outcome;
  outcome.ok = false;
  outcome.site_version = 2;
  outcome.diagnostics = "content/a.md:3:7: error: \"date\" is not a date\n  3 | date: <script>\n    |       ^\n";
  CHECK(format_build_event(outcome) ==
        "event: build\ndata: {\"ok\":false,\"version\":2,\"diagnostics\":\"content/a.md:3:7: error: \\\"date\\\" is "
        "not a date\\n  3 | date: \\u003cscript\\u003e\\n    |       ^\\n\"}\n\n");
}

TEST_CASE("JSON strings escape quotes, backslashes, control characters and angle brackets", "[serve][events]") {
  CHECK(press::core::json_quote("a\"b\\c\td\x01</script>é") == "\"a\\\"b\\\\c\\td\\u0001\\u003c/script\\u003eé\"");
}

TEST_CASE("a waiting client wakes for a new event and skips to the latest when it is slow", "[serve][events]") {
  BuildEvents events;
  uint64_t seen = 0;
  CHECK(events.next(seen, 1ms) == std::string());  // nothing yet: a keep-alive
  std::thread publisher([&] {
    std::this_thread::sleep_for(20ms);
    BuildOutcome outcome;
    outcome.site_version = 1;
    events.publish(outcome);
  });
  const auto first = events.next(seen, 5s);
  publisher.join();
  REQUIRE(first);
  CHECK(first->find("\"version\":1") != std::string::npos);
  for (uint64_t version = 2; version <= 4; ++version) {
    BuildOutcome outcome;
    outcome.site_version = version;
    events.publish(outcome);
  }
  const auto latest = events.next(seen, 1ms);
  CHECK(latest->find("\"version\":4") != std::string::npos);
  CHECK(events.site_version() == 4);
  events.close();
  CHECK_FALSE(events.next(seen, 5s));
}

TEST_CASE("the live reload script goes just before the page's last </body>", "[serve][events]") {
  CHECK(with_live_reload("<html><body><p>x</p></body></html>\n", 7) ==
        "<html><body><p>x</p><script src=\"/__press/live-reload.js\" data-site-version=\"7\"></script></body></html>\n");
  CHECK(with_live_reload("<p>no body</p>", 0) ==
        "<p>no body</p><script src=\"/__press/live-reload.js\" data-site-version=\"0\"></script>");
}
