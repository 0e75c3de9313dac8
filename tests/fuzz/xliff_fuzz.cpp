// An XLIFF 2.0 file through libxml2 and press's reading of its units.
#include "fuzz_input.h"
#include "i18n/xliff.h"

using namespace press;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = fuzz::as_file(data, size, ".xlf");
  core::Diagnostics diagnostics;
  i18n::read_xliff(path, diagnostics);
  diagnostics.format_all();
  return 0;
}
