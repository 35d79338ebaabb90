# Shared helpers of the bin/ scripts. Source it; do not run it.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PAYARA_MICRO_JAR="$ROOT/platform-war/target/payara-micro.jar"
PLATFORM_WAR="$ROOT/platform-war/target/psarchive.war"

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "need root to run: $* (run as root or install sudo)"; fi
}

APT_UPDATED=
apt_install() {
  command -v apt-get >/dev/null || die "cannot install $* here: no apt-get; install it by hand"
  if [ -z "$APT_UPDATED" ]; then say "apt-get update"; as_root apt-get update -qq; APT_UPDATED=1; fi
  say "installing $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Java 17+ and Maven, installed from Debian's packages when missing.
ensure_build_tools() {
  if ! command -v java >/dev/null || ! java -version 2>&1 | grep -qE 'version "(1[7-9]|[2-9][0-9])'; then
    apt_install openjdk-17-jdk-headless
  fi
  command -v mvn >/dev/null || apt_install maven
}

# The modules that end up in the platform WAR.
PLATFORM_MODULES=(archive-ejb snmp-collector registry-war platform-war)

# True when the platform WAR is missing or older than the parent POM or a source of its modules.
platform_needs_build() {
  [ -f "$PLATFORM_WAR" ] && [ -f "$PAYARA_MICRO_JAR" ] || return 0
  local module
  [ "$ROOT/pom.xml" -nt "$PLATFORM_WAR" ] && return 0
  for module in "${PLATFORM_MODULES[@]}"; do
    [ -n "$(find "$ROOT/$module/pom.xml" "$ROOT/$module/src/main" -newer "$PLATFORM_WAR" -type f -print -quit 2>/dev/null)" ] \
      && return 0
  done
  return 1
}
