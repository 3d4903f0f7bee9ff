#!/bin/sh
# Stand-in "VS Code executable" for @vscode/test-electron's vscodeExecutablePath (desktop VS Code cannot
# be downloaded here): translates its CLI arguments into run-vscode-tests.mjs (code-server + headless chromium).
ws=""; dev=""; tests=""
for a in "$@"; do
  case "$a" in
    --extensionDevelopmentPath=*) dev="${a#*=}" ;;
    --extensionTestsPath=*) tests="${a#*=}" ;;
    -*) ;;                      # electron / desktop-only flags: ignored
    *) ws="$a" ;;               # positional: folder to open
  esac
done
exec node "$(dirname "$0")/run-vscode-tests.mjs" --extensionDevelopmentPath "$dev" --extensionTestsPath "$tests" ${ws:+--workspace "$ws"}
