// The first group of every match of a regular expression in a text, in order: what a test
// reads out of a page or a feed it checks.
#pragma once

#include <regex>
#include <string>
#include <vector>

inline std::vector<std::string> all_matches(const std::string& text, const std::string& pattern) {
  std::vector<std::string> found;
  const std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) {
    found.push_back((*it)[1]);
  }
  return found;
}
