// A build killed at any step of putting its site in place loses nothing: the site is there at
// every step, each file either the last build's or the new one's, and the next build leaves
// the site a clean build would make. The build runs in a child process that kills itself
// with SIGKILL at the chosen step, as `kill -9` would.
#include "pipeline/build.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "fixture_copy.h"
#include "temp_dir.h"

namespace fs = std::filesystem;
using namespace press;
using Files = std::map<std::string, std::string>;

namespace {

pipeline::BuildOptions options_for(const std::string& project, const fs::path& out, const fs::path& cache,
                                   bool use_cache) {
  pipeline::BuildOptions options;
  options.source_dir = project;
  options.out_dir = out.string();
  options.cache_dir = cache.string();
  options.use_cache = use_cache;
  options.jobs = 2;
  return options;
}

bool build(const pipeline::BuildOptions& options) {
  std::ostringstream err;
  const bool ok = pipeline::build_site(options, err).ok;
  if (!ok) FAIL_CHECK(err.str());
  return ok;
}

// The steps the commit of this build goes through, in order, from a build run to the end.
std::vector<std::string> commit_steps(pipeline::BuildOptions options) {
  std::vector<std::string> steps;
  options.at_commit_step = [&](std::string_view step) { steps.emplace_back(step); };
  REQUIRE(build(options));
  return steps;
}

// The steps worth stopping at: all but the moves of single files, of which the first, one in
// the middle and the last.
std::vector<std::string> steps_to_kill_at(const std::vector<std::string>& steps) {
  std::vector<std::string> moves, chosen;
  for (const std::string& step : steps) (step.rfind("moved ", 0) == 0 ? moves : chosen).push_back(step);
  if (!moves.empty()) {
    for (size_t i : {size_t{0}, moves.size() / 2, moves.size() - 1}) chosen.push_back(moves[i]);
  }
  return chosen;
}

// Runs the build in a child process that kills itself after `step`; true when it did.
bool build_killed_at(pipeline::BuildOptions options, const std::string& step) {
  options.at_commit_step = [&](std::string_view reached) {
    if (reached == step) ::raise(SIGKILL);
  };
  const pid_t child = ::fork();
  if (child == 0) {
    std::ostringstream err;
    pipeline::build_site(options, err);
    ::_exit(3);  // the step was never reached
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

// Each file of `site` is as the last build or the new one left it, and every file both
// builds make is there.
void check_whole(const Files& site, const Files& before, const Files& after) {
  for (const auto& [path, bytes] : site) {
    INFO(path);
    const auto old = before.find(path), now = after.find(path);
    CHECK(((old != before.end() && old->second == bytes) || (now != after.end() && now->second == bytes)));
  }
  for (const auto& [path, bytes] : after) {
    if (before.count(path)) CHECK(site.count(path) == 1);
  }
}

}  // namespace

TEST_CASE("a build killed at any step of its commit loses nothing, and the next build finishes it",
          "[pipeline][safety]") {
  TempDir dir("killed-commit");
  const std::string project = copy_fixture(dir, "multilingual");
  const fs::path site = dir.path() / "site", cache = dir.path() / "cache";
  const fs::path kept_site = dir.path() / "kept-site", kept_cache = dir.path() / "kept-cache";
  const fs::path project_before = dir.path() / "project-before", project_after = dir.path() / "project-after";
  const std::string extra = project + "/content/summaries/extra.md";
  std::ofstream(extra) << "---\ntitle: An extra summary\nsummary: Gone in the next build.\ndate: 2020-02-01\n"
                          "source: [test-report]\nthemes: [health]\norder: 2\n---\nSome text.\n";
  REQUIRE(build(options_for(project, site, cache, true)));
  replace_folder(site, kept_site);
  replace_folder(cache, kept_cache);
  replace_folder(project, project_before);
  const Files before = TempDir::files_of(site);

  // The edit: one document changed, one removed, one added in a folder of its own.
  fs::remove(extra);
  std::ofstream(project + "/content/summaries/report.md", std::ios::app) << "\nA paragraph added later.\n";
  std::ofstream(project + "/content/factsheets/added.md")
      << "---\ntitle: An added fact sheet\nsummary: New in this build.\ndate: 2020-03-01\nsource: [test-report]\n"
         "themes: [health]\norder: 3\n---\nNew text.\n";
  replace_folder(project, project_after);
  REQUIRE(build(options_for(project, dir.path() / "clean", dir.path() / "clean-cache", false)));
  const Files after = TempDir::files_of(dir.path() / "clean");
  REQUIRE(after != before);

  const bool rebuild = GENERATE(true, false);  // a rebuild's journalled commit, or a whole build's exchange
  replace_folder(kept_site, site);
  replace_folder(kept_cache, cache);
  const std::vector<std::string> steps = commit_steps(options_for(project, site, cache, rebuild));
  REQUIRE(steps.size() >= 3);
  if (rebuild) REQUIRE(steps.front() == "journal written");
  if (rebuild) REQUIRE(steps.size() > 10);  // enough files moved that "the middle" is one
  for (const std::string& step : steps_to_kill_at(steps)) {
    INFO("killed after: " << step << (rebuild ? " (a rebuild)" : " (a whole build)"));
    replace_folder(kept_site, site);
    replace_folder(kept_cache, cache);
    replace_folder(project_after, project);
    REQUIRE(build_killed_at(options_for(project, site, cache, rebuild), step));
    REQUIRE(fs::is_directory(site));
    check_whole(TempDir::files_of(site), before, after);

    // The next build fails on a broken file, yet finishes the killed commit first: the site is
    // one whole build, the new one once any file of it was moved.
    std::ofstream(project + "/content/summaries/report.md") << "---\ntitle: [\n---\n";
    std::ostringstream err;
    REQUIRE_FALSE(pipeline::build_site(options_for(project, site, cache, true), err).ok);
    const Files whole = TempDir::files_of(site);
    CHECK((whole == before || whole == after));
    CHECK_FALSE(fs::exists(site.string() + ".tmp"));

    // Then the edit is undone: the last records are not trusted where the site moved on.
    replace_folder(project_before, project);
    REQUIRE(build(options_for(project, site, cache, true)));
    CHECK(TempDir::files_of(site) == before);
    // And made again.
    replace_folder(project_after, project);
    REQUIRE(build(options_for(project, site, cache, true)));
    CHECK(TempDir::files_of(site) == after);
  }
}
