#include "output/site_writer.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "core/file_system.h"

namespace press::output {

namespace fs = std::filesystem;

SiteWriter::SiteWriter(std::string out_dir)
    : out_(std::move(out_dir)), staging_(out_ + ".tmp") {
  while (!out_.empty() && out_.back() == '/') out_.pop_back();
  staging_ = out_ + ".tmp";
}

SiteWriter::~SiteWriter() { discard(); }

bool SiteWriter::open(std::string& error, bool update) {
  update_ = update;
  std::error_code ec;
  fs::remove_all(staging_, ec);  // left over from a build that was killed
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
  std::error_code ec;
  if (update_) {
    // Each changed file replaces its old self in one rename; folders left empty go too, so
    // the tree is the one a clean build would make.
    for (size_t i = 0; i < staged_.size(); ++i) {
      const std::string from = core::join_path(staging_, std::to_string(i));
      const std::string to = core::join_path(out_, staged_[i]);
      int moved = ::rename(from.c_str(), to.c_str());
      if (moved != 0 && errno == ENOENT) {  // a new page: its folder is made now
        fs::create_directories(fs::path(to).parent_path(), ec);
        moved = ::rename(from.c_str(), to.c_str());
      }
      if (moved != 0) {
        error = "cannot move \"" + to + "\" into place: " + std::strerror(errno);
        return false;
      }
    }
    for (const auto& path : removed) {
      fs::path gone = fs::path(out_) / path;
      fs::remove(gone, ec);
      for (gone = gone.parent_path(); gone != fs::path(out_) && fs::is_empty(gone, ec); gone = gone.parent_path()) {
        fs::remove(gone, ec);
      }
    }
    fs::remove_all(staging_, ec);
    open_ = false;
    return true;
  }
  const std::string old = out_ + ".old";
  fs::remove_all(old, ec);
  if (fs::exists(out_)) fs::rename(out_, old, ec);
  if (!ec) fs::rename(staging_, out_, ec);
  if (ec) {
    error = "cannot move the new site into \"" + out_ + "\": " + ec.message();
    return false;
  }
  fs::remove_all(old, ec);
  open_ = false;
  return true;
}

void SiteWriter::discard() {
  if (!open_) return;
  std::error_code ec;
  fs::remove_all(staging_, ec);
  open_ = false;
}

}  // namespace press::output
