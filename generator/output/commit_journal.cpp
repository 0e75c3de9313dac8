#include "output/commit_journal.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "core/file_system.h"

namespace press::output {

namespace fs = std::filesystem;

namespace {

constexpr const char* kJournal = ".journal";
constexpr const char* kHeader = "press commit journal 1\n";

// Writes `bytes` to `path` and waits until they are on disk: the journal is the one file a
// killed commit depends on.
bool write_durably(const std::string& path, const std::string& bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  bool ok = ::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()) && ::fsync(fd) == 0;
  return ::close(fd) == 0 && ok;
}

std::optional<CommitJournal> read_journal(const std::string& staging) {
  core::DiskFileSystem disk;
  const std::optional<std::string> text = disk.read_file(core::join_path(staging, kJournal));
  if (!text || text->rfind(kHeader, 0) != 0) return std::nullopt;
  CommitJournal journal;
  size_t at = std::strlen(kHeader);
  while (at < text->size()) {
    const size_t end = text->find('\n', at);
    if (end == std::string::npos || end - at < 2) return std::nullopt;
    const std::string path = text->substr(at + 2, end - at - 2);
    if (text->compare(at, 2, "m ") == 0) journal.moves.push_back(path);
    else if (text->compare(at, 2, "r ") == 0) journal.removals.push_back(path);
    else return std::nullopt;
    at = end + 1;
  }
  return journal;
}

// Removes `path` below `site`, and each folder above it that it leaves empty, so the tree is
// the one a clean build makes.
void remove_with_empty_folders(const fs::path& site, const std::string& path) {
  std::error_code ec;
  fs::path gone = site / path;
  fs::remove(gone, ec);
  for (gone = gone.parent_path(); gone != site && fs::is_empty(gone, ec); gone = gone.parent_path()) {
    fs::remove(gone, ec);
  }
}

}  // namespace

bool write_journal(const std::string& staging, const CommitJournal& journal, std::string& error) {
  std::string text = kHeader;
  for (const char* kind : {"m ", "r "}) {
    for (const std::string& path : kind[0] == 'm' ? journal.moves : journal.removals) {
      if (path.find('\n') != std::string::npos) {
        error = "cannot journal a file name with a line break in it";
        return false;
      }
      text += kind + path + '\n';
    }
  }
  std::error_code ec;
  fs::create_directories(staging, ec);
  const std::string whole = core::join_path(staging, kJournal), part = whole + ".part";
  if (!write_durably(part, text) || ::rename(part.c_str(), whole.c_str()) != 0) {
    error = "cannot write the commit journal in \"" + staging + "\": " + std::strerror(errno);
    return false;
  }
  return true;
}

bool replay_journal(const std::string& staging, const std::string& site, const CommitJournal& journal,
                    std::string& error, const CommitStep& step) {
  std::error_code ec;
  for (size_t i = 0; i < journal.moves.size(); ++i) {
    const std::string from = core::join_path(staging, std::to_string(i));
    const std::string to = core::join_path(site, journal.moves[i]);
    bool moved = ::rename(from.c_str(), to.c_str()) == 0;
    if (!moved && errno == ENOENT) {
      if (!fs::exists(from, ec)) {
        moved = true;  // moved already, by the commit this one finishes
      } else {  // a new page: its folder is made now
        fs::create_directories(fs::path(to).parent_path(), ec);
        moved = ::rename(from.c_str(), to.c_str()) == 0;
      }
    }
    if (!moved) {
      error = "cannot move \"" + to + "\" into place: " + std::strerror(errno);
      return false;
    }
    if (step) step("moved " + std::to_string(i));
  }
  for (const std::string& path : journal.removals) remove_with_empty_folders(site, path);
  if (step) step("removed");
  fs::remove_all(staging, ec);
  return true;
}

bool finish_interrupted_commit(const std::string& site, std::string& error) {
  const std::string staging = staging_folder(site);
  std::error_code ec;
  // Killed between the two renames of a file system without an atomic exchange: the old site
  // goes back.
  if (!fs::exists(site, ec) && fs::is_directory(site + ".old", ec)) fs::rename(site + ".old", site, ec);
  if (!fs::exists(staging, ec)) return true;
  if (const std::optional<CommitJournal> journal = read_journal(staging)) {
    return replay_journal(staging, site, *journal, error);
  }
  fs::remove_all(staging, ec);  // nothing of it reached the site
  return true;
}

}  // namespace press::output
