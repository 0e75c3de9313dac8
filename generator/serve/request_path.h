// Request path: which file under the preview site a URL path names, if any may be served.
#pragma once

#include <string>

namespace press::serve {

struct ResolvedRequest {
  enum class Kind {
    file,              // `file` is the path to send
    folder_redirect,   // a folder named without its final "/": redirect to `path` + "/"
    not_found,         // nothing there, or a path that may not be served
  };
  Kind kind = Kind::not_found;
  std::string file;
};

/// Resolves the (already percent-decoded) path of a request against `site_dir`. Only regular
/// files that really lie under the site folder are served: a path with a NUL or other control
/// character, a backslash, or a "." or ".." segment is refused, and so is a file whose real
/// path (symbolic links followed) leads out of the folder. A folder serves its index.html.
ResolvedRequest resolve_request_path(const std::string& site_dir, const std::string& path);

}  // namespace press::serve
