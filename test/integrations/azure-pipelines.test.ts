/**
 * The Azure Pipelines steps template (templates/aoai-lint.yml): its bash step is extracted and run
 * with the environment the agent would give it (template parameters expanded, the staging-folder
 * macro set) on a fixture repository; the publish step is checked to ship the SARIF folder even when
 * the lint step failed.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';

const repo = path.resolve(__dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-lint-azp-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Step { bash?: string; task?: string; publish?: string; artifact?: string; condition?: string; env?: Record<string, string>; inputs?: Record<string, string> }
const template = parse(fs.readFileSync(path.join(repo, 'templates/aoai-lint.yml'), 'utf8')) as {
  parameters: { name: string; default: string }[];
  steps: Step[];
};

function expand(text: string, params: Record<string, string>, staging: string): string {
  return text
    .replace(/\$\{\{\s*parameters\.(\w+)\s*\}\}/g, (_, p: string) => {
      assert.ok(p in params, `parameter ${p} is declared`);
      return params[p];
    })
    .replace(/\$\(Build\.ArtifactStagingDirectory\)/g, staging);
}

function runTemplate(ws: string, given: Record<string, string>) {
  const params = Object.fromEntries(template.parameters.map((p) => [p.name, String(given[p.name] ?? p.default)]));
  const staging = fs.mkdtempSync(path.join(tmp, 'staging-'));
  const step = template.steps.find((s) => s.bash)!;
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v), params, staging)]));
  const r = spawnSync('bash', ['--noprofile', '--norc', '-c', step.bash!], { cwd: ws, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
  return { status: r.status, out: r.stdout + r.stderr, artifact: path.join(staging, params.artifactName), params, staging };
}

const KEY_AUTH = 'from openai import AzureOpenAI\n\nclient = AzureOpenAI(\n    api_key="not-a-real-key",\n    azure_endpoint="https://contoso.openai.azure.com",\n    api_version="2024-10-21",\n)\n';

describe('Azure Pipelines template', () => {
  before(() => {
    if (!fs.existsSync(path.join(repo, 'dist', 'cli.js'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repo });
  });

  it('fails the step on a finding, leaves SARIF and a Markdown summary in the artifact folder', () => {
    const ws = fs.mkdtempSync(path.join(tmp, 'ws-'));
    fs.writeFileSync(path.join(ws, 'app.py'), KEY_AUTH);
    const r = runTemplate(ws, { cliPath: path.join(repo, 'bin', 'aoai-lint.js') });
    assert.equal(r.status, 1, r.out);
    const sarif = JSON.parse(fs.readFileSync(path.join(r.artifact, 'aoai-lint.sarif'), 'utf8'));
    assert.equal(sarif.runs[0].results[0].ruleId, 'AOAI201');
    assert.match(fs.readFileSync(path.join(r.artifact, 'aoai-lint.md'), 'utf8'), /\| \[AOAI201\]/);
    assert.match(r.out, new RegExp(`##vso\\[task\\.uploadsummary\\]${r.artifact.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/aoai-lint\\.md`));
    assert.doesNotMatch(r.out, /not-a-real-key/);
    const publish = template.steps.find((s) => s.publish)!;
    assert.equal(expand(publish.publish!, r.params, r.staging), r.artifact);
    assert.equal(publish.condition, 'succeededOrFailed()');
    assert.equal(publish.artifact, '${{ parameters.artifactName }}');
    assert.equal(r.params.artifactName, 'CodeAnalysisLogs');
  });

  it('passes with failLevel none or on a clean tree; a pinned Node is set up first', () => {
    const ws = fs.mkdtempSync(path.join(tmp, 'ws-'));
    fs.writeFileSync(path.join(ws, 'app.py'), KEY_AUTH);
    assert.equal(runTemplate(ws, { cliPath: path.join(repo, 'bin', 'aoai-lint.js'), failLevel: 'none' }).status, 0);
    fs.writeFileSync(path.join(ws, 'app.py'), 'print(1)\n');
    assert.equal(runTemplate(ws, { cliPath: path.join(repo, 'bin', 'aoai-lint.js') }).status, 0);
    const node = template.steps[0];
    assert.equal(node.task, 'UseNode@1');
    assert.match(String(template.parameters.find((p) => p.name === 'nodeVersion')!.default), /^\d+\.\d+\.\d+$/);
  });
});
