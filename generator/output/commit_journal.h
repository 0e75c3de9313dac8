// Commit journal: how a rebuild's commit survives being killed. Before the first changed file
// is moved into the site, the whole list of moves and removals is written beside the staged
// files and made current by one rename. The commit then carries it out. A commit cut short is
// finished by the next build from the same journal (roll forward); a staging folder without a
// whole journal moved nothing, and is dropped (roll back).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace press::output {

/// Called after each step of putting a site in place ("journal written", "moved 3", "removed",
/// "exchanged", "committed"): tests stop the process there to show a killed commit loses nothing.
using CommitStep = std::function<void(std::string_view step)>;

struct CommitJournal {
  std::vector<std::string> moves;     // moves[i]: where the staged file "<i>" goes, below the site
  std::vector<std::string> removals;  // files of the last build this one no longer makes
};

/// Where a build of `site` stages its files: beside it, so each move is a rename.
inline std::string staging_folder(const std::string& site) { return site + ".tmp"; }

/// Writes the journal into `staging` and makes it current in one rename; false (with `error`)
/// when it cannot, before anything in the site has changed.
bool write_journal(const std::string& staging, const CommitJournal& journal, std::string& error);

/// Moves each staged file still in `staging` to its place below `site`, then removes the
/// removals and the folders they leave empty, then the staging folder. Doing it again after a
/// kill finishes the same commit.
bool replay_journal(const std::string& staging, const std::string& site, const CommitJournal& journal,
                    std::string& error, const CommitStep& step = {});

/// Before a build looks at its output folder `site`: finishes a commit that was killed, or drops
/// the staging that a killed build left without a whole journal. False (with `error`) when a
/// journalled commit cannot be finished.
bool finish_interrupted_commit(const std::string& site, std::string& error);

}  // namespace press::output
