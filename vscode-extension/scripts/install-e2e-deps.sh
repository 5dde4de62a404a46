#!/usr/bin/env bash
# Installs the Debian packages the end-to-end tests need:
#  - a C/C++ toolchain and headers for code-server's native modules,
#  - Chromium, driven headless by playwright-core,
#  - Neovim, whose built-in LSP client is the second editor under test,
#  - a JDK 17+ to run the language server (skipped when `java` 17+ is present).
# Idempotent: packages already installed are left as they are.
# Runs as root in CI; elsewhere it uses sudo when it is not root.
set -euo pipefail

packages=(
  build-essential pkg-config python3
  libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev
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
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
