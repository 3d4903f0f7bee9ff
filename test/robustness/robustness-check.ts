/**
 * What every input must satisfy, however broken: lint and fix finish, every finding and edit lies
 * inside the file, and no fix writes its text twice. Shared by the repro tests and the fuzzer.
 */
import * as path from 'node:path';
import { fixToFixpoint } from '../../engine/fixes';
import { Project } from '../../engine/project';
import { createEngine } from '../../rules/index';
import type { FileKind } from '../../engine/types';

export interface RobustnessInput {
  path: string;
  text: string;
  kind?: FileKind;
}

/** What went wrong with one input (empty: nothing). */
export interface RobustnessSummary {
  findings: number;
  notices: string[];
  /** Findings or fix edits outside the text, as "AOAI123 start..end". */
  outOfRange: string[];
  /** Fix texts the fixer wrote more than once (first 60 characters each). */
  duplicated: string[];
  /** Internal errors reported as notices (a rule or parser threw). */
  internalErrors: string[];
  fixNotices: string[];
  passes: number;
}

const engine = createEngine();
let ready: Promise<void> | undefined;

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Lints `input` and fixes it (unsafe fixes included), then checks the invariants. */
export async function checkOutcome(input: RobustnessInput): Promise<RobustnessSummary> {
  await (ready ??= engine.init());
  const project = new Project(engine, path.dirname(input.path));
  const { options } = project.lintOptionsFor(input.path);
  const result = engine.lint(input.path, input.text, options, input.kind);
  const length = input.text.length;
  const outOfRange: string[] = [];
  const lines = input.text.split(/\r\n|\r|\n/);
  for (const f of result.findings) {
    if (f.start < 0 || f.end < f.start || f.end > length) outOfRange.push(`${f.code} ${f.start}..${f.end}`);
    const { start, end } = f.range;
    const inside = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
    if (!inside(start) || !inside(end)) outOfRange.push(`${f.code} range ${start.line}:${start.character}-${end.line}:${end.character}`);
    for (const fix of f.fixes) for (const e of fix.edits) if (e.start < 0 || e.end < e.start || e.end > length) outOfRange.push(`${f.code} edit ${e.start}..${e.end}`);
  }
  const outcome = fixToFixpoint(engine, input.path, input.text, options, 'unsafe', input.kind);
  const duplicated: string[] = [];
  // Each finding may write its text once (two clients, two insertions).
  const offered = new Map<string, number>();
  for (const f of result.findings) for (const t of new Set(f.fixes.flatMap((x) => x.edits.map((e) => e.newText)))) if (t.trim().length >= 12) offered.set(t, (offered.get(t) ?? 0) + 1);
  for (const [t, n] of offered) if (count(outcome.text, t) > count(input.text, t) + n) duplicated.push(t.slice(0, 60));
  return {
    findings: result.findings.length,
    notices: result.notices.map((n) => n.message),
    outOfRange,
    duplicated,
    internalErrors: result.notices.filter((n) => n.message.startsWith('Internal error')).map((n) => n.message),
    fixNotices: outcome.notices.map((n) => n.message),
    passes: outcome.passes,
  };
}
