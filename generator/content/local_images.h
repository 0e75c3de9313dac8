// Local images: the picture files pages show with `![what it shows](images/<name>)`. They live
// in content/images/, are checked when loaded (name, format, size), and are published once,
// at images/<name> in the site and in every e-book.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"

namespace press::content {

/// How a page names one of its own images, and where they are published.
inline constexpr std::string_view kImagesFolder = "images/";

struct LocalImage {
  std::string media_type;  // "image/png"…
  std::string bytes;
};

/// By file name, in name order.
using LocalImages = std::map<std::string, LocalImage>;

/// Reads content/images/: PNG, JPEG, GIF or WebP files named in lowercase ASCII, whose bytes
/// are of the format the name says, each at most core::kMaxImageBytes. Anything else there is
/// reported and left out.
LocalImages load_local_images(const core::FileSystem& fs, const std::string& root, core::Diagnostics& diagnostics);

/// The names, sorted, as the Markdown walk looks them up.
std::vector<std::string> image_names(const LocalImages& images);

}  // namespace press::content
