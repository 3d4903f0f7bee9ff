import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { Engine, type Embedder } from '../../engine/engine';
import { applyFixes, isApplicable } from '../../engine/fixes';
import { kindOfPath } from '../../engine/file-kinds';
import type { Rule, RuleSettings } from '../../engine/rule';
import type { FileKind, Finding, Severity } from '../../engine/types';
import { DEFAULT_TOKEN_SCOPE } from '../../engine/config';
import type { WorkspaceReader } from '../../engine/workspace-reader';
import { WorkspaceFacts } from '../../engine/workspace-facts';
import { allFactExtractors } from '../../rules';

/** An in-memory workspace: path → text. Paths are resolved against `/ws`. */
export class MemoryWorkspace implements WorkspaceReader {
  readonly files = new Map<string, string>();
  constructor(files: Record<string, string> = {}) {
    for (const [p, t] of Object.entries(files)) this.files.set(path.resolve('/ws', p), t);
  }
  readFile(p: string): string | undefined {
    return this.files.get(path.resolve(p));
  }
  listDir(dir: string): string[] {
    const d = path.resolve(dir) + path.sep;
    const out = new Set<string>();
    for (const p of this.files.keys()) if (p.startsWith(d)) out.add(p.slice(d.length).split(path.sep)[0]);
    return [...out];
  }
}

/** What one expected finding must match. Lines and columns are 1-based, as editors show them. */
export interface ExpectedFinding {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Substring or pattern the message must contain/match. */
  message?: string | RegExp;
  severity?: Severity;
  /** The finding's related locations, in order (all of them). `path` is relative to /ws; the file's own when absent. */
  related?: ExpectedRelated[];
}

/** One expected related location: its start (1-based), and optionally its end, message and file. */
export interface ExpectedRelated {
  line: number;
  column: number;
  endColumn?: number;
  message?: string | RegExp;
  path?: string;
}

export interface ValidCase {
  name: string;
  code: string;
  /** File name (decides the kind); defaults to the tester's `path`. */
  path?: string;
  /** Other files of the workspace, relative to /ws. */
  files?: Record<string, string>;
  kind?: FileKind;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /**
   * Text after applying the first applicable fix of every finding (to a fixpoint, unsafe fixes
   * allowed). `null` asserts the rule offers no applicable fix.
   */
  output?: string | null;
  /** Substring every offered fix title must contain (e.g. the role to assign). */
  fixTitle?: string | RegExp;
}

export interface RuleTestOptions {
  /** Default file name for cases without one (relative to /ws). */
  path: string;
  valid: ValidCase[];
  invalid: InvalidCase[];
  embedders?: Embedder[];
  tokenScope?: string;
  /** Other settings from config (`tenantId`, `clientApplicationIds`). */
  settings?: Omit<RuleSettings, 'tokenScope'>;
}

type Defaults = { path: string; embedders?: Embedder[]; tokenScope?: string; settings?: Omit<RuleSettings, 'tokenScope'> };

/** Lints `code` with only `rule` (plus `embedders`), the way the CLI would. */
export function lintWith(rule: Rule, c: ValidCase, defaults: Defaults): Finding[] {
  const engine = new Engine([rule], defaults.embedders ?? []);
  const filePath = path.resolve('/ws', c.path ?? defaults.path);
  const workspace = new MemoryWorkspace({ ...(c.files ?? {}), [path.relative('/ws', filePath)]: c.code });
  // The workspace facts of every file of the case, as the CLI's first pass computes them.
  const facts = new WorkspaceFacts(allFactExtractors);
  for (const [p, t] of workspace.files) facts.update(p, t, p === filePath ? (c.kind ?? kindOfPath(p)) : kindOfPath(p));
  const result = engine.lint(filePath, c.code, { settings: { ...defaults.settings, tokenScope: defaults.tokenScope ?? DEFAULT_TOKEN_SCOPE }, workspace, facts }, c.kind ?? kindOfPath(filePath));
  const internal = result.notices.filter((n) => n.message.startsWith('Internal error'));
  assert.deepEqual(internal, [], 'the rule must not throw');
  return result.findings;
}

/** Applies fixes to a fixpoint with only `rule` (unsafe allowed), as `--fix --unsafe-fixes` does. */
export function fixWith(rule: Rule, c: ValidCase, defaults: Defaults): string {
  let text = c.code;
  for (let pass = 0; pass < 10; pass++) {
    const findings = lintWith(rule, { ...c, code: text }, defaults);
    const fixes = findings.map((f) => f.fixes.find((x) => isApplicable(x.applicability, 'unsafe'))).filter((x) => x !== undefined);
    if (fixes.length === 0) break;
    const next = applyFixes(text, fixes).text;
    if (next === text) break;
    text = next;
  }
  return text;
}

/**
 * Table-style rule tests (typescript-eslint's RuleTester, for node:test): every valid case must
 * produce no finding; every invalid case exactly the listed findings, and the listed fix output.
 */
export function testRule(rule: Rule, options: RuleTestOptions): void {
  const defaults = { path: options.path, embedders: options.embedders, tokenScope: options.tokenScope, settings: options.settings };
  describe(`${rule.meta.code} ${rule.meta.name}`, () => {
    before(() => new Engine([rule], options.embedders ?? []).init());
    for (const c of options.valid) {
      it(`valid: ${c.name}`, () => {
        const findings = lintWith(rule, c, defaults);
        assert.deepEqual(
          findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`),
          [],
          'expected no findings',
        );
      });
    }
    for (const c of options.invalid) {
      it(`invalid: ${c.name}`, () => {
        const findings = lintWith(rule, c, defaults);
        assert.equal(findings.length, c.errors.length, `expected ${c.errors.length} finding(s), got:\n${findings.map((f) => `  ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`).join('\n')}`);
        c.errors.forEach((e, i) => {
          const f = findings[i];
          const actual = { line: f.range.start.line + 1, column: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 };
          assert.equal(actual.line, e.line, `finding ${i}: line`);
          assert.equal(actual.column, e.column, `finding ${i}: column`);
          if (e.endLine !== undefined) assert.equal(actual.endLine, e.endLine, `finding ${i}: endLine`);
          if (e.endColumn !== undefined) assert.equal(actual.endColumn, e.endColumn, `finding ${i}: endColumn`);
          if (e.severity) assert.equal(f.severity, e.severity, `finding ${i}: severity`);
          if (typeof e.message === 'string') assert.ok(f.message.includes(e.message), `finding ${i}: message ${JSON.stringify(f.message)} lacks ${JSON.stringify(e.message)}`);
          else if (e.message) assert.match(f.message, e.message);
          if (e.related) {
            const rel = f.related ?? [];
            assert.equal(rel.length, e.related.length, `finding ${i}: related ${JSON.stringify(rel.map((r) => `${r.path}:${r.range.start.line + 1}:${r.range.start.character + 1}`))}`);
            e.related.forEach((er, j) => {
              const r = rel[j];
              const where = `finding ${i}, related ${j}`;
              assert.equal(r.path, er.path ? path.resolve('/ws', er.path) : path.resolve('/ws', c.path ?? defaults.path), `${where}: path`);
              assert.equal(r.range.start.line + 1, er.line, `${where}: line`);
              assert.equal(r.range.start.character + 1, er.column, `${where}: column`);
              if (er.endColumn !== undefined) assert.equal(r.range.end.character + 1, er.endColumn, `${where}: endColumn`);
              if (typeof er.message === 'string') assert.ok(r.message.includes(er.message), `${where}: message ${JSON.stringify(r.message)}`);
              else if (er.message) assert.match(r.message, er.message);
            });
          }
          if (c.fixTitle) for (const x of f.fixes) typeof c.fixTitle === 'string' ? assert.ok(x.title.includes(c.fixTitle), x.title) : assert.match(x.title, c.fixTitle);
        });
        if (c.output === null) {
          assert.ok(findings.every((f) => !f.fixes.some((x) => isApplicable(x.applicability, 'unsafe'))), 'expected no applicable fix');
        } else if (c.output !== undefined) {
          const fixed = fixWith(rule, c, defaults);
          assert.equal(fixed, c.output);
          // Idempotent: fixing the output changes nothing.
          assert.equal(fixWith(rule, { ...c, code: fixed }, defaults), fixed, 'fix must be idempotent');
        }
      });
    }
  });
}
