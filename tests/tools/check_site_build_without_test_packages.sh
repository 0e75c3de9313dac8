#!/usr/bin/env bash
# Configures press the way `make site` does, in a scratch folder, with every library that only
# the tests use hidden from CMake: fails if building the site ever needs a test-only package
# again. Configuring is where a package is looked for and where each target's libraries are
# resolved; compiling again would prove nothing more (the headers stay installed, and the main
# build already links press without libzip or Catch2) and took three minutes of both cores.
# Usage: check_site_build_without_test_packages.sh SOURCE_DIR SCRATCH_DIR
set -euo pipefail
source_dir=$1
scratch=$2
rm -rf "$scratch"
mkdir -p "$scratch"

# Catch2 is a CMake package: CMake's own switch hides it. libzip comes through pkg-config: a
# pkg-config that answers "not found" for it hides it.
hidden_pkg_config_modules="libzip"
cat > "$scratch/pkg-config" <<SCRIPT
#!/bin/sh
for argument in "\$@"; do
  for hidden in $hidden_pkg_config_modules; do
    case "\$argument" in "\$hidden"|"\$hidden "*|"\$hidden>"*|"\$hidden="*) exit 1 ;; esac
  done
done
exec $(command -v pkg-config) "\$@"
SCRIPT
chmod +x "$scratch/pkg-config"

# A make started by ctest inside `make test` must not join the outer make's job server.
unset MAKEFLAGS MFLAGS MAKELEVEL
make -C "$source_dir" --no-print-directory press-configure BUILD_DIR="$scratch/build" \
  PRESS_CMAKE_FLAGS="-DCMAKE_DISABLE_FIND_PACKAGE_Catch2=TRUE -DPKG_CONFIG_EXECUTABLE=$scratch/pkg-config"
link_line="$scratch/build/CMakeFiles/press.dir/link.txt"
[ -f "$link_line" ] || { echo "the site's build has no press target" >&2; exit 1; }
if grep -Eiq 'catch2|libzip|-lzip' "$link_line"; then
  echo "press links a test-only library: $(cat "$link_line")" >&2
  exit 1
fi
if [ -e "$scratch/build/tests" ]; then
  echo "the site's build configured the tests: it must not" >&2
  exit 1
fi
echo "press configures with no test-only package"
