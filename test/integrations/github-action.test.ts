/**
 * The composite GitHub Action (action.yml) run here as a runner would: its `uses:` steps are checked
 * for pinning (they need GitHub), and its shell steps are extracted and executed with bash, with the
 * environment the runner would set (`env:` expressions evaluated from the inputs, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, the action's own folder), on a fixture repository.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';

const repo = path.resolve(__dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-lint-action-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Step { name: string; id?: string; uses?: string; with?: Record<string, string>; run?: string; shell?: string; env?: Record<string, string>; if?: string }
const action = parse(fs.readFileSync(path.join(repo, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
};

const KEY_AUTH = 'from openai import AzureOpenAI\n\nclient = AzureOpenAI(\n    api_key="not-a-real-key",\n    azure_endpoint="https://contoso.openai.azure.com",\n    api_version="2024-10-21",\n)\n';

/** Evaluates the `${{ … }}` expressions our steps use: inputs.*, github.action_path, steps.<id>.outputs.*. */
function evaluate(text: string, ctx: { inputs: Record<string, string>; steps: Record<string, Record<string, string>> }): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    let m: RegExpMatchArray | null;
    if ((m = expr.match(/^inputs\.([\w-]+)$/))) return ctx.inputs[m[1]] ?? '';
    if (expr === 'github.action_path') return repo;
    if ((m = expr.match(/^steps\.([\w-]+)\.outputs\.([\w-]+)$/))) return ctx.steps[m[1]]?.[m[2]] ?? '';
    throw new Error(`expression not supported by the test: ${expr}`);
  });
}

/** Runs every shell step in order, as a composite action does; returns exit code, outputs and summary. */
function runAction(workspace: string, given: Record<string, string>) {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? v.default ?? '']));
  const steps: Record<string, Record<string, string>> = {};
  const summary = path.join(tmp, `summary-${Math.random().toString(36).slice(2)}.md`);
  fs.writeFileSync(summary, '');
  const log: string[] = [];
  for (const step of action.runs.steps) {
    if (step.uses) continue;
    const output = path.join(tmp, `output-${Math.random().toString(36).slice(2)}`);
    fs.writeFileSync(output, '');
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(String(v), { inputs, steps })]));
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
      cwd: workspace,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: workspace, CI: 'true', ...stepEnv },
    });
    log.push(r.stdout, r.stderr);
    if (step.id) {
      steps[step.id] = Object.fromEntries(fs.readFileSync(output, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    }
    if (r.status !== 0) return { status: r.status, failedStep: step.name, steps, summary: fs.readFileSync(summary, 'utf8'), log: log.join('') };
  }
  return { status: 0, failedStep: undefined, steps, summary: fs.readFileSync(summary, 'utf8'), log: log.join('') };
}

function fixture(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'ws-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  for (const [p, t] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), t);
  }
  git('add', '.');
  git('commit', '-qm', 'base');
  return dir;
}

describe('GitHub Action (action.yml)', () => {
  before(() => {
    if (!fs.existsSync(path.join(repo, 'dist', 'cli.js'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repo });
  });

  it('is a composite action with the documented inputs, a pinned Node and pinned third-party actions', () => {
    assert.equal(action.runs.using, 'composite');
    assert.deepEqual(Object.keys(action.inputs).sort(), ['baseline', 'changed-since', 'fail-level', 'paths', 'sarif-file', 'upload-sarif']);
    const uses = action.runs.steps.filter((s) => s.uses).map((s) => s.uses!);
    assert.ok(uses.some((u) => u.startsWith('actions/setup-node@')));
    assert.ok(uses.some((u) => u.startsWith('github/codeql-action/upload-sarif@')));
    for (const u of uses) assert.match(u, /@[0-9a-f]{40}$/, `${u} is pinned to a commit`);
    const node = action.runs.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))!;
    assert.match(String(node.with?.['node-version']), /^\d+\.\d+\.\d+$/, 'an exact Node version');
    // Inputs reach scripts only through env (no ${{ }} inside run: no script injection).
    for (const s of action.runs.steps) if (s.run) assert.doesNotMatch(s.run, /\$\{\{/, s.name);
  });

  it('fails on a key-auth finding, writes the job summary table and the SARIF file, and uploads it when asked', () => {
    const ws = fixture({ 'src/app.py': KEY_AUTH, 'src/ok.py': 'print(1)\n' });
    const r = runAction(ws, { 'sarif-file': 'results/aoai-lint.sarif' });
    assert.equal(r.status, 1, r.log);
    assert.equal(r.failedStep, 'Fail on findings');
    assert.equal(r.steps.lint['exit-code'], '1');
    assert.equal(r.steps.lint['sarif-file'], 'results/aoai-lint.sarif');
    assert.match(r.summary, /^## AOAI Security Lint\n/);
    assert.match(r.summary, /\| \[AOAI201\]\([^)]+\) \| py-azure-openai-client-key-auth \| warning \| 1 \|/);
    assert.doesNotMatch(r.summary + r.log, /not-a-real-key/);
    const sarif = JSON.parse(fs.readFileSync(path.join(ws, 'results/aoai-lint.sarif'), 'utf8'));
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'src/app.py');
    assert.ok(sarif.runs[0].results[0].partialFingerprints['aoaiLint/v1']);
    assert.match(r.log, /src\/app\.py\n {2}4:5 {2}warning/, 'the readable report is in the log');
    // The upload step runs when a SARIF file was written (and not when the input is empty).
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    assert.match(upload.if!, /inputs\.sarif-file != ''/);
    assert.match(upload.if!, /always\(\)/, 'uploads even though the lint step found problems');
    assert.equal(upload.with?.sarif_file, '${{ inputs.sarif-file }}');
  });

  it('passes with a baseline holding the old finding, and with fail-level error', () => {
    const ws = fixture({ 'src/app.py': KEY_AUTH });
    execFileSync(process.execPath, [path.join(repo, 'bin', 'aoai-lint.js'), '--write-baseline', '.aoai-lint-baseline.json'], { cwd: ws, stdio: 'pipe' });
    const r = runAction(ws, { baseline: '.aoai-lint-baseline.json' });
    assert.equal(r.status, 0, r.log);
    assert.equal(r.steps.lint['exit-code'], '0');
    assert.match(r.log, /1 finding in the baseline hidden/);
    assert.equal(runAction(ws, { 'fail-level': 'error' }).status, 0);
    assert.equal(runAction(ws, { 'fail-level': 'none' }).status, 0);
  });

  it('changed-since lints only what changed; a mistyped path fails the job with exit 2', () => {
    const ws = fixture({ 'old.py': KEY_AUTH });
    fs.writeFileSync(path.join(ws, 'new.py'), 'print(1)\n');
    const r = runAction(ws, { 'changed-since': 'HEAD', paths: '.' });
    assert.equal(r.status, 0, r.log);
    assert.match(r.summary, /No problems found in 1 file\./);
    const typo = runAction(ws, { paths: 'srcc' });
    assert.equal(typo.status, 2);
    assert.match(typo.log, /no such file or directory: srcc/);
  });

  it('takes several paths separated by spaces or new lines', () => {
    const ws = fixture({ 'a/app.py': KEY_AUTH, 'b/app.py': KEY_AUTH, 'c/app.py': KEY_AUTH });
    const r = runAction(ws, { paths: 'a\nb', 'fail-level': 'none' });
    assert.equal(r.status, 0);
    assert.match(r.summary, /in 2 files scanned/);
  });
});
