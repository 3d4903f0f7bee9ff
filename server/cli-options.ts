/**
 * The CLI options ESLint and Ruff users expect beyond scanning and fixing (output selection, exit
 * policy, stdin, baselines, git scoping), and the decisions they drive. Kept apart from cli.ts so the
 * main flow stays short.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileNotice, FileResult, Finding, Severity } from '../engine/types';
import { Baseline, fingerprint, readBaseline, renderBaseline, splitLines } from './baseline';
import { changedFiles, changedLines } from './git';

/** parseArgs definitions of the options this module handles. */
export const EXTRA_OPTIONS = {
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  'exit-zero': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  statistics: { type: 'boolean' },
  'report-unused-suppressions': { type: 'boolean' },
  color: { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'changed-since': { type: 'string' },
  'changed-lines': { type: 'boolean' },
  summary: { type: 'string' },
} as const;

export const EXTRA_USAGE = `  -q, --quiet                      Report errors only (no warnings or info)
      --max-warnings <n>           Exit 1 when there are more than n warnings
      --exit-zero                  Exit 0 even when findings are at or above the fail level
      --stdin-filename <name>      Lint standard input as if it were this file
      --statistics                 Print the number of findings per rule
      --report-unused-suppressions Report aoai-lint-disable comments that suppress nothing
      --color, --no-color          Force colours on or off (also FORCE_COLOR, NO_COLOR)
      --baseline <file>            Report only findings not recorded in this baseline
      --write-baseline <file>      Record today's findings in a baseline file and exit 0
      --changed-since <ref>        Lint only files changed since a git ref (and untracked ones)
      --changed-lines              With --changed-since, only findings on changed lines
      --summary <file>             Also append a Markdown summary to this file (e.g. $GITHUB_STEP_SUMMARY)`;

export type ExtraValues = { [K in keyof typeof EXTRA_OPTIONS]?: (typeof EXTRA_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

/** Validates the extra options; returns a usage message or the parsed `--max-warnings`. */
export function checkExtra(values: ExtraValues & { format?: string; diff?: boolean; fix?: boolean }): { error: string } | { maxWarnings?: number } {
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) return { error: `--max-warnings needs a whole number, not "${values['max-warnings']}"` };
    maxWarnings = Number(values['max-warnings']);
  }
  if (values['changed-lines'] && !values['changed-since']) return { error: '--changed-lines needs --changed-since REF' };
  if (values.baseline && values['write-baseline']) return { error: '--baseline and --write-baseline: choose one' };
  if (values['write-baseline'] && (values.fix || values.diff)) return { error: '--write-baseline records findings; it cannot be combined with --fix or --diff' };
  if (values['stdin-filename'] && (values.fix || values['changed-since'])) return { error: '--stdin-filename cannot be combined with --fix or --changed-since' };
  return { maxWarnings };
}

/**
 * Whether text output is coloured: `--color` / `--no-color` win, then `FORCE_COLOR` (any value but
 * 0/false), then `NO_COLOR` (any non-empty value), then whether stdout is a terminal.
 */
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR) return false;
  return isTTY && !toFile;
}

/** Reads all of a stream (standard input) as UTF-8. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Lines of each file with findings, read once (for fingerprints); `texts` supplies stdin's. */
export function fileLines(files: FileResult[], texts: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of files) {
    if (!f.findings.length) continue;
    let text = texts.get(f.path);
    if (text === undefined) {
      try {
        text = fs.readFileSync(f.path, 'utf8');
      } catch {
        text = '';
      }
    }
    out.set(f.path, splitLines(text));
  }
  return out;
}

/** Fingerprint of every finding (SARIF partialFingerprints, baselines). */
export function fingerprints(files: FileResult[], lines: Map<string, string[]>): Map<Finding, string> {
  const out = new Map<Finding, string>();
  for (const f of files) for (const x of f.findings) out.set(x, fingerprint(x, lines.get(f.path) ?? []));
  return out;
}

/** Writes a baseline of `files`' findings; paths are stored relative to the baseline's folder. */
export function writeBaselineFile(file: string, files: FileResult[], fps: Map<Finding, string>): number {
  const abs = path.resolve(file);
  const items = files.flatMap((f) => f.findings.map((x) => ({ path: f.path, finding: x, fingerprint: fps.get(x)! })));
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, renderBaseline(path.dirname(abs), items));
  return items.length;
}

/** Drops baselined findings; returns the files and how many were baselined and are prunable. */
export function applyBaseline(baseline: Baseline, files: FileResult[], fps: Map<Finding, string>): { files: FileResult[]; baselined: number; prunable: number } {
  const matcher = baseline.matcher();
  let baselined = 0;
  const kept = files.map((f) => {
    const findings = f.findings.filter((x) => {
      if (!matcher.take(f.path, x, fps.get(x)!)) return true;
      baselined++;
      return false;
    });
    return findings.length === f.findings.length ? f : { ...f, findings };
  });
  return { files: kept, baselined, prunable: matcher.unmatched(new Set(files.map((f) => f.path))) };
}

export { readBaseline };

/** Files changed since `ref`, and (with `lines`) a filter of findings on changed lines. */
export function changedScope(ref: string, cwd: string, lines: boolean) {
  const { root, files } = changedFiles(ref, cwd);
  const cache = new Map<string, Set<number> | undefined>();
  const onChangedLine = (file: string, x: Finding): boolean => {
    if (!lines) return true;
    if (!cache.has(file)) cache.set(file, changedLines(ref, root, file));
    const changed = cache.get(file);
    if (!changed) return true;
    for (let l = x.range.start.line + 1; l <= x.range.end.line + 1; l++) if (changed.has(l)) return true;
    return false;
  };
  return { files, onChangedLine };
}

/** How many unused suppression comments the files hold (`--report-unused-suppressions`). */
export function unusedSuppressionNotices(files: FileResult[]): number {
  return files.reduce((n, f) => n + (f.unusedSuppressions?.length ?? 0), 0);
}

/** A warning notice per unused suppression comment, with its 1-based line. */
export function noticesOfUnused(f: FileResult): FileNotice[] {
  return (f.unusedSuppressions ?? []).map((u) => ({
    path: f.path,
    level: 'warning',
    message: `Line ${u.line + 1}: unused suppression${u.rules.length ? ` for ${u.rules.map((r) => (/^aoai\d+$/.test(r) ? r.toUpperCase() : r)).join(', ')}` : ''}: nothing to suppress here; remove the comment.`,
  }));
}

/** `--quiet`: errors only. */
export function onlyErrors(files: FileResult[]): FileResult[] {
  return files.map((f) => (f.findings.every((x) => x.severity === 'error') ? f : { ...f, findings: f.findings.filter((x) => x.severity === 'error') }));
}

/** Counts per rule, most frequent first (`--statistics`, the job summary). */
export function statistics(files: FileResult[]): { code: string; rule: string; count: number; severity: Severity; fixable: boolean }[] {
  const by = new Map<string, { code: string; rule: string; count: number; severity: Severity; fixable: boolean }>();
  for (const f of files) {
    for (const x of f.findings) {
      const row = by.get(x.code) ?? { code: x.code, rule: x.rule, count: 0, severity: x.severity, fixable: false };
      row.count++;
      if (x.fixes.some((fx) => fx.applicability !== 'display-only')) row.fixable = true;
      by.set(x.code, row);
    }
  }
  return [...by.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

export function formatStatistics(files: FileResult[]): string {
  const rows = statistics(files);
  if (!rows.length) return '';
  const w = Math.max(...rows.map((r) => String(r.count).length));
  return rows.map((r) => `${String(r.count).padStart(w)}  ${r.code}  ${r.rule}${r.fixable ? '  [fixable]' : ''}`).join('\n') + '\n';
}
