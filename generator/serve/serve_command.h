// `press serve`: build the site into a preview folder, serve it, and rebuild on every save.
#pragma once

#include <iosfwd>
#include <string>

namespace press::serve {

struct ServeOptions {
  std::string source_dir = ".";
  std::string bind_address = "127.0.0.1";
  int port = 1313;  // 0: any free port
  bool include_drafts = true;
  int jobs = 0;
  bool timings = false;  // print how long each stage of each build took
};

/// The preview site's folder: under the project's build cache, never the published `site/`.
std::string preview_site_dir(const std::string& source_dir);

/// Runs until SIGINT or SIGTERM. Prints the address on `out`, each build's report on `err`.
/// Returns 0 after a clean stop, 2 when it cannot start (no press.yaml, port taken, inotify's
/// limit reached), with a one-line error on `err`.
int serve_site(const ServeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace press::serve
