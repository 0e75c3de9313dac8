// Replays fuzz inputs without libFuzzer, so every `make test` runs them with the normal build:
// each file given (or each file in a folder given) goes through the target once, then in
// `--mutations N` altered copies (a byte changed, the input cut short, a piece repeated), from a
// fixed seed, so a run is the same every time. A crash or an exception fails the run, as under
// libFuzzer; ctest's timeout catches a hang.
// Usage: fuzz_replay TARGET [--mutations N] PATH...
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <string>
#include <vector>

#define PRESS_FUZZ_TARGET(name) extern "C" int name##_test_one_input(const uint8_t*, size_t);
#include "fuzz_targets.inc"
#undef PRESS_FUZZ_TARGET

namespace {

using Target = int (*)(const uint8_t*, size_t);

const std::map<std::string, Target> kTargets = {
#define PRESS_FUZZ_TARGET(name) {#name, name##_test_one_input},
#include "fuzz_targets.inc"
#undef PRESS_FUZZ_TARGET
};

void run(Target target, const std::string& input) {
  target(reinterpret_cast<const uint8_t*>(input.data()), input.size());
}

// One of three changes that find most shallow bugs: a byte replaced, the tail cut off, a
// piece repeated (deep nesting and long runs come from repetition).
std::string mutate(const std::string& input, std::mt19937& random) {
  std::string out = input;
  if (out.empty()) return std::string(1, static_cast<char>(random()));
  const size_t at = random() % out.size();
  switch (random() % 3) {
    case 0: out[at] = static_cast<char>(random()); break;
    case 1: out.resize(at); break;
    default: {
      const std::string piece = out.substr(at, 1 + random() % 16);
      std::string repeated;
      for (size_t i = 0, times = 1 + random() % 64; i < times; ++i) repeated += piece;
      out.insert(at, repeated);
    }
  }
  return out;
}

std::vector<std::string> files_in(const std::filesystem::path& path) {
  std::vector<std::string> files;
  if (std::filesystem::is_directory(path)) {
    for (const auto& entry : std::filesystem::directory_iterator(path)) {
      if (entry.is_regular_file()) files.push_back(entry.path().string());
    }
  } else {
    files.push_back(path.string());
  }
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !kTargets.count(argv[1])) {
    std::fprintf(stderr, "usage: fuzz_replay TARGET [--mutations N] PATH...\n");
    return 2;
  }
  const Target target = kTargets.at(argv[1]);
  int mutations = 0, inputs = 0;
  std::mt19937 random(20261207);
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--mutations") == 0 && i + 1 < argc) {
      mutations = std::atoi(argv[++i]);
      continue;
    }
    for (const std::string& file : files_in(argv[i])) {
      std::ifstream in(file, std::ios::binary);
      const std::string input((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      run(target, input);
      for (int m = 0; m < mutations; ++m) run(target, mutate(input, random));
      ++inputs;
    }
  }
  std::printf("%s: %d inputs, %d runs\n", argv[1], inputs, inputs * (mutations + 1));
  return 0;
}
