// Sitemap: sitemap.xml listing every public page of the site.
#pragma once

#include <string>
#include <vector>

namespace press::output {

/// Renders sitemap.xml for `base_url` and the given public paths ("en/factsheets/x/"), in order.
std::string render_sitemap(const std::string& base_url, const std::vector<std::string>& paths);

}  // namespace press::output
