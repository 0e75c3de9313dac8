#include "output/site_writer.h"

#include <fcntl.h>
#include <stdio.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "core/contained_path.h"
#include "core/file_system.h"
#include "output/commit_journal.h"

namespace press::output {

namespace fs = std::filesystem;

namespace {

// Puts the folder `from` at `to`, and what was at `to` at `from`. The two trade places in one
// step (Linux's RENAME_EXCHANGE), so there is never a moment without a whole site, even if
// press is killed then.
bool put_in_place(const std::string& from, const std::string& to, std::string& error) {
  auto failed = [&] {
    error = "cannot move the new site into \"" + to + "\": " + std::strerror(errno);
    return false;
  };
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_EXCHANGE) == 0) return true;
  if (errno == ENOENT) return ::rename(from.c_str(), to.c_str()) == 0 || failed();  // the first build
  if (errno != EINVAL && errno != ENOSYS) return failed();
  // A file system without the exchange (some network ones): two renames, with a moment
  // between them without a site.
  const std::string old = to + ".old";
  std::error_code ec;
  fs::remove_all(old, ec);
  if (::rename(to.c_str(), old.c_str()) != 0 || ::rename(from.c_str(), to.c_str()) != 0) return failed();
  ::rename(old.c_str(), from.c_str());
  return true;
}

}  // namespace

SiteWriter::SiteWriter(std::string out_dir)
    : out_(std::move(out_dir)) {
  while (!out_.empty() && out_.back() == '/') out_.pop_back();
  staging_ = staging_folder(out_);
}

SiteWriter::~SiteWriter() { discard(); }

bool SiteWriter::open(std::string& error, bool update) {
  update_ = update;
  // What a killed build left: a journalled commit is finished, anything else dropped.
  if (!finish_interrupted_commit(out_, error)) return false;
  std::error_code ec;
  // An update makes the folder with its first file: a rebuild that changes nothing makes none.
  if (!update) fs::create_directories(staging_, ec);
  if (ec) {
    error = "cannot create \"" + staging_ + "\": " + ec.message();
    return false;
  }
  open_ = true;
  return true;
}

bool SiteWriter::write(const std::string& relative_path, std::string_view bytes) const {
  static core::DiskFileSystem disk;
  // A path made from a locale tag or a slug never leads out of the site.
  const std::optional<std::string> in_site = core::contained_path(out_, relative_path);
  if (!in_site) return false;
  std::string staged_path;
  if (update_) {
    // Flat: a rebuild changes a few files, and each folder made here would cost an inode.
    std::lock_guard<std::mutex> lock(staged_lock_);
    if (staged_.empty()) {
      std::error_code ec;
      fs::create_directories(staging_, ec);
    }
    staged_path = core::join_path(staging_, std::to_string(staged_.size()));
    staged_.push_back(relative_path);
  } else {
    staged_path = core::join_path(staging_, relative_path);
  }
  bool ok = disk.write_file(staged_path, bytes);
  if (ok) ++files_written_;
  return ok;
}

bool SiteWriter::commit(std::string& error, const std::vector<std::string>& removed) {
  if (update_) {
    // Each changed file replaces its old self in one rename, after the journal of them all is
    // on disk: a commit that is killed half way is finished by the next build.
    const CommitJournal journal{staged_, removed};
    if (!write_journal(staging_, journal, error)) return false;
    if (at_step_) at_step_("journal written");
    if (!replay_journal(staging_, out_, journal, error, at_step_)) return false;
  } else {
    if (at_step_) at_step_("staged");
    if (!put_in_place(staging_, out_, error)) return false;
    if (at_step_) at_step_("exchanged");
    std::error_code ec;
    fs::remove_all(staging_, ec);  // the old site now
    fs::remove_all(out_ + ".old", ec);
  }
  open_ = false;
  if (at_step_) at_step_("committed");
  return true;
}

void SiteWriter::discard() {
  if (!open_) return;
  std::error_code ec;
  fs::remove_all(staging_, ec);
  open_ = false;
}

}  // namespace press::output
