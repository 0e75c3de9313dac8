#include "output/site_writer.h"

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
  fs::create_directories(staging_, ec);
  if (ec) {
    error = "cannot create \"" + staging_ + "\": " + ec.message();
    return false;
  }
  open_ = true;
  return true;
}

bool SiteWriter::write(const std::string& relative_path, std::string_view bytes) const {
  static core::DiskFileSystem disk;
  bool ok = disk.write_file(core::join_path(staging_, relative_path), bytes);
  if (ok) ++files_written_;
  return ok;
}

bool SiteWriter::commit(std::string& error, const std::vector<std::string>& removed) {
  std::error_code ec;
  if (update_) {
    // Each changed file replaces its old self in one rename; folders left empty go too, so
    // the tree is the one a clean build would make.
    std::vector<fs::path> staged;
    for (const auto& entry : fs::recursive_directory_iterator(staging_, ec)) {
      if (entry.is_regular_file()) staged.push_back(entry.path());
    }
    for (const auto& from : staged) {
      const fs::path to = fs::path(out_) / from.lexically_relative(staging_);
      fs::create_directories(to.parent_path(), ec);
      fs::rename(from, to, ec);
      if (ec) {
        error = "cannot move \"" + to.string() + "\" into place: " + ec.message();
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
