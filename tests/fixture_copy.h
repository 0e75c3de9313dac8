// copy_fixture: a fixture site copied into a test's folder, so the test can edit it.
#pragma once

#include <filesystem>
#include <regex>
#include <string>

#include "temp_dir.h"

/// Copies `tests/fixtures/<name>` to `<dir>/project` with its theme path made absolute (the
/// fixtures name the shipped theme relative to themselves), and gives the copy's path.
inline std::string copy_fixture(const TempDir& dir, const std::string& name) {
  const std::filesystem::path project = dir.path() / "project";
  std::filesystem::copy(std::filesystem::path(PRESS_FIXTURES_DIR) / name, project,
                        std::filesystem::copy_options::recursive);
  const std::string config = TempDir::read((project / "press.yaml").string());
  dir.write("project/press.yaml", std::regex_replace(config, std::regex("theme: .*"),
                                                     "theme: " + std::string(PRESS_SOURCE_DIR) + "/themes/default"));
  return project.string();
}

/// Makes `to` a copy of the folder `from` (links copied as links), replacing what was there:
/// tests that kill or break a build put the same starting state back before each case.
inline void replace_folder(const std::filesystem::path& from, const std::filesystem::path& to) {
  std::filesystem::remove_all(to);
  std::filesystem::copy(from, to, std::filesystem::copy_options::recursive |
                                      std::filesystem::copy_options::copy_symlinks);
}
