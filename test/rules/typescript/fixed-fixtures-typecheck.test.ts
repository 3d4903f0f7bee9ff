/**
 * Fixes must compile: every TypeScript/JavaScript fixture is type-checked against the installed
 * `openai`, `@azure/identity`, `@azure-rest/ai-inference` and `@azure/core-auth` packages before and
 * after applying every fix (unsafe included). The copies live in the gitignored test/.tmp so that
 * module resolution finds the repository's node_modules.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Engine } from '../../../engine/engine';
import { DEFAULT_TOKEN_SCOPE } from '../../../engine/config';
import { fixToFixpoint } from '../../../engine/fixes';
import { typescriptRules } from '../../../rules/typescript';
import { MemoryWorkspace } from '../../helpers/rule-tester';

const root = path.resolve(__dirname, '../../..');
const fixtures = path.join(root, 'test', 'fixtures', 'typescript');
const work = path.join(root, 'test', '.tmp', `ts-fixes-${process.pid}`);
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: true,
    // Fixes must not leave dead constants or imports behind: they would break such builds.
    noUnusedLocals: true,
    noEmit: true,
    skipLibCheck: true,
    allowJs: true,
    checkJs: true,
    types: ['node'],
  },
  include: ['**/*'],
};

/** Runs tsc on a directory; returns its diagnostics (empty when the code compiles). */
function typecheck(dir: string): string {
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  const r = spawnSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' });
  return r.status === 0 ? '' : `${r.stdout}${r.stderr}`.trim() || `tsc exited with ${r.status}`;
}

describe('TypeScript fixes type-check against the real SDKs', () => {
  const engine = new Engine(typescriptRules);
  const names = fs.readdirSync(fixtures).filter((f) => /\.(?:[cm]?ts|[cm]?js)$/.test(f));
  const fixed = new Map<string, string>();

  before(async () => {
    await engine.init();
    fs.mkdirSync(path.join(work, 'before'), { recursive: true });
    fs.mkdirSync(path.join(work, 'after'), { recursive: true });
    for (const name of names) {
      const text = fs.readFileSync(path.join(fixtures, name), 'utf8');
      fs.writeFileSync(path.join(work, 'before', name), text);
      const outcome = fixToFixpoint(engine, path.join(fixtures, name), text, { settings: { tokenScope: DEFAULT_TOKEN_SCOPE }, workspace: new MemoryWorkspace() }, 'unsafe');
      fixed.set(name, outcome.text);
      fs.writeFileSync(path.join(work, 'after', name), outcome.text);
    }
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('has fixtures', () => assert.ok(names.length >= 5, names.join(', ')));

  it('fixtures compile before fixing (they are realistic code)', () => {
    assert.equal(typecheck(path.join(work, 'before')), '');
  });

  it('every fixture has a key-auth finding and its fix removes every client finding', () => {
    for (const name of names) {
      const text = fixed.get(name)!;
      assert.notEqual(text, fs.readFileSync(path.join(fixtures, name), 'utf8'), `${name} was not fixed`);
      const remaining = engine.lint(path.join(fixtures, name), text, { settings: { tokenScope: DEFAULT_TOKEN_SCOPE }, workspace: new MemoryWorkspace() });
      const clientFindings = remaining.findings.filter((f) => ['AOAI101', 'AOAI102', 'AOAI103', 'AOAI104'].includes(f.code));
      assert.deepEqual(clientFindings.map((f) => `${name}:${f.range.start.line + 1} ${f.code}`), []);
      assert.match(text, /from ["']@azure\/identity["']|require\(["']@azure\/identity["']\)/, `${name} imports @azure/identity`);
    }
  });

  it('fixed fixtures compile', () => {
    assert.equal(typecheck(path.join(work, 'after')), '');
  });
});
