/**
 * The Mocha entry the VS Code extension host loads (`extensionTestsPath`): the same `run()`
 * contract as @vscode/test-electron. Writes {passed, failed} to $VSCODE_E2E_RESULTS for the harness.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, grep: process.env.AOAI_E2E_GREP || undefined });
  for (const f of fs.readdirSync(path.join(__dirname, 'suite')).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, 'suite', f));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => (failures ? reject(new Error(`${failures} tests failed.`)) : resolve()));
    runner.on('end', () => {
      if (process.env.VSCODE_E2E_RESULTS) {
        fs.writeFileSync(
          process.env.VSCODE_E2E_RESULTS,
          JSON.stringify({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0, pending: runner.stats?.pending ?? 0 }),
        );
      }
    });
  });
}
