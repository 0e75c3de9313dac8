// Growth: for each pathological shape of input, more input may take at most about
// proportionally more time and give proportionally more output, and the output stays within a
// fixed factor of the input. Sizes n and 4n are compared, against 3 per doubling (9 times),
// so that the noise of one timing cannot pass for growth. Time is the thread's CPU time, the
// best of five runs, so a busy machine does not make the ratio; a shape whose time is too small
// to measure is made larger first.
#include <catch2/catch.hpp>

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <functional>
#include <string>

#include "i18n/message_checks.h"
#include "markdown_html.h"

using namespace press;

namespace {

double cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

std::string repeat(const std::string& piece, size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

struct Run {
  double seconds = 0;
  size_t output_bytes = 0;
};

// The best of five runs of `work` on `input`; `work` returns the size of what it made.
Run measure(const std::function<size_t(const std::string&)>& work, const std::string& input) {
  Run best{1e9, 0};
  for (int i = 0; i < 5; ++i) {
    const double start = cpu_seconds();
    best.output_bytes = work(input);
    best.seconds = std::min(best.seconds, cpu_seconds() - start);
  }
  return best;
}

// Markdown to HTML, as a page body: the bytes of the HTML (errors count as output too).
size_t markdown_to_html(const std::string& markdown) {
  core::Diagnostics diagnostics;
  return testing::markdown_html(markdown, diagnostics).size() + diagnostics.format_all().size();
}

size_t check_message(const std::string& pattern) {
  const auto info = i18n::inspect_pattern(pattern);
  return info.error.size() + info.arguments.size();
}

struct Shape {
  const char* name;
  std::function<std::string(size_t)> make;  // the input of size about n
  std::function<size_t(const std::string&)> work;
  size_t n;
  double max_time_ratio = 3;  // per doubling of the input
};

}  // namespace

TEST_CASE("four times the input takes less than nine times the time and gives at most nine times the output", "[limits][growth]") {
  const Shape shapes[] = {
      {"nested quotes and lists", [](size_t n) { return repeat("> - ", n) + "x\n"; }, markdown_to_html, 20000},
      {"opening brackets", [](size_t n) { return repeat("[", n) + "x\n"; }, markdown_to_html, 40000},
      // cmark-gfm 0.29.0.gfm.6 (Debian 12) grows faster than linearly here (2.5-4x per doubling
      // between 10,000 and 80,000): each link it closes looks back over the open brackets. The
      // 1 MiB limit on a content file bounds it at 131,000 repeats, 0.35 s per locale.
      {"brackets and links", [](size_t n) { return repeat("[a](b) [", n) + "\n"; }, markdown_to_html, 10000, 5},
      {"emphasis delimiters", [](size_t n) { return repeat("*a _b ", n) + "\n"; }, markdown_to_html, 20000},
      {"unclosed emphasis runs", [](size_t n) { return repeat("**a ", n) + "\n"; }, markdown_to_html, 20000},
      {"tables of many rows", [](size_t n) { return "| a | b |\n|---|---|\n" + repeat("| x | y |\n", n) + "\n"; },
       markdown_to_html, 4000},
      {"a long line", [](size_t n) { return repeat("word ", n) + "\n"; }, markdown_to_html, 40000},
      {"many footnotes",
       [](size_t n) {
         std::string text;
         for (size_t i = 0; i < n; ++i) text += "x[^" + std::to_string(i) + "]\n";
         for (size_t i = 0; i < n; ++i) text += "\n[^" + std::to_string(i) + "]: note\n";
         return text;
       },
       markdown_to_html, 2000},
      {"deep ICU messages", [](size_t n) { return repeat("{a, select, other {", n) + "x" + repeat("}}", n); },
       check_message, 20000},
      {"many ICU arguments", [](size_t n) { return repeat("{a} ", n); }, check_message, 20000},
  };
  // Memory freed stays with the allocator instead of going back to the system, so that no run
  // is timed taking fresh pages (the kernel's work, which grows with what the run touches).
  mallopt(M_MMAP_THRESHOLD, 1 << 30);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  for (const auto& shape : shapes) {
    INFO(shape.name);
    size_t n = shape.n;
    // The larger input runs once first: the allocator then holds the memory both sizes need.
    shape.work(shape.make(4 * n));
    Run small = measure(shape.work, shape.make(n));
    while (small.seconds < 0.02 && n < shape.n * 64) {  // too quick to time well, or still in cache: larger
      n *= 2;
      shape.work(shape.make(4 * n));
      small = measure(shape.work, shape.make(n));
    }
    const std::string input = shape.make(4 * n);
    const Run large = measure(shape.work, input);
    INFO("n " << n << ": " << small.seconds << " s, " << small.output_bytes << " bytes; 4n: " << large.seconds << " s, "
              << large.output_bytes << " bytes");
    const double per_doubling = shape.max_time_ratio;
    CHECK(large.seconds < per_doubling * per_doubling * std::max(small.seconds, 0.001));
    CHECK(large.output_bytes <= 9 * std::max<size_t>(small.output_bytes, 1));
    CHECK(large.output_bytes <= 40 * input.size() + 4096);
  }
}
