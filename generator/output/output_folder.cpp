#include "output/output_folder.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <ostream>

#include "core/project_links.h"

namespace press::output {

namespace fs = std::filesystem;

namespace {

fs::path resolved(const std::string& path) {
  std::error_code ec;
  fs::path full = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return ec ? fs::absolute(path).lexically_normal() : full;
}

// A site an earlier press wrote, before it marked its folders: the chooser, the stylesheet
// and the sitemap at the top.
bool earlier_press_site(const fs::path& out) {
  return fs::exists(out / "index.html") && fs::exists(out / "assets" / "style.css") &&
         fs::exists(out / "sitemap.xml");
}

}  // namespace

std::string refuse_output_folder(const std::string& source_dir, const std::string& out_dir) {
  const fs::path project = resolved(source_dir);
  const fs::path out = resolved(out_dir);
  const std::string shown = "the output folder \"" + out_dir + "\"";
  if (out == project) return shown + " is the project itself; choose a folder of its own, such as site";
  if (core::path_is_within(project, out)) return shown + " contains the project; choose a folder of its own, such as site";
  for (const char* source : {"content", "translations", "themes", ".git"}) {
    if (core::path_is_within(out, project / source)) {
      return shown + " lies inside the project's " + source + "/ folder; choose a folder of its own, such as site";
    }
  }
  std::error_code ec;
  if (fs::is_directory(out, ec) && !fs::is_empty(out, ec) && !fs::exists(out / kOutputMarker) &&
      !earlier_press_site(out)) {
    return shown + " is not empty and was not made by press (it has no " + kOutputMarker +
           " file); choose an empty or new folder, or empty this one yourself";
  }
  if (fs::exists(out, ec) && !fs::is_directory(out, ec)) return shown + " is a file, not a folder";
  return {};
}

OutputLock::OutputLock(const std::string& out_dir, std::ostream& err) {
  fs::path out = fs::absolute(out_dir).lexically_normal();
  if (out.filename().empty()) out = out.parent_path();
  const std::string path = out.string() + ".lock";
  std::error_code ec;
  fs::create_directories(out.parent_path(), ec);
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    error_ = "cannot open the lock file " + path + ": " + std::strerror(errno);
    return;
  }
  if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) return;
  err << "waiting for another build into " << out_dir << " to finish (" << path << ")\n";
  while (::flock(fd_, LOCK_EX) != 0 && errno == EINTR) {
  }
}

OutputLock::~OutputLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

}  // namespace press::output
