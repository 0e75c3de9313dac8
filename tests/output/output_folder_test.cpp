#include "output/output_folder.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <sstream>
#include <thread>

#include "temp_dir.h"

using namespace press;

TEST_CASE("an output folder that is the project or part of its sources is refused", "[output]") {
  TempDir dir("output-folder");
  const std::string project = dir.file("project");
  dir.write("project/press.yaml", "title: T\n");
  dir.write("project/content/index.md", "# Home\n");
  dir.write("elsewhere/notes.txt", "not a site\n");
  const std::string tail = "; choose a folder of its own, such as site";
  const struct {
    std::string out;
    std::string refusal;  // empty: allowed
  } cases[] = {
      {project, "the output folder \"" + project + "\" is the project itself" + tail},
      {project + "/", "the output folder \"" + project + "/\" is the project itself" + tail},
      {project + "/content/..", "the output folder \"" + project + "/content/..\" is the project itself" + tail},
      {dir.file(""), "the output folder \"" + dir.file("") + "\" contains the project" + tail},
      {"/", "the output folder \"/\" contains the project" + tail},
      {project + "/content", "the output folder \"" + project + "/content\" lies inside the project's content/ folder" + tail},
      {project + "/translations/site", "the output folder \"" + project +
                                           "/translations/site\" lies inside the project's translations/ folder" + tail},
      {project + "/themes", "the output folder \"" + project + "/themes\" lies inside the project's themes/ folder" + tail},
      {project + "/.git/x", "the output folder \"" + project + "/.git/x\" lies inside the project's .git/ folder" + tail},
      {dir.file("elsewhere"), "the output folder \"" + dir.file("elsewhere") +
                                  "\" is not empty and was not made by press (it has no .press-site file); choose an "
                                  "empty or new folder, or empty this one yourself"},
      {dir.file("elsewhere/notes.txt"), "the output folder \"" + dir.file("elsewhere/notes.txt") + "\" is a file, not a folder"},
      {project + "/site", ""},           // new, inside the project: the usual place
      {project + "/contents", ""},       // a name that only starts like a source folder
      {dir.file("new/deep/site"), ""},  // made by the build
  };
  for (const auto& c : cases) {
    INFO(c.out);
    CHECK(output::refuse_output_folder(project, c.out) == c.refusal);
  }
  // A folder press made (marked) may be replaced; so may an empty one.
  dir.write("made/.press-site", "");
  dir.write("made/en/index.html", "");
  CHECK(output::refuse_output_folder(project, dir.file("made")).empty());
  std::filesystem::create_directories(dir.file("empty"));
  CHECK(output::refuse_output_folder(project, dir.file("empty")).empty());
}

TEST_CASE("a second build into the same folder waits for the first", "[output]") {
  TempDir dir("output-lock");
  std::ostringstream first_err, second_err;
  std::atomic<bool> second_holds{false};
  std::thread second;
  {
    const output::OutputLock first(dir.file("site"), first_err);
    REQUIRE(first.held());
    second = std::thread([&] {
      const output::OutputLock lock(dir.file("site"), second_err);
      second_holds = lock.held();
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK_FALSE(second_holds);
  }
  second.join();
  CHECK(second_holds);
  CHECK(second_err.str() == "waiting for another build into " + dir.file("site") + " to finish (" + dir.file("site") +
                                ".lock)\n");
  CHECK(first_err.str().empty());
}
