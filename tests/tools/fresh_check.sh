#!/usr/bin/env bash
# The fresh-machine check: a minimal Debian 12 root made with debootstrap, a clean clone of the
# committed tree copied into it, then `make site` and `make test` run inside it as a new user
# would run them, with nothing installed by hand. Prints the time of each. Needs root.
# Usage: fresh_check.sh [ROOT_DIR]   (default /var/tmp/press-fresh-root, made anew)
set -euo pipefail
project=$(cd "$(dirname "$0")/../.." && pwd)
root=${1:-/var/tmp/press-fresh-root}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

[ "$(id -u)" -eq 0 ] || { echo "fresh-check needs root (debootstrap and chroot)" >&2; exit 2; }
"$project/tests/tools/install_packages.sh" debootstrap git

mounted=()
unmount_all() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
}
trap unmount_all EXIT

if mountpoint -q "$root/proc" 2>/dev/null; then echo "$root is in use" >&2; exit 2; fi
rm -rf "$root"
echo "== debootstrap bookworm into $root"
start=$(date +%s)
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 ||
  { tail -20 "$root.debootstrap.log" >&2; exit 1; }
echo "   $(($(date +%s) - start)) s"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# What this kind of machine has before any project runs, and Debian 12 itself does not: the
# network's own certificate authorities (for HTTPS to the npm registry) and Node.js 20 with npm
# (Debian 12's nodejs is 18, too old for the test tools). Nothing of the project's.
if [ -d /usr/local/share/ca-certificates ]; then
  cp -r /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
fi
if command -v node >/dev/null && [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ]; then
  cp "$(command -v node)" "$root/usr/bin/node"
  mkdir -p "$root/usr/lib/node_modules"
  cp -r /usr/lib/node_modules/npm "$root/usr/lib/node_modules/"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/bin/npx"
fi
# The root starts with only make's own prerequisites missing: the Makefile must install the rest.
chroot "$root" apt-get update -q >/dev/null
chroot "$root" apt-get install -y -q --no-install-recommends make ca-certificates >/dev/null
chroot "$root" update-ca-certificates >/dev/null

git clone -q --no-local "$project" "$root/press"
for fs in proc sys dev; do
  mount --rbind "/$fs" "$root/$fs"
  mount --make-rslave "$root/$fs"
  mounted+=("$root/$fs")
done

run_timed() {
  local name=$1
  shift
  echo "== $name"
  local begin
  begin=$(date +%s)
  if chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
      NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt \
      sh -c "cd /press && $*" >"$root.$name.log" 2>&1; then
    echo "   passed in $(($(date +%s) - begin)) s (log: $root.$name.log)"
  else
    echo "   FAILED after $(($(date +%s) - begin)) s; the end of $root.$name.log:" >&2
    tail -40 "$root.$name.log" >&2
    return 1
  fi
}
run_timed make-site make site
test -f "$root/press/site/index.html"
# `make site` must not have needed, nor installed, a package that only the tests use.
if chroot "$root" dpkg-query -W -f='${Status}\n' catch2 libzip-dev chromium 2>/dev/null | grep -q "install ok"; then
  echo "make site installed a test-only package" >&2
  exit 1
fi
run_timed make-test make test
