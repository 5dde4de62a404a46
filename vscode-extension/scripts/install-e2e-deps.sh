#!/usr/bin/env bash
# Installs the Debian packages the end-to-end tests need:
#  - a C/C++ toolchain and headers for the native modules of code-server and
#    of the Theia application (keytar, drivelist, @theia/ffmpeg),
#  - unzip, which unpacks the .vsix as a Theia plugin,
#  - Chromium, driven headless by playwright-core,
#  - Neovim, whose built-in LSP client is the second editor under test,
#  - a JDK 17+ to run the language server (skipped when `java` 17+ is present).
# Idempotent: packages already installed are left as they are.
# Runs as root in CI; elsewhere it uses sudo when it is not root.
set -euo pipefail

packages=(
  build-essential pkg-config python3
  libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev
  unzip
  chromium fonts-liberation
  neovim
)

java_major() {
  command -v java >/dev/null 2>&1 || { echo 0; return; }
  java -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9.]*\).*/\1/p' \
    | sed 's/^1\.//; s/\..*//' | head -n 1
}
if [ "$(java_major)" -lt 17 ] 2>/dev/null || [ -z "$(java_major)" ]; then
  packages+=(openjdk-17-jdk-headless)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-e2e-deps: all packages are installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

echo "install-e2e-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# Runs apt-get, waiting up to five minutes for a dpkg lock that another
# apt-get holds; on failure says why, in words, before its exit status.
apt() {
  local status=0
  $SUDO apt-get -o DPkg::Lock::Timeout=300 "$@" 2>"$log" || status=$?
  cat "$log" >&2
  if [ "$status" -ne 0 ]; then
    echo "install-e2e-deps: \`apt-get $1\` failed with exit status $status." >&2
    if grep -qiE 'could not get lock|unable to acquire the dpkg|lock-frontend' "$log"; then
      echo "install-e2e-deps: the dpkg lock is held by another package manager (another apt-get, or unattended upgrades); wait for it to finish and run the build again." >&2
    elif grep -qiE 'unable to locate package|has no installation candidate' "$log"; then
      echo "install-e2e-deps: a package is not in the configured Debian sources; run \`apt-get update\` or check /etc/apt/sources.list." >&2
    elif grep -qiE 'temporary failure|could not resolve|failed to fetch' "$log"; then
      echo "install-e2e-deps: the Debian mirror could not be reached." >&2
    elif [ "$(id -u)" -ne 0 ] && [ -z "$SUDO" ]; then
      echo "install-e2e-deps: installing packages needs root." >&2
    else
      echo "install-e2e-deps: see apt-get's messages above; install the packages by hand: ${missing[*]}" >&2
    fi
    exit "$status"
  fi
}
apt update
apt install -y --no-install-recommends "${missing[@]}"
