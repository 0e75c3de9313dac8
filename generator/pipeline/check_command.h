// press check: every check of a build (content, Markdown, catalogs, terminology, and what
// rendering finds), drafts included, without touching the site: the rendering checks build
// into a folder of their own under the build cache.
#pragma once

#include <iosfwd>
#include <string>

namespace press::pipeline {

/// Loads and checks the project. Exit 0 when clean, 1 on errors, or with `strict`, on warnings
/// too (such as stigmatising terms).
int check_project(const std::string& root, bool strict, std::ostream& out, std::ostream& err);

}  // namespace press::pipeline
