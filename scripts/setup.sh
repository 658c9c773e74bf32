#!/usr/bin/env bash
# Installs what the tests need to run on a machine without a GPU:
# - Mesa's lavapipe Vulkan driver (a CPU implementation of Vulkan, which Dawn, behind the
#   `webgpu` npm package, uses as its adapter);
# - Debian's chromium (and a font for legible screenshots), which the browser demo's
#   end-to-end test drives headless through playwright-core (no browser download);
# - Debian's haproxy, the load balancer in front of `ranetc serve` replicas that the replica
#   test starts (deploy/haproxy.cfg).
#
# bookworm ships Mesa 22.3, whose lavapipe is too old for Dawn (no adapter is offered), so
# mesa-vulkan-drivers comes from bookworm-backports (Mesa 25.x). The backports source is
# written beside the machine's own Debian source, with the same mirror URI and Signed-By
# key, in whichever format that source uses (deb822 `.sources` or one-line `.list`).
#
# Idempotent and non-interactive: safe to run as root in CI (CI=true, no stdin) and fast on
# a second run, which only checks what is installed.
set -euo pipefail

readonly MIN_MESA_MAJOR=25
readonly SUITE=bookworm-backports
readonly PKG=mesa-vulkan-drivers

log() { printf 'setup: %s\n' "$*" >&2; }
die() {
  printf 'setup: error: %s\n' "$*" >&2
  exit 1
}

installed_major() {
  local v
  v=$(dpkg-query -W -f='${db:Status-Status} ${Version}' "$PKG" 2>/dev/null || true)
  case "$v" in
    'installed '*) v=${v#installed }; v=${v#*:}; printf '%s' "${v%%.*}" ;;
    *) printf '0' ;;
  esac
}

# Packages from the machine's own suite: chromium and a font so that pages render text in
# screenshots, haproxy, and the GL dispatch library that the GPU check packs beside the Vulkan
# loader (the NVIDIA Vulkan driver links to it).
readonly APT_PKGS=(chromium fonts-dejavu-core haproxy libglvnd0)

missing_apt_pkgs() {
  local p
  for p in "${APT_PKGS[@]}"; do
    dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || printf '%s ' "$p"
  done
}

need_mesa=1
if [ "$(installed_major)" -ge "$MIN_MESA_MAJOR" ]; then
  log "$PKG $(dpkg-query -W -f='${Version}' "$PKG") already installed"
  need_mesa=0
fi
apt_missing=$(missing_apt_pkgs)
if [ "$need_mesa" -eq 0 ] && [ -z "$apt_missing" ]; then
  log "${APT_PKGS[*]} already installed, nothing to do"
  exit 0
fi

[ "$(id -u)" -eq 0 ] || die "run as root (or with sudo): it writes /etc/apt/sources.list.d and installs packages"
command -v apt-get >/dev/null || die "apt-get not found: this script supports Debian bookworm only"
. /etc/os-release
[ "${VERSION_CODENAME:-}" = bookworm ] ||
  die "this script supports Debian bookworm only (found '${VERSION_CODENAME:-unknown}'); install Mesa >= $MIN_MESA_MAJOR lavapipe another way"

export DEBIAN_FRONTEND=noninteractive

# Find the machine's Debian source: first a deb822 file or stanza listing the `bookworm`
# suite from a .../debian URI, then a one-line `deb ... bookworm main` entry.
write_backports_source() {
  local dir=/etc/apt/sources.list.d
  if grep -qs -E "^[^#]*[[:space:]]${SUITE}([[:space:]]|$)" "$dir"/*.sources "$dir"/*.list /etc/apt/sources.list; then
    log "a $SUITE source already exists"
    return
  fi

  local f uri key
  for f in "$dir"/*.sources; do
    [ -f "$f" ] || continue
    uri='' key=''
    # Print "URI KEY" of the first stanza with Suites containing bookworm and a /debian URI.
    read -r uri key < <(awk '
      function flush() {
        if (suites ~ /(^| )bookworm( |$)/ && uris ~ /\/debian\/?$/ && !done) { print uris, key; done = 1 }
        suites = ""; uris = ""; key = ""
      }
      /^[[:space:]]*$/ { flush(); next }
      /^Suites:/ { sub(/^Suites:[[:space:]]*/, ""); suites = $0 }
      /^URIs:/ { uris = $2 }
      /^Signed-By:/ { key = $2 }
      END { flush() }
    ' "$f") || true
    if [ -n "${uri:-}" ]; then
      local out="$dir/debian-backports.sources"
      log "writing $out (URI $uri, key ${key:-none}, modelled on $f)"
      {
        echo "Types: deb"
        echo "URIs: $uri"
        echo "Suites: $SUITE"
        echo "Components: main"
        [ -n "${key:-}" ] && echo "Signed-By: $key"
      } >"$out"
      return
    fi
  done

  local line
  line=$(grep -hs -E '^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?[^[:space:]]+/debian/?[[:space:]]+bookworm[[:space:]]' \
    "$dir"/*.list /etc/apt/sources.list | head -n1 || true)
  if [ -n "$line" ]; then
    local out="$dir/debian-backports.list"
    # Keep the options ([signed-by=...]) and URI, replace the suite and components.
    line=$(sed -E 's/^(deb[[:space:]]+(\[[^]]*\][[:space:]]+)?[^[:space:]]+)[[:space:]]+bookworm[[:space:]].*/\1 '"$SUITE"' main/' <<<"$line")
    log "writing $out: $line"
    echo "$line" >"$out"
    return
  fi

  die "no Debian bookworm source found in $dir or /etc/apt/sources.list to model $SUITE on"
}

start=$(date +%s)
[ "$need_mesa" -eq 1 ] && write_backports_source
log "apt-get update"
apt-get update -q

if [ "$need_mesa" -eq 1 ]; then
  log "apt-get install -t $SUITE $PKG"
  apt-get install -y -q --no-install-recommends -t "$SUITE" "$PKG" libvulkan1
  [ "$(installed_major)" -ge "$MIN_MESA_MAJOR" ] ||
    die "$PKG $(dpkg-query -W -f='${Version}' "$PKG" 2>/dev/null) installed, but Dawn needs Mesa >= $MIN_MESA_MAJOR"
  log "installed $PKG $(dpkg-query -W -f='${Version}' "$PKG")"
fi

if [ -n "$apt_missing" ]; then
  log "apt-get install $apt_missing"
  # shellcheck disable=SC2086 # a list of package names
  apt-get install -y -q --no-install-recommends $apt_missing
  [ -x /usr/bin/chromium ] || die "chromium installed, but /usr/bin/chromium is missing"
  command -v haproxy >/dev/null || die "haproxy installed, but it is not on PATH"
  log "installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
fi
log "done in $(($(date +%s) - start)) s"
