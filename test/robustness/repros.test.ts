/**
 * Inputs that once hung the engine, exhausted its memory, made a fix loop, overflowed the stack or
 * reported a range past the end of the file (test/fixtures/robustness/). Each is linted and fixed
 * in a worker with a generous cap: the cap catches a hang, it does not measure speed.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import type { RobustnessSummary } from './robustness-check';

const dir = path.resolve(__dirname, '../fixtures/robustness');
/** Far above any real run (a few hundred ms); only a hang or a runaway reaches it. */
const HANG_CAP_MS = 120_000;

function inWorker(file: string): Promise<RobustnessSummary> {
  return new Promise((resolve, reject) => {
    // A worker does not inherit the tsx loader: register it, then load the TypeScript worker.
    const boot = `require('tsx/cjs/api').register(); require(${JSON.stringify(path.join(__dirname, 'lint-worker.ts'))});`;
    const worker = new Worker(boot, { eval: true, workerData: { path: file, text: fs.readFileSync(file, 'utf8') } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`no answer after ${HANG_CAP_MS} ms`));
    }, HANG_CAP_MS);
    worker.once('message', (m: { ok: boolean; summary?: RobustnessSummary; error?: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (m.ok) resolve(m.summary!);
      else reject(new Error(m.error));
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** What each input gives now: findings (with no fix offered on broken syntax) or a notice. */
const EXPECTED: Record<string, { findings?: number; notice?: RegExp; fixPasses?: number }> = {
  'arm-nested-thousands-deep.json': { findings: 0, notice: /^Cannot parse: json: nested deeper than 256 levels$/ },
  'arm-truncated-one-line.json': { findings: 1, fixPasses: 0 },
  'arm-truncated-template.json': { findings: 1, fixPasses: 0 },
  'bicep-array-closed-by-brace.bicep': { findings: 2, fixPasses: 0 },
  'bicep-object-closed-by-bracket.bicep': { findings: 2, fixPasses: 0 },
  'bicep-stray-bracket-after-brace.bicep': { findings: 0 },
  'bicep-unclosed-nested-object.bicep': { findings: 2, fixPasses: 0 },
  'notebook-nested-thousands-deep.ipynb': { findings: 0, notice: /^Cannot parse: json: nested deeper than 256 levels$/ },
  'notebook-unclosed-client-call.ipynb': { findings: 1, fixPasses: 0 },
  'python-langchain-unclosed-call.py': { findings: 1, fixPasses: 0 },
  'python-llamaindex-unterminated-string.py': { findings: 1, fixPasses: 0 },
  'python-unclosed-client-call.py': { findings: 1, fixPasses: 0 },
  'terraform-unclosed-resource-block.tf': { findings: 2, fixPasses: 0 },
  'yaml-flow-map-unterminated.yml': { findings: 1 },
};

describe('inputs that once broke the engine finish with findings or a notice', () => {
  for (const name of fs.readdirSync(dir).sort()) {
    it(name, async () => {
      const s = await inWorker(path.join(dir, name));
      assert.deepEqual(s.internalErrors, [], 'no internal error');
      assert.deepEqual(s.outOfRange, [], 'every range inside the file');
      assert.deepEqual(s.duplicated, [], 'no fix writes its text twice');
      assert.deepEqual(s.fixNotices, [], 'no fix loop to stop');
      // Runaway inputs may be skipped on a slow machine: then exactly one notice says so.
      const skipped = s.notices.some((n) => /^Skipped: took longer than \d+ ms\.$/.test(n));
      if (skipped) assert.equal(s.findings, 0);
      assert.ok(s.findings <= 5, `bounded findings (${s.findings})`);
      const expected = EXPECTED[name];
      if (expected && !skipped) {
        if (expected.findings !== undefined) assert.equal(s.findings, expected.findings);
        if (expected.notice) assert.ok(s.notices.some((n) => expected.notice!.test(n)), s.notices.join('; '));
        if (expected.fixPasses !== undefined) assert.equal(s.passes, expected.fixPasses, 'no fix applied on unfinished syntax');
      }
    });
  }
});
