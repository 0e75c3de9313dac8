// press.yaml: any text gives a configuration or located errors (locale tags checked by ICU).
#include "config/site_config.h"
#include "fuzz_input.h"

using namespace press;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const core::SourceFile file("press.yaml", fuzz::text_of(data, size));
  core::Diagnostics diagnostics;
  config::parse_site_config(file, diagnostics);
  diagnostics.format_all();
  return 0;
}
