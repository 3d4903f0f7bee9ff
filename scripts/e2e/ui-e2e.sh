#!/usr/bin/env bash
# UI-level smoke test: install the packaged .vsix into a fresh code-server, open a folder, drive the
# workbench DOM in headless Chromium (Problems panel → Ctrl+. quick fix → Ctrl+S → file on disk).
# usage: ui-e2e.sh VSIX WORKSPACE_DIR FILE SCREENSHOT_DIR [OTHER_FILE:CODE:LINE:COL ...]    (env: CODE_SERVER, NODE24; optional
#        AOAI_LINT_SERVER_MODULE = a server bundle with test-only rules; PORT, default a free one)
set -euo pipefail
: "${CODE_SERVER:?}" "${NODE24:?}"
VSIX="$1"; WS="$2"; FILE="$3"; SHOTS="$4"; shift 4
PORT="${PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
T=$(mktemp -d /tmp/cs-ui-XXXXXX)
mkdir -p "$T/ud/User"
cat > "$T/ud/User/settings.json" <<'JSON'
{ "workbench.startupEditor": "none", "security.workspace.trust.enabled": false, "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false, "telemetry.telemetryLevel": "off", "workbench.enableExperiments": false,
  "update.mode": "none", "chat.disableAIFeatures": true, "git.enabled": false, "aoaiLint.scanOnStartup": "off" }
JSON
export PATH="$NODE24:$PATH" XDG_CONFIG_HOME="$T/xdg" XDG_DATA_HOME="$T/xdg" XDG_CACHE_HOME="$T/xdg"
"$CODE_SERVER" --user-data-dir "$T/ud" --extensions-dir "$T/ext" --install-extension "$VSIX"
"$CODE_SERVER" --auth none --bind-addr 127.0.0.1:$PORT --disable-telemetry --disable-update-check \
  --disable-workspace-trust --user-data-dir "$T/ud" --extensions-dir "$T/ext" > "$T/code-server.log" 2>&1 &
CS_PID=$!
trap 'kill $CS_PID 2>/dev/null || true; wait $CS_PID 2>/dev/null || true; rm -rf "$T"' EXIT
for i in $(seq 1 100); do curl -sf -o /dev/null http://127.0.0.1:$PORT/healthz && break; sleep 0.1; done
PATH="${PATH#$NODE24:}" node "$(dirname "$0")/drive-ui.mjs" http://127.0.0.1:$PORT "$WS" "$FILE" "$SHOTS" "$@"
