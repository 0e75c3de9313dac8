#include "core/content_hash.h"

#include <cstdio>

namespace press::core {

std::string ContentHash::hex() const {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(XXH3_64bits_digest(state_)));
  return text;
}

}  // namespace press::core
