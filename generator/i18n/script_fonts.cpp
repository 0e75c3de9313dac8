#include "i18n/script_fonts.h"

namespace press::i18n {

namespace {

constexpr const char* kNoto = "/usr/share/fonts/truetype/noto/";
constexpr const char* kNotoCjk = "/usr/share/fonts/opentype/noto/";
constexpr const char* kCoreLicence = "/usr/share/doc/fonts-noto-core/copyright";

ScriptFont noto(const std::string& family, const std::string& file_stem,
                std::vector<std::pair<char32_t, char32_t>> ranges) {
  const bool embed = !ranges.empty();  // only the non-Latin scripts list ranges
  return {family,
          {kNoto + file_stem + "-Regular.ttf", 0},
          {kNoto + file_stem + "-Bold.ttf", 0},
          kCoreLicence,
          std::move(ranges),
          embed};
}

}  // namespace

const ScriptFont& base_font() {
  static const ScriptFont font = noto("Noto Sans", "NotoSans", {});
  return font;
}

const ScriptFont& script_font(const std::string& locale) {
  static const ScriptFont myanmar =
      noto("Noto Sans Myanmar", "NotoSansMyanmar", {{0x1000, 0x109F}, {0xAA60, 0xAA7F}, {0xA9E0, 0xA9FF}});
  static const ScriptFont thai = noto("Noto Sans Thai", "NotoSansThai", {{0x0E00, 0x0E7F}});
  static const ScriptFont arabic = noto("Noto Sans Arabic", "NotoSansArabic",
                                        {{0x0600, 0x06FF}, {0x0750, 0x077F}, {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}});
  static const ScriptFont khmer = noto("Noto Sans Khmer", "NotoSansKhmer", {{0x1780, 0x17FF}, {0x19E0, 0x19FF}});
  // Mkhedruli, Asomtavruli and Nuskhuri, and Mtavruli capitals.
  static const ScriptFont georgian =
      noto("Noto Sans Georgian", "NotoSansGeorgian", {{0x10A0, 0x10FF}, {0x2D00, 0x2D2F}, {0x1C90, 0x1CBF}});
  // Face 2 of the collections is Simplified Chinese.
  static const ScriptFont chinese{"Noto Sans CJK SC",
                                  {std::string(kNotoCjk) + "NotoSansCJK-Regular.ttc", 2},
                                  {std::string(kNotoCjk) + "NotoSansCJK-Bold.ttc", 2},
                                  "/usr/share/doc/fonts-noto-cjk/copyright",
                                  {{0x3000, 0x303F}, {0x4E00, 0x9FFF}, {0x3400, 0x4DBF}, {0xFF00, 0xFFEF}},
                                  true};
  const std::string language = locale.substr(0, locale.find('-'));
  if (language == "my") return myanmar;
  if (language == "th") return thai;
  if (language == "ar") return arabic;
  if (language == "zh") return chinese;
  if (language == "km") return khmer;
  if (language == "ka") return georgian;
  return base_font();
}

}  // namespace press::i18n
