#!/usr/bin/env node
// The same suite through @vscode/test-electron's runTests, unchanged, with code-shim.sh as the
// "VS Code executable" (on a machine with internet, drop vscodeExecutablePath to use desktop VS Code).
// usage: node test-electron.mjs WORKSPACE_DIR     (env: CODE_SERVER, NODE24, AOAI_LINT_SERVER_MODULE)
import path from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
try {
  await runTests({
    vscodeExecutablePath: path.join(root, 'scripts/e2e/code-shim.sh'),
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/e2e/index.js'),
    launchArgs: [path.resolve(process.argv[2])],
  });
  console.log('runTests resolved');
} catch (e) {
  console.error('runTests rejected:', e.message);
  process.exit(1);
}
