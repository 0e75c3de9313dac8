# What the sanitizer runs share (sourced by run_sanitized.sh and run_tsan.sh): the sanitizer
# build folder given as $1, the project, a fresh work folder $2 inside that build, and `fail`,
# which notes a failure and lets the run go on to report the rest.
build=$(cd "${1:?sanitizer build folder}" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
project=$(cd "$here/../.." && pwd)
work="$build/${2:?work folder name}"
rm -rf "$work" && mkdir -p "$work"
failed=0
fail() { echo "FAILED: $*"; failed=1; }
