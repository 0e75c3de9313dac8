// Build: the whole pipeline, load → render every page in parallel → write → swap in.
#pragma once

#include <iosfwd>
#include <shared_mutex>
#include <string>
#include <vector>

#include "output/commit_journal.h"
#include "pipeline/build_memory.h"

namespace press::core {
class Diagnostics;
}

namespace press::pipeline {

struct BuildOptions {
  std::string source_dir = ".";
  std::string out_dir = "site";
  int jobs = 0;           // 0: one per core
  bool progress = false;  // show progress on a terminal
  bool timings = false;   // print how long each stage took
  /// Where the last build's records are kept; empty: `<source>/.press-cache`.
  std::string cache_dir;
  bool use_cache = true;  // false: render and write everything (`--no-cache`)
  /// Documents marked `draft: true` are built too, each page marked "Draft" (`--drafts`).
  bool include_drafts = false;
  /// For the command line: a successful build ends the process with status 0 once its report
  /// is out, without freeing what it held object by object, which takes longer than all of a
  /// rebuild's own work on a large site.
  bool exit_when_done = false;
  /// Held exclusively while the new site is put in place, so that a preview server, holding it
  /// shared while it reads a file, never sees half of a commit.
  std::shared_mutex* publish_lock = nullptr;
  BuildMemory* memory = nullptr;  // none: a one-off build reads every file
  /// The files changed since the last build with this memory, relative to the project, as a
  /// file watcher saw them; none: not known.
  const std::vector<std::string>* changed_paths = nullptr;
  /// The output folder is as this process's last successful build left it (a preview server's
  /// own folder): files recorded as written are not looked for one by one.
  bool output_as_last_built = false;
  /// The sitemap for search engines. The preview leaves it out: no search engine reads it, and
  /// at 8,000 pages it is 7 MB written again for every page added.
  bool sitemap = true;
  /// Given: the build's errors and warnings go here instead of to its error stream.
  core::Diagnostics* diagnostics = nullptr;
  /// Called after each step of putting the new site in place; tests kill the process there.
  output::CommitStep at_commit_step;
};

struct BuildReport {
  bool ok = false;
  bool refused = false;  // the output folder may not be used: nothing was read or written
  int documents = 0;
  int pages = 0;
  int rendered = 0;  // pages rendered in this build (the rest were unchanged)
  int files = 0;
  int locales = 0;
  int warnings = 0;
  double seconds = 0;
  /// The files, below the output folder, that this build wrote or removed; all of them when
  /// `whole_site` (a build that replaced the whole folder).
  std::vector<std::string> changed_files;
  bool whole_site = false;
};

/// Builds the site under `options.source_dir` into `options.out_dir`. Diagnostics and the
/// one-line summary go to `err`. On any error, `out_dir` is left exactly as it was. A rebuild
/// of the same output folder redoes only what changed; its output is byte for byte the same
/// as a clean build's.
BuildReport build_site(const BuildOptions& options, std::ostream& err);

}  // namespace press::pipeline
