/**
 * The pre-commit hook (.pre-commit-hooks.yaml) under Debian's real `pre-commit`, in a temporary git
 * repository: a staged file with key auth blocks the commit, a clean one passes.
 *
 * Two ways of installing the hook:
 * - always: a `repo: local` hook with our manifest's name, `files` and `exclude`, running this work
 *   tree's built CLI (`language: system`): offline and fast, and it tests what the hook matches;
 * - with AOAI_PRE_COMMIT_NODE_INSTALL=1 (.ci/run sets it): the hook exactly as users get it,
 *   `language: node` from a git clone of this work tree, which pre-commit installs with npm
 *   (npm install from the registry, npm pack running our prepack build, npm install -g).
 * The test is skipped only when `pre-commit` is not installed and AOAI_REQUIRE_PRE_COMMIT is unset.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';

const repo = path.resolve(__dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-lint-precommit-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const skip = !hasPreCommit && !process.env.AOAI_REQUIRE_PRE_COMMIT ? 'pre-commit is not installed (apt-get install pre-commit)' : false;

const KEY_AUTH = 'from openai import AzureOpenAI\n\nclient = AzureOpenAI(\n    api_key="not-a-real-key",\n    azure_endpoint="https://contoso.openai.azure.com",\n    api_version="2024-10-21",\n)\n';
const CLEAN = 'from openai import AzureOpenAI\n\nclient = AzureOpenAI(azure_ad_token_provider=provider, azure_endpoint="https://contoso.openai.azure.com", api_version="2024-10-21")\n';

const env = { ...process.env, PRE_COMMIT_HOME: path.join(tmp, 'cache'), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

interface Hook { id: string; name: string; entry: string; language: string; files?: string; types?: string[]; exclude: string }
const manifest = (): Hook[] => parse(fs.readFileSync(path.join(repo, '.pre-commit-hooks.yaml'), 'utf8'));

function project(name: string, config: object): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  git(dir, 'init', '-q', '-b', 'main');
  fs.writeFileSync(path.join(dir, '.pre-commit-config.yaml'), JSON.stringify(config, null, 2));
  git(dir, 'add', '.pre-commit-config.yaml');
  git(dir, 'commit', '-qm', 'config', '--no-verify');
  execFileSync('pre-commit', ['install'], { cwd: dir, env, stdio: 'pipe' });
  return dir;
}

function commit(dir: string, files: Record<string, string>) {
  for (const [p, t] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), t);
    git(dir, 'add', p);
  }
  const r = spawnSync('git', ['commit', '-m', 'change'], { cwd: dir, env, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

function checkBlocksAndPasses(dir: string) {
  const blocked = commit(dir, { 'src/app.py': KEY_AUTH });
  assert.notEqual(blocked.status, 0, blocked.output);
  assert.match(blocked.output, /AOAI Security Lint\.+Failed/);
  assert.match(blocked.output, /src\/app\.py/);
  assert.match(blocked.output, /AOAI201/);
  assert.doesNotMatch(blocked.output, /not-a-real-key/, 'the key is never printed');
  // Fix the staged file: now the commit passes.
  const passed = commit(dir, { 'src/app.py': CLEAN });
  assert.equal(passed.status, 0, passed.output);
  assert.match(passed.output, /AOAI Security Lint\.+Passed/);
  // A commit of files the linter does not read (binary, ignore lists) skips the hook (no "no files to lint" error).
  const skipped = commit(dir, { 'logo.png': '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01', '.gitignore': 'dist/\n' });
  assert.equal(skipped.status, 0, skipped.output);
  assert.match(skipped.output, /AOAI Security Lint\.+\(no files to check\)Skipped/);
}

describe('pre-commit hook', { skip }, () => {
  before(() => {
    if (!fs.existsSync(path.join(repo, 'dist', 'cli.js'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repo });
  });

  it('the manifest declares one node hook, aoai-lint, for text files, excluding the ones the linter never reads', async () => {
    const hooks = manifest();
    assert.deepEqual(hooks.map((h) => [h.id, h.language, h.entry]), [['aoai-lint', 'node', 'aoai-lint']]);
    // Every text file is read (any of them can hold a key literal); pre-commit's `types` leaves binaries out.
    assert.deepEqual(hooks[0].types, ['text']);
    const { kindOfPath } = await import('../../engine/file-kinds');
    const files = new RegExp(hooks[0].files ?? '');
    const exclude = new RegExp(hooks[0].exclude);
    const names = ['a.ts', 'a.tsx', 'a.mjs', 'a.py', 'n.ipynb', 'P.cs', 'main.bicep', 'm.bicepparam', 'appsettings.json', 'main.tf', 'x.tfvars', 'policy.xml', 'ci.yml', 'k.yaml', '.env', '.env.local', 'prod.env', 'api.http', 'run.sh', 'types.d.ts', 'lib.min.js', 'README.md', 'Dockerfile', 'a.go', 'App.java', 'run.ps1', 'application.properties', '.gitignore', 'notes.txt'];
    for (const n of names) {
      const matched = files.test(`dir/${n}`) && !exclude.test(`dir/${n}`);
      assert.equal(matched, kindOfPath(`dir/${n}`) !== undefined, n);
    }
  });

  it('a staged key-auth file blocks the commit and a clean one passes (repo: local, the built CLI)', () => {
    const hook = manifest()[0];
    const dir = project('local', {
      repos: [{ repo: 'local', hooks: [{ id: hook.id, name: hook.name, ...(hook.files ? { files: hook.files } : {}), types: hook.types, exclude: hook.exclude, language: 'system', entry: `node ${path.join(repo, 'bin', 'aoai-lint.js')}` }] }],
    });
    checkBlocksAndPasses(dir);
  });

  it('installed by pre-commit with npm as users get it (language: node, from a git clone)', { skip: process.env.AOAI_PRE_COMMIT_NODE_INSTALL ? false : 'set AOAI_PRE_COMMIT_NODE_INSTALL=1 (npm registry, ~3 min)', timeout: 900_000 }, () => {
    // A clone of this work tree with its uncommitted changes committed: what a tagged release holds.
    const clone = path.join(tmp, 'hook-repo');
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repo, encoding: 'utf8' }).split('\0').filter(Boolean);
    fs.mkdirSync(clone);
    git(clone, 'init', '-q', '-b', 'main');
    for (const f of files) {
      if (!fs.existsSync(path.join(repo, f))) continue;
      fs.mkdirSync(path.dirname(path.join(clone, f)), { recursive: true });
      fs.copyFileSync(path.join(repo, f), path.join(clone, f));
    }
    git(clone, 'add', '-A');
    git(clone, 'commit', '-qm', 'release');
    const rev = git(clone, 'rev-parse', 'HEAD').trim();
    const dir = project('node', { repos: [{ repo: clone, rev, hooks: [{ id: 'aoai-lint' }] }] });
    checkBlocksAndPasses(dir);
  });
});
