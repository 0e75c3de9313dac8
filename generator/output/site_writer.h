// SiteWriter: writes a build beside the site and puts it in place only when it succeeded.
#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "output/commit_journal.h"

namespace press::output {

/// Stages output in `<out>.tmp` beside the target; `commit()` puts it in place, `discard()` (or
/// destruction without commit) removes it, leaving `<out>` as it was.
/// A full build stages the whole site as a tree and swaps it in with one atomic exchange of
/// the two folders (renameat2 RENAME_EXCHANGE), so the site is never missing. An update (a
/// rebuild that reuses the last one) stages only the files that changed, flat, each under a
/// number; its commit journals the moves (see commit_journal.h), then renames each file over
/// its old self and removes the files the build no longer makes. No folder is made for a
/// changed file until the build has succeeded.
class SiteWriter {
 public:
  explicit SiteWriter(std::string out_dir);
  ~SiteWriter();
  SiteWriter(const SiteWriter&) = delete;
  SiteWriter& operator=(const SiteWriter&) = delete;

  /// False when the staging folder cannot be made.
  bool open(std::string& error, bool update = false);
  /// Stages one file of the site; safe to call from several threads at once.
  bool write(const std::string& relative_path, std::string_view bytes) const;
  /// Commits; an update also removes `removed` (paths below `<out>`).
  bool commit(std::string& error, const std::vector<std::string>& removed = {});
  void discard();
  /// Called after each step of the commit (tests kill the process there).
  void on_commit_step(CommitStep step) { at_step_ = std::move(step); }
  const std::string& staging_dir() const { return staging_; }
  /// The published site, as the last build left it until `commit()`.
  const std::string& site_dir() const { return out_; }
  int files_written() const { return files_written_; }
  /// An update's files, by their paths below `<out>`, once the writing is done.
  const std::vector<std::string>& staged_files() const { return staged_; }

 private:
  std::string out_;
  std::string staging_;
  bool open_ = false;
  bool update_ = false;
  mutable std::atomic<int> files_written_{0};
  mutable std::mutex staged_lock_;
  mutable std::vector<std::string> staged_;
  CommitStep at_step_;  // an update's files: staged_[i] is staged as "<i>"
};

}  // namespace press::output
