// A PO catalog through libgettextpo and the ICU and placeholder checks of each message.
#include "fuzz_input.h"
#include "i18n/catalog.h"
#include "i18n/message_checks.h"

using namespace press;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = fuzz::as_file(data, size, ".po");
  core::Diagnostics diagnostics;
  if (const auto catalog = i18n::read_catalog(path, diagnostics)) {
    const core::SourceFile file(path, fuzz::text_of(data, size));
    for (const auto& message : catalog->messages) i18n::check_message_format(message, "ru", file, diagnostics);
  }
  diagnostics.format_all();
  return 0;
}
