#include "serve/file_watcher.h"

#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/file_system.h"

namespace press::serve {

namespace fs = std::filesystem;

namespace {

// What a save can look like: written in place, renamed into place (from a temporary file),
// made, removed or moved away.
constexpr unsigned kFileEvents = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE;
constexpr const char* kWatchedFolders[] = {"content", "translations", "themes"};

bool is_watched_at_top(const std::string& name) {
  if (name == "press.yaml") return true;
  for (const char* folder : kWatchedFolders) {
    if (name == folder) return true;
  }
  return false;
}

std::string read_limit(const char* file) {
  std::ifstream in(std::string("/proc/sys/fs/inotify/") + file);
  std::string value;
  in >> value;
  return value.empty() ? "?" : value;
}

std::string limit_error(const char* setting, const char* raised_to) {
  return std::string("the system's limit of inotify ") +
         (std::strcmp(setting, "max_user_watches") == 0 ? "watches" : "instances") + " is reached (fs.inotify." +
         setting + " = " + read_limit(setting) + "); raise it with: sudo sysctl fs.inotify." + setting + "=" +
         raised_to;
}

}  // namespace

bool is_editor_scratch_file(const std::string& name) {
  if (name.empty() || name[0] == '.' || name.back() == '~' || name == "4913") return true;
  for (const char* suffix : {".swp", ".swx", ".swo", ".tmp"}) {
    const size_t n = std::strlen(suffix);
    if (name.size() > n && name.compare(name.size() - n, n, suffix) == 0) return true;
  }
  return false;
}

std::unique_ptr<FileWatcher> FileWatcher::open(const std::string& project_dir, std::string& error) {
  const int fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd < 0) {
    error = errno == EMFILE ? limit_error("max_user_instances", "1024")
                            : std::string("cannot watch the project: ") + std::strerror(errno);
    return nullptr;
  }
  std::unique_ptr<FileWatcher> watcher(new FileWatcher(fd, project_dir));
  if (!watcher->watch_folder("", kFileEvents, error)) return nullptr;
  for (const char* folder : kWatchedFolders) {
    if (!watcher->watch_tree(folder, error)) return nullptr;
  }
  return watcher;
}

FileWatcher::~FileWatcher() {
  if (fd_ >= 0) ::close(fd_);
}

bool FileWatcher::watch_folder(const std::string& relative, unsigned mask, std::string& error) {
  const std::string path = relative.empty() ? project_ : core::join_path(project_, relative);
  const int wd = ::inotify_add_watch(fd_, path.c_str(), mask | IN_DONT_FOLLOW | IN_ONLYDIR);
  if (wd < 0) {
    if (errno == ENOENT || errno == ENOTDIR) return true;  // gone already, or a file: nothing to watch
    error = "cannot watch \"" + path + "\": " +
            (errno == ENOSPC ? limit_error("max_user_watches", "524288") : std::strerror(errno));
    return false;
  }
  folders_[wd] = relative;
  return true;
}

// A folder and every folder below it; symbolic links are not followed (press refuses those
// that lead out of the project anyway).
bool FileWatcher::watch_tree(const std::string& relative, std::string& error) {
  if (!watch_folder(relative, kFileEvents, error)) return false;
  std::error_code ec;
  for (fs::directory_iterator it(core::join_path(project_, relative), ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_directory(ec) || it->is_symlink(ec)) continue;
    const std::string name = it->path().filename().string();
    if (is_editor_scratch_file(name)) continue;
    if (!watch_tree(relative + "/" + name, error)) return false;
  }
  return true;
}

bool FileWatcher::read_events(std::vector<std::string>& changed, std::string& error) {
  alignas(inotify_event) char buffer[16 * 1024];
  for (;;) {
    const ssize_t length = ::read(fd_, buffer, sizeof buffer);
    if (length <= 0) return true;  // EAGAIN: all read
    for (ssize_t offset = 0; offset < length;) {
      const auto* event = reinterpret_cast<const inotify_event*>(buffer + offset);
      offset += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
      if (event->mask & IN_IGNORED) {
        folders_.erase(event->wd);
        continue;
      }
      if (event->mask & IN_Q_OVERFLOW) {
        changed.push_back("");  // events were lost: the caller rebuilds what it must anyway
        continue;
      }
      const auto folder = folders_.find(event->wd);
      if (folder == folders_.end() || event->len == 0) continue;
      const std::string name = event->name;
      if (is_editor_scratch_file(name)) continue;
      if (folder->second.empty() && !is_watched_at_top(name)) continue;
      const std::string path = folder->second.empty() ? name : folder->second + "/" + name;
      if ((event->mask & (IN_CREATE | IN_MOVED_TO)) && (event->mask & IN_ISDIR) && !watch_tree(path, error)) {
        return false;
      }
      changed.push_back(path);
    }
  }
}

}  // namespace press::serve
