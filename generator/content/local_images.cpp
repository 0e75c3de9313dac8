#include "content/local_images.h"

#include <algorithm>

#include "core/input_limits.h"

namespace press::content {

namespace {

struct ImageFormat {
  std::string_view extension;
  const char* media_type;
  const char* label;
  bool (*signature)(std::string_view bytes);
};

bool starts(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

// The formats every browser and EPUB 3 reading system shows. No SVG: an SVG file can carry
// script, and opened on its own it runs.
constexpr ImageFormat kFormats[] = {
    {".png", "image/png", "PNG", [](std::string_view b) { return starts(b, "\x89PNG\r\n\x1a\n"); }},
    {".jpg", "image/jpeg", "JPEG", [](std::string_view b) { return starts(b, "\xff\xd8\xff"); }},
    {".jpeg", "image/jpeg", "JPEG", [](std::string_view b) { return starts(b, "\xff\xd8\xff"); }},
    {".gif", "image/gif", "GIF", [](std::string_view b) { return starts(b, "GIF87a") || starts(b, "GIF89a"); }},
    {".webp", "image/webp", "WebP", [](std::string_view b) { return starts(b, "RIFF") && b.substr(8, 4) == "WEBP"; }},
};

const ImageFormat* format_of(const std::string& name) {
  for (const ImageFormat& format : kFormats) {
    if (name.size() > format.extension.size() &&
        name.compare(name.size() - format.extension.size(), format.extension.size(), format.extension) == 0) {
      return &format;
    }
  }
  return nullptr;
}

// Lowercase letters, digits, hyphens and underscores, then the extension: the name is a URL
// and a file name in every e-book and on every server.
bool well_named(const std::string& name, const ImageFormat& format) {
  const std::string_view stem(name.data(), name.size() - format.extension.size());
  return !stem.empty() && std::all_of(stem.begin(), stem.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

}  // namespace

LocalImages load_local_images(const core::FileSystem& fs, const std::string& root, core::Diagnostics& diagnostics) {
  LocalImages images;
  const std::string folder = core::join_path(root, "content/images");
  if (!fs.is_directory(folder)) return images;
  for (const std::string& name : fs.list_files(folder)) {
    if (name.empty() || name[0] == '.') continue;  // an editor's or a file manager's own
    const std::string path = core::join_path(folder, name);
    const ImageFormat* format = format_of(name);
    if (!format) {
      diagnostics.error(path, "not an image press publishes: use a .png, .jpg, .gif or .webp file");
      continue;
    }
    if (!well_named(name, *format)) {
      diagnostics.error(path, "an image's name takes lowercase letters a-z, digits, hyphens and underscores only");
      continue;
    }
    std::optional<std::string> bytes = core::read_within_limit(fs, path, core::kMaxImageBytes, "an image", diagnostics);
    if (!bytes) continue;
    if (!format->signature(*bytes)) {
      diagnostics.error(path, "the file is not a " + std::string(format->label) + " image, as its name says");
      continue;
    }
    images.emplace(name, LocalImage{format->media_type, std::move(*bytes)});
  }
  return images;
}

std::vector<std::string> image_names(const LocalImages& images) {
  std::vector<std::string> names;
  for (const auto& [name, image] : images) names.push_back(name);
  return names;
}

}  // namespace press::content
