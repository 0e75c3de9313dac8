// TempDir: a fresh folder for a test, removed when the test ends.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include <unistd.h>

class TempDir {
 public:
  // The process id keeps test cases that ctest runs in parallel out of each other's folders.
  explicit TempDir(const std::string& name)
      : path_(std::filesystem::temp_directory_path() /
              ("press-test-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  std::string write(const std::string& name, const std::string& text) const {
    const auto target = path_ / name;
    std::filesystem::create_directories(target.parent_path());
    std::ofstream(target, std::ios::binary) << text;
    return target.string();
  }
  static std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }
  const std::filesystem::path& path() const { return path_; }
  /// Every file of the tree at `root`, by path relative to it, with its bytes.
  static std::map<std::string, std::string> files_of(const std::filesystem::path& root) {
    std::map<std::string, std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      if (entry.is_regular_file()) files[entry.path().lexically_relative(root).string()] = read(entry.path().string());
    }
    return files;
  }

 private:
  std::filesystem::path path_;
};
