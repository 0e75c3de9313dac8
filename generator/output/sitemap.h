// Sitemap: sitemap.xml listing every public page of the site, split as the protocol requires.
#pragma once

#include <string>
#include <vector>

namespace press::output {

/// How much one sitemap file may hold: the protocol's limits.
struct SitemapLimits {
  size_t addresses = 50000;
  size_t bytes = 45'000'000;  // an estimate is counted against this: 10% short of 50 MB
};

/// Each page path ("factsheets/x/") in each locale, in order, with every locale's version of
/// it as an hreflang alternate. The protocol allows 50,000 addresses and 50 MB per file: a
/// site within that has one `sitemap.xml`; a larger one gets `sitemap-1.xml`, `sitemap-2.xml`,
/// … and a `sitemap.xml` that indexes them. Which files there are is known before any is
/// rendered, so a build can keep them when their inputs have not changed.
class Sitemap {
 public:
  Sitemap(std::string base_url, std::vector<std::string> locales, std::vector<std::string> paths,
          SitemapLimits limits = SitemapLimits());

  /// The files' names, `sitemap.xml` first.
  const std::vector<std::string>& files() const { return files_; }
  /// The text of `files()[index]`.
  std::string render(size_t index) const;

 private:
  std::string render_addresses(size_t begin, size_t end) const;
  std::string render_index() const;

  std::string base_url_;
  std::vector<std::string> locales_;
  std::vector<std::string> paths_;
  std::vector<std::string> files_;
  std::vector<size_t> part_starts_;  // address number where each part begins, then the end
};

}  // namespace press::output
