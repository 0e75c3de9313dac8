// Search script: press's own script for the search page (generator/search/search.js, built
// into press), published once as assets/search.js.
#pragma once

#include <string_view>

namespace press::search {

std::string_view search_script();

}  // namespace press::search
