// Sitemap: sitemap.xml listing every public page of the site.
#pragma once

#include <string>
#include <vector>

namespace press::output {

/// Renders sitemap.xml for `base_url`: each page path ("factsheets/x/") in each locale, in
/// order, with every locale's version of it as an hreflang alternate.
std::string render_sitemap(const std::string& base_url, const std::vector<std::string>& locales,
                           const std::vector<std::string>& paths);

}  // namespace press::output
