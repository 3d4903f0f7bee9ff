import assert from 'node:assert/strict';
import { applyFixes } from '../../../engine/fixes';
import type { Rule } from '../../../engine/rule';
import { lintWith, type ValidCase } from '../../helpers/rule-tester';
import { apimEmbedders } from '../../../rules/apim';

/**
 * Applies the first fix of every finding of `rule`, whatever its applicability (display-only
 * suggestions included: the tester's fixpoint never applies those), and returns the text.
 */
export function applyFirstFixes(rule: Rule, c: ValidCase, path: string): string {
  const findings = lintWith(rule, c, { path, embedders: apimEmbedders });
  assert.ok(findings.length > 0, 'expected a finding to fix');
  const fixes = findings.map((f) => f.fixes[0]).filter((f) => f !== undefined);
  return applyFixes(c.code, fixes).text;
}

/** Asserts the fixed text lints clean for `rule` (the fix re-parses and resolves the finding). */
export function assertFixedClean(rule: Rule, c: ValidCase, path: string): string {
  const fixed = applyFirstFixes(rule, c, path);
  const after = lintWith(rule, { ...c, code: fixed }, { path, embedders: apimEmbedders });
  assert.deepEqual(after.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`), [], 'fixed text still has findings');
  return fixed;
}
