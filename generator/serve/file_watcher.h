// File watcher: what changed in a project's sources, from Linux inotify.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace press::serve {

/// Watches `press.yaml` and every folder under `content/`, `translations/` and `themes/` of a
/// project; folders made later are watched as they appear. Editors' own files (names that
/// start with "." or end with "~", Vim's swap files) are not reported.
class FileWatcher {
 public:
  /// Nothing, with `error` saying why (and how to raise the limit when inotify's is reached).
  static std::unique_ptr<FileWatcher> open(const std::string& project_dir, std::string& error);
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  /// Readable when events are waiting; for poll().
  int fd() const { return fd_; }
  /// Reads the waiting events without blocking and adds the paths they name, relative to the
  /// project, to `changed`. False (with `error`) when a new folder cannot be watched.
  bool read_events(std::vector<std::string>& changed, std::string& error);

 private:
  explicit FileWatcher(int fd, std::string project_dir) : fd_(fd), project_(std::move(project_dir)) {}
  bool watch_tree(const std::string& relative, std::string& error);
  bool watch_folder(const std::string& relative, unsigned mask, std::string& error);

  int fd_ = -1;
  std::string project_;
  std::map<int, std::string> folders_;  // watch descriptor → folder relative to the project ("" is the project)
};

/// Whether an editor's file of its own: a backup, a swap file or a hidden temporary file.
bool is_editor_scratch_file(const std::string& name);

}  // namespace press::serve
