import type { Engine, LintOptions } from './engine';
import type { Applicability, FileKind, FileNotice, Finding, Fix, TextEdit } from './types';

/** Which fixes a caller wants applied. */
export type FixMode = 'safe' | 'unsafe';

/** True when a fix may be applied automatically in `mode` (display-only fixes never are). */
export function isApplicable(applicability: Applicability, mode: FixMode): boolean {
  return applicability === 'safe' || (applicability === 'unsafe' && mode === 'unsafe');
}

/** Sorted, validated copy of a fix's edits; undefined when its own edits overlap or are out of range. */
function normalizedEdits(fix: Fix, textLength: number): TextEdit[] | undefined {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    if (e.start < 0 || e.end < e.start || e.end > textLength) return undefined;
    if (i > 0 && edits[i - 1].end > e.start) return undefined;
  }
  return edits;
}

/**
 * Applies as many of `fixes` as fit without overlapping, in order of position; a fix whose edits
 * touch a range an earlier chosen fix touches waits for the next pass (as ESLint does).
 */
export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: Fix[]; edits: TextEdit[] } {
  const chosen: { fix: Fix; edits: TextEdit[] }[] = [];
  const taken: TextEdit[] = [];
  const candidates = fixes
    .map((fix) => ({ fix, edits: normalizedEdits(fix, text.length) }))
    .filter((c): c is { fix: Fix; edits: TextEdit[] } => c.edits !== undefined && c.edits.length > 0)
    .sort((a, b) => a.edits[0].start - b.edits[0].start);
  for (const c of candidates) {
    // Touching counts as overlapping (as in ESLint): two insertions at one point, or an edit that
    // ends where another starts, could interleave in an order neither rule expected.
    const overlaps = c.edits.some((e) => taken.some((t) => e.start <= t.end && t.start <= e.end));
    if (overlaps) continue;
    chosen.push(c);
    taken.push(...c.edits);
  }
  const all = taken.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of all) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return { text: out, applied: chosen.map((c) => c.fix), edits: all.reverse() };
}

/** The fixes of `findings` that `mode` allows; the first applicable fix of each finding. */
export function applicableFixes(findings: Finding[], mode: FixMode, only?: (f: Finding) => boolean): Fix[] {
  const out: Fix[] = [];
  for (const f of findings) {
    if (only && !only(f)) continue;
    const fix = f.fixes.find((x) => isApplicable(x.applicability, mode));
    if (fix) out.push(fix);
  }
  return out;
}

/** Result of fixing a file to a fixpoint. */
export interface FixOutcome {
  text: string;
  fixedCount: number;
  passes: number;
  /** Findings that remain after fixing. */
  remaining: Finding[];
  /** Fixes the fixer refused to apply again because they did not resolve their finding. */
  notices: FileNotice[];
}

/** Passes before giving up on a fixpoint (a rule whose fix re-triggers itself must not loop). */
export const MAX_FIX_PASSES = 10;

/** Where `offset` of the text before `edits` (sorted, non-overlapping) is after them. */
function mapOffset(offset: number, edits: readonly TextEdit[]): number {
  let delta = 0;
  for (const e of edits) {
    if (e.end <= offset) delta += e.newText.length - (e.end - e.start);
    else if (e.start < offset) return e.start + delta; // inside a replaced range: its start
    else break;
  }
  return offset + delta;
}

/**
 * Lints, applies fixes, and re-lints until nothing more applies. A fix that is offered again, with
 * the same title for the same finding, after it was applied did not resolve what it reported: it
 * would write its text a second time (a keyword appended twice to an unclosed call). Such a
 * finding is fixed no further and gets a notice; the other fixes go on. At most
 * {@link MAX_FIX_PASSES} passes in any case.
 */
export function fixToFixpoint(
  engine: Engine,
  path: string,
  text: string,
  options: LintOptions,
  mode: FixMode,
  kind?: FileKind,
  only?: (f: Finding) => boolean,
): FixOutcome {
  let current = text;
  let fixedCount = 0;
  let passes = 0;
  const notices: FileNotice[] = [];
  /** Fixes applied so far, by finding (`code@offset` in the current text) → titles. */
  let applied = new Map<string, Set<string>>();
  /** Findings whose fix came back after it was applied: fixed no further. */
  let looping = new Set<string>();
  const keyOf = (f: Finding) => `${f.code}@${f.start}`;
  let findings = engine.lint(path, current, options, kind).findings;
  while (passes < MAX_FIX_PASSES) {
    const wanted = (f: Finding) => (!only || only(f)) && !looping.has(keyOf(f));
    for (const f of findings) {
      if (!wanted(f)) continue;
      const fix = f.fixes.find((x) => isApplicable(x.applicability, mode));
      if (fix && applied.get(keyOf(f))?.has(fix.title)) {
        looping.add(keyOf(f));
        const line = f.range.start.line + 1;
        notices.push({ path, level: 'warning', message: `Stopped fixing ${f.code} at line ${line}: its fix was offered again after it was applied (the code around it may be unfinished).` });
      }
    }
    const fixes = applicableFixes(findings, mode, wanted);
    if (fixes.length === 0) break;
    const { text: next, applied: appliedFixes, edits } = applyFixes(current, fixes);
    if (appliedFixes.length === 0 || next === current) break;
    passes++;
    fixedCount += appliedFixes.length;
    const appliedSet = new Set(appliedFixes);
    const remap = (key: string) => {
      const at = key.lastIndexOf('@');
      return `${key.slice(0, at)}@${mapOffset(Number(key.slice(at + 1)), edits)}`;
    };
    const nextApplied = new Map<string, Set<string>>();
    for (const [key, titles] of applied) nextApplied.set(remap(key), titles);
    for (const f of findings) {
      const fix = f.fixes.find((x) => isApplicable(x.applicability, mode));
      if (!fix || !appliedSet.has(fix)) continue;
      const key = remap(keyOf(f));
      const titles = nextApplied.get(key) ?? new Set<string>();
      titles.add(fix.title);
      nextApplied.set(key, titles);
    }
    applied = nextApplied;
    looping = new Set([...looping].map(remap));
    current = next;
    findings = engine.lint(path, current, options, kind).findings;
  }
  return { text: current, fixedCount, passes, remaining: findings, notices };
}
