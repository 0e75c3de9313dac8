// Content type: the media type a preview server sends for a file of the site.
#pragma once

#include <string>

namespace press::serve {

/// The Content-Type for `path` by its extension (with a charset for text); files press does
/// not make are sent as application/octet-stream.
std::string content_type_for(const std::string& path);

}  // namespace press::serve
