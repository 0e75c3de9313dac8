#include "infographics/png_render.h"

#include <cairo.h>
#include <dlfcn.h>
#include <librsvg/rsvg.h>
#include <png.h>
#include <zlib.h>

#include <cmath>
#include <cstdint>
#include <mutex>
#include <vector>

namespace press::infographics {

namespace {

// librsvg and cairo, opened the first time a chart is drawn. Linked, they and the forty
// libraries they need made up half of press's start-up, which every build pays, while most
// rebuilds draw no chart.
struct Rasterizer {
  decltype(&rsvg_handle_new_from_data) new_from_data = nullptr;
  decltype(&rsvg_handle_get_intrinsic_size_in_pixels) intrinsic_size = nullptr;
  decltype(&rsvg_handle_render_document) render_document = nullptr;
  decltype(&g_object_unref) object_unref = nullptr;
  decltype(&g_error_free) error_free = nullptr;
  decltype(&cairo_image_surface_create) surface_create = nullptr;
  decltype(&cairo_image_surface_get_width) surface_width = nullptr;
  decltype(&cairo_image_surface_get_height) surface_height = nullptr;
  decltype(&cairo_image_surface_get_stride) surface_stride = nullptr;
  decltype(&cairo_image_surface_get_data) surface_data = nullptr;
  decltype(&cairo_surface_flush) surface_flush = nullptr;
  decltype(&cairo_surface_destroy) surface_destroy = nullptr;
  decltype(&cairo_create) create = nullptr;
  decltype(&cairo_set_source_rgb) set_source_rgb = nullptr;
  decltype(&cairo_paint) paint = nullptr;
  decltype(&cairo_destroy) destroy = nullptr;
  std::string error;  // why it could not be opened; empty when it was
};

template <typename Function>
bool find(void* library, const char* name, Function& function) {
  function = reinterpret_cast<Function>(::dlsym(library, name));
  return function != nullptr;
}

Rasterizer open_rasterizer() {
  Rasterizer r;
  // The sonames of Debian's librsvg2-2 and libcairo2; glib and cairo come in with librsvg.
  void* library = ::dlopen("librsvg-2.so.2", RTLD_NOW | RTLD_LOCAL);
  if (!library) {
    r.error = std::string("cannot open librsvg (package librsvg2-2): ") + ::dlerror();
    return r;
  }
  const bool found =
      find(library, "rsvg_handle_new_from_data", r.new_from_data) &&
      find(library, "rsvg_handle_get_intrinsic_size_in_pixels", r.intrinsic_size) &&
      find(library, "rsvg_handle_render_document", r.render_document) &&
      find(library, "g_object_unref", r.object_unref) && find(library, "g_error_free", r.error_free) &&
      find(library, "cairo_image_surface_create", r.surface_create) &&
      find(library, "cairo_image_surface_get_width", r.surface_width) &&
      find(library, "cairo_image_surface_get_height", r.surface_height) &&
      find(library, "cairo_image_surface_get_stride", r.surface_stride) &&
      find(library, "cairo_image_surface_get_data", r.surface_data) &&
      find(library, "cairo_surface_flush", r.surface_flush) &&
      find(library, "cairo_surface_destroy", r.surface_destroy) && find(library, "cairo_create", r.create) &&
      find(library, "cairo_set_source_rgb", r.set_source_rgb) && find(library, "cairo_paint", r.paint) &&
      find(library, "cairo_destroy", r.destroy);
  if (!found) r.error = std::string("librsvg lacks a function press needs: ") + ::dlerror();
  return r;  // the library stays open for the life of the process
}

const Rasterizer& rasterizer() {
  static const Rasterizer opened = open_rasterizer();
  return opened;
}

void append_bytes(png_structp png, png_bytep data, size_t length) {
  static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<const char*>(data), length);
}

void flush_nothing(png_structp) {}

// Encodes cairo's RGB24 pixels with libpng. Charts are flat colour, so the "up" filter with
// run-length deflate costs a quarter more bytes than cairo's own encoder at well under half
// its time (measured: cairo's default settings spent two thirds of the build in zlib).
std::optional<std::string> encode_png(const Rasterizer& r, cairo_surface_t* surface) {
  r.surface_flush(surface);
  const int width = r.surface_width(surface);
  const int height = r.surface_height(surface);
  const int stride = r.surface_stride(surface);
  const unsigned char* pixels = r.surface_data(surface);
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!info) {
    png_destroy_write_struct(&png, nullptr);
    return std::nullopt;
  }
  std::string bytes;
  std::vector<png_byte> row(static_cast<size_t>(width) * 3);
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return std::nullopt;
  }
  png_set_write_fn(png, &bytes, append_bytes, flush_nothing);
  png_set_IHDR(png, info, width, height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
  png_set_compression_level(png, 6);
  png_set_compression_strategy(png, Z_RLE);
  png_write_info(png, info);
  for (int y = 0; y < height; ++y) {
    // RGB24 is one native-endian 32-bit word per pixel: 0x00RRGGBB.
    const auto* source = reinterpret_cast<const uint32_t*>(pixels + static_cast<size_t>(y) * stride);
    for (int x = 0; x < width; ++x) {
      row[x * 3] = static_cast<png_byte>(source[x] >> 16);
      row[x * 3 + 1] = static_cast<png_byte>(source[x] >> 8);
      row[x * 3 + 2] = static_cast<png_byte>(source[x]);
    }
    png_write_row(png, row.data());
  }
  png_write_end(png, info);
  png_destroy_write_struct(&png, &info);
  return bytes;
}

}  // namespace

std::optional<std::string> render_png(const std::string& svg, int width, std::string& error) {
  const Rasterizer& r = rasterizer();
  if (!r.error.empty()) {
    error = r.error;
    return std::nullopt;
  }
  // One chart at a time through librsvg: its text goes through pango and fontconfig, and
  // ThreadSanitizer reports races inside them when charts are drawn on several threads. The
  // PNG encoding below, most of the time, still runs on every worker.
  static std::mutex drawing;
  std::unique_lock<std::mutex> one_at_a_time(drawing);
  GError* failure = nullptr;
  RsvgHandle* handle = r.new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &failure);
  if (!handle) {
    error = failure ? failure->message : "librsvg cannot read the SVG";
    if (failure) r.error_free(failure);
    return std::nullopt;
  }
  gdouble svg_width = 0, svg_height = 0;
  if (!r.intrinsic_size(handle, &svg_width, &svg_height) || svg_width <= 0) {
    error = "the SVG has no size in pixels";
    r.object_unref(handle);
    return std::nullopt;
  }
  const int height = static_cast<int>(std::ceil(svg_height * width / svg_width));
  cairo_surface_t* surface = r.surface_create(CAIRO_FORMAT_RGB24, width, height);
  cairo_t* cr = r.create(surface);
  r.set_source_rgb(cr, 1, 1, 1);
  r.paint(cr);
  const RsvgRectangle viewport{0, 0, static_cast<double>(width), static_cast<double>(height)};
  const bool drawn = r.render_document(handle, cr, &viewport, &failure);
  r.destroy(cr);
  r.object_unref(handle);
  one_at_a_time.unlock();
  std::optional<std::string> png;
  if (!drawn) {
    error = failure ? failure->message : "librsvg cannot draw the SVG";
    if (failure) r.error_free(failure);
  } else {
    png = encode_png(r, surface);
    if (!png) error = "libpng cannot write the PNG";
  }
  r.surface_destroy(surface);
  return png;
}

std::pair<int, int> png_size(const std::string& png) {
  static const std::string signature = "\x89PNG\r\n\x1a\n";
  if (png.size() < 24 || png.compare(0, 8, signature) != 0 || png.compare(12, 4, "IHDR") != 0) return {0, 0};
  auto big_endian = [&](size_t at) {
    return (static_cast<unsigned char>(png[at]) << 24) | (static_cast<unsigned char>(png[at + 1]) << 16) |
           (static_cast<unsigned char>(png[at + 2]) << 8) | static_cast<unsigned char>(png[at + 3]);
  };
  return {static_cast<int>(big_endian(16)), static_cast<int>(big_endian(20))};
}

}  // namespace press::infographics
