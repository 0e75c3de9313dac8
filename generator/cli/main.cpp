// press: the command-line front end. It parses flags and calls the pipeline library.
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <unistd.h>

#include "pipeline/build.h"

namespace {

constexpr int kExitContentErrors = 1;
constexpr int kExitUsage = 2;

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"press: builds the accessible multilingual site and books from Markdown content"};
  app.set_version_flag("--version", std::string("press ") + PRESS_VERSION);
  app.require_subcommand(1);

  press::pipeline::BuildOptions build;
  CLI::App* build_command = app.add_subcommand("build", "build the site into the output folder");
  build_command->add_option("--source", build.source_dir, "the project folder (with press.yaml)")
      ->check(CLI::ExistingDirectory);
  build_command->add_option("--out", build.out_dir, "the output folder, replaced on success");
  build_command->add_option("-j,--jobs", build.jobs, "pages rendered at once (default: cores)")
      ->check(CLI::Range(1, 1024));

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }

  try {
    if (*build_command) {
      build.progress = isatty(STDERR_FILENO) != 0;
      return press::pipeline::build_site(build, std::cerr).ok ? 0 : kExitContentErrors;
    }
  } catch (const std::exception& e) {
    // Exceptions are bugs or resource exhaustion; content problems come back as diagnostics.
    std::cerr << "press: internal error: " << e.what() << '\n';
    return 3;
  }
  return kExitUsage;
}
