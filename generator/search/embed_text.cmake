# Writes OUTPUT, a C++ file whose function NAME returns the text of INPUT: a script kept as a
# file of its own (so node can check and test it) and built into press.
file(READ "${INPUT}" text)
string(FIND "${text}" ")press_text\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw string's end marker")
endif()
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by embed_text.cmake: edit that file.
#include \"${HEADER}\"

namespace press::search {

std::string_view ${NAME}() {
  static constexpr char text[] = R\"press_text(${text})press_text\";
  return {text, sizeof text - 1};
}

}  // namespace press::search
")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
