// FrontMatterMemo: front matter earlier builds parsed, so unchanged files skip the YAML parser.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "config/site_config.h"
#include "content/front_matter.h"

namespace press::content {

/// Front matter by the key of the whole file it came from (its kind and NFC text). Parsing
/// YAML is the largest cost of loading a big site; a file that has not changed is not parsed
/// again. Only front matter that parsed without a problem is kept, so every error is still
/// reported, and what was kept is used only while press.yaml allows the same report and theme
/// ids, the one thing outside the file that the checks read.
class FrontMatterMemo {
 public:
  /// Remembers nothing and saves nothing.
  FrontMatterMemo() = default;
  /// Reads the memo at `path`; a missing, stale or damaged one is simply empty.
  FrontMatterMemo(std::string path, const config::SiteConfig& config);

  const FrontMatter* find(const std::string& file_key) const;
  /// Replaces the memo with `fronts` (file key → front matter), unless that is what it holds.
  /// False when it cannot be written; the next build then parses everything again.
  bool save(const std::vector<std::pair<const std::string*, const FrontMatter*>>& fronts) const;

 private:
  std::string path_;
  std::string config_key_;
  std::unordered_map<std::string, FrontMatter> known_;
};

/// The key `FrontMatterMemo` files front matter under.
std::string front_matter_file_key(PageKind kind, std::string_view text);

}  // namespace press::content
