#include "core/project_links.h"

#include <filesystem>

namespace press::core {

namespace fs = std::filesystem;

namespace {

// Errors for one symbolic link: where it leads, when that is outside the project.
bool check_link(const fs::path& link, const fs::path& project, const std::string& shown, Diagnostics& diagnostics) {
  std::error_code ec;
  const fs::path target = fs::canonical(link, ec);
  if (ec) {
    diagnostics.error(shown, "a symbolic link that leads nowhere; press reads no file through it");
    return false;
  }
  if (path_is_within(target, project)) return true;
  diagnostics.error(shown, "a symbolic link to " + target.string() +
                               ", outside the project; press reads no file outside the project, so copy the file in");
  return false;
}

}  // namespace

bool path_is_within(const fs::path& inner, const fs::path& outer) {
  auto i = inner.begin();
  for (auto o = outer.begin(); o != outer.end(); ++o, ++i) {
    if (o->empty()) continue;  // a trailing separator
    if (i == inner.end() || *i != *o) return false;
  }
  return true;
}

bool check_links_stay_inside(const std::string& root, Diagnostics& diagnostics) {
  std::error_code ec;
  const fs::path project = fs::canonical(root, ec);
  if (ec) return true;  // no project folder: loading reports it
  bool inside = true;
  const fs::path base(root);
  if (fs::is_symlink(base / "press.yaml", ec)) {
    inside = check_link(base / "press.yaml", project, (base / "press.yaml").string(), diagnostics) && inside;
  }
  for (const char* folder : {"content", "translations", "themes"}) {
    const fs::path top = base / folder;
    if (fs::is_symlink(top, ec)) {
      inside = check_link(top, project, top.string(), diagnostics) && inside;
      continue;
    }
    // Not following linked folders: each link is judged by where it leads, not walked through.
    for (auto it = fs::recursive_directory_iterator(top, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (it->is_symlink(ec)) inside = check_link(it->path(), project, it->path().string(), diagnostics) && inside;
    }
  }
  return inside;
}

}  // namespace press::core
