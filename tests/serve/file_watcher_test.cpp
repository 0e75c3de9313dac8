#include <catch2/catch.hpp>

#include <poll.h>

#include <cstdio>
#include <filesystem>

#include "serve/change_batcher.h"
#include "serve/file_watcher.h"
#include "temp_dir.h"

using press::serve::FileWatcher;

namespace {

// The paths reported within `wait_ms` of quiet after the last event.
std::vector<std::string> changes(FileWatcher& watcher, int wait_ms = 200) {
  std::vector<std::string> changed;
  std::string error;
  pollfd ready{watcher.fd(), POLLIN, 0};
  while (::poll(&ready, 1, wait_ms) > 0) REQUIRE(watcher.read_events(changed, error));
  return changed;
}

bool contains(const std::vector<std::string>& paths, const std::string& path) {
  return std::find(paths.begin(), paths.end(), path) != paths.end();
}

struct WatchedProject {
  TempDir dir{"watcher"};
  std::unique_ptr<FileWatcher> watcher;
  WatchedProject() {
    dir.write("press.yaml", "title: Test\n");
    dir.write("content/factsheets/a.md", "old\n");
    dir.write("translations/es/ui.po", "");
    dir.write("themes/default/style.css", "");
    std::string error;
    watcher = FileWatcher::open(dir.path().string(), error);
    REQUIRE(watcher);
    REQUIRE(error.empty());
  }
};

}  // namespace

TEST_CASE("a save written in place is seen, with its path from the project", "[serve][watch]") {
  WatchedProject project;
  project.dir.write("content/factsheets/a.md", "new\n");
  project.dir.write("themes/default/style.css", "body{}\n");
  project.dir.write("press.yaml", "title: Test 2\n");
  const auto seen = changes(*project.watcher);
  CHECK(contains(seen, "content/factsheets/a.md"));
  CHECK(contains(seen, "themes/default/style.css"));
  CHECK(contains(seen, "press.yaml"));
}

TEST_CASE("a save renamed into place from a temporary file is seen; the temporary file is not", "[serve][watch]") {
  WatchedProject project;
  const std::string temporary = project.dir.write("content/factsheets/.a.md.tmp123", "new\n");
  project.dir.write("content/factsheets/a.md~", "backup\n");
  REQUIRE(std::rename(temporary.c_str(), project.dir.file("content/factsheets/a.md").c_str()) == 0);
  const auto seen = changes(*project.watcher);
  CHECK(seen == std::vector<std::string>{"content/factsheets/a.md"});
}

TEST_CASE("a folder made after the start is watched, and files saved in it are seen", "[serve][watch]") {
  WatchedProject project;
  std::filesystem::create_directories(project.dir.file("translations/km/factsheets"));
  changes(*project.watcher);  // the watch on the new folders is in place once its event is read
  project.dir.write("translations/km/factsheets/a.po", "msgid \"\"\n");
  CHECK(contains(changes(*project.watcher), "translations/km/factsheets/a.po"));
}

TEST_CASE("files beside the watched folders are not reported", "[serve][watch]") {
  WatchedProject project;
  project.dir.write("notes.txt", "x");
  project.dir.write(".press-cache/records", "x");
  project.dir.write("site/index.html", "x");
  CHECK(changes(*project.watcher).empty());
}

TEST_CASE("every file of a burst of saves is reported, and they make one batch", "[serve][watch]") {
  WatchedProject project;
  press::serve::ChangeBatcher batch(std::chrono::milliseconds(30), std::chrono::milliseconds(1000));
  for (int i = 0; i < 50; ++i) project.dir.write("content/factsheets/doc-" + std::to_string(i) + ".md", "x\n");
  for (const auto& path : changes(*project.watcher)) batch.add(path, press::serve::ChangeBatcher::Clock::now());
  CHECK(batch.take().size() == 50);
  CHECK(batch.empty());
}

TEST_CASE("editors' own files are told apart from content", "[serve][watch]") {
  using press::serve::is_editor_scratch_file;
  for (const char* scratch : {".a.md.swp", "a.md~", "4913", ".#a.md", "a.md.swp", "a.md.tmp"}) {
    CHECK(is_editor_scratch_file(scratch));
  }
  for (const char* real : {"a.md", "ui.po", "style.css", "press.yaml", "latin-america-violence.yaml"}) {
    CHECK_FALSE(is_editor_scratch_file(real));
  }
}
