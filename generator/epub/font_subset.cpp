#include "epub/font_subset.h"
#include "core/file_system.h"

#include <hb-subset.h>
#include <hb.h>
#include <unicode/utf8.h>

#include <filesystem>
#include <memory>

namespace press::epub {

namespace {

constexpr const char* kNotoDir = "/usr/share/fonts/truetype/noto/";

bool in_ranges(const FontChoice& font, char32_t c) {
  for (const auto& [first, last] : font.ranges) {
    if (c >= first && c <= last) return true;
  }
  return false;
}

}  // namespace

std::optional<FontChoice> font_for_locale(const std::string& locale) {
  const std::string language = locale.substr(0, locale.find('-'));
  const std::string core_licence = "/usr/share/doc/fonts-noto-core/copyright";
  if (language == "my") {
    return FontChoice{"Noto Sans Myanmar", std::string(kNotoDir) + "NotoSansMyanmar-Regular.ttf", 0,
                      core_licence, {{0x1000, 0x109F}, {0xAA60, 0xAA7F}, {0xA9E0, 0xA9FF}}};
  }
  if (language == "th") {
    return FontChoice{"Noto Sans Thai", std::string(kNotoDir) + "NotoSansThai-Regular.ttf", 0,
                      core_licence, {{0x0E00, 0x0E7F}}};
  }
  if (language == "ar") {
    return FontChoice{"Noto Sans Arabic", std::string(kNotoDir) + "NotoSansArabic-Regular.ttf", 0,
                      core_licence, {{0x0600, 0x06FF}, {0x0750, 0x077F}, {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}}};
  }
  if (language == "zh") {
    // Face 2 of the collection is Simplified Chinese.
    return FontChoice{"Noto Sans CJK SC", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2,
                      "/usr/share/doc/fonts-noto-cjk/copyright",
                      {{0x3000, 0x303F}, {0x4E00, 0x9FFF}, {0x3400, 0x4DBF}, {0xFF00, 0xFFEF}}};
  }
  return std::nullopt;
}

void collect_characters(std::string_view text, std::set<char32_t>& out) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0) out.insert(static_cast<char32_t>(c));
  }
}

std::optional<FontSubset> subset_font(const FontChoice& font, const std::set<char32_t>& characters) {
  auto file = core::DiskFileSystem().read_file(font.path);
  if (!file) return std::nullopt;
  const std::string& bytes = *file;

  hb_blob_t* blob = hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()),
                                   HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, font.face_index);
  hb_blob_destroy(blob);
  FontSubset result;
  result.original_size = bytes.size();

  hb_set_t* cmap = hb_set_create();
  hb_face_collect_unicodes(face, cmap);
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  hb_set_t* wanted = hb_subset_input_unicode_set(input);
  for (char32_t c : characters) {
    if (!in_ranges(font, c)) continue;
    if (!hb_set_has(cmap, c)) result.missing.push_back(c);
    hb_set_add(wanted, c);
  }
  hb_face_t* subset = hb_subset_or_fail(face, input);
  hb_subset_input_destroy(input);
  hb_set_destroy(cmap);
  if (!subset) {
    hb_face_destroy(face);
    return std::nullopt;
  }
  hb_blob_t* out = hb_face_reference_blob(subset);
  unsigned length = 0;
  const char* out_data = hb_blob_get_data(out, &length);
  result.bytes.assign(out_data, length);
  hb_blob_destroy(out);
  hb_face_destroy(subset);
  hb_face_destroy(face);
  return result;
}

}  // namespace press::epub
