/**
 * Baselines (Checkov `--create-baseline`, ESLint bulk suppressions): adopt the linter on a codebase
 * without fixing every old finding first. A finding is recorded by a fingerprint of its rule and the
 * normalized text of the flagged lines and their nearest non-blank neighbours, so it survives line
 * moves and edits elsewhere in the file. The CLI and the language server read the same file; the
 * same fingerprint is SARIF's `partialFingerprints` (GitHub matches alerts across commits by it).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../engine/types';

/** Format version written into baseline files; a reader refuses other versions. */
export const BASELINE_VERSION = 1;
/** Key of our fingerprint in SARIF `partialFingerprints`. */
export const FINGERPRINT_KEY = 'aoaiLint/v1';

/** One recorded finding. `path` is relative to the baseline file's folder, with `/` separators. */
export interface BaselineEntry {
  rule: string;
  path: string;
  fingerprint: string;
  /** 1-based line when recorded: for people reading the file, never used for matching. */
  line: number;
}

export interface BaselineFile {
  version: number;
  entries: BaselineEntry[];
}

const normalize = (line: string) => line.trim().replace(/\s+/g, ' ');

/**
 * The finding's fingerprint: rule code, the flagged lines and the line just above and below,
 * whitespace-normalized, hashed (the hash never reveals a key written on those lines). Lines
 * inserted or removed elsewhere, re-indentation and moves of the block keep it; editing the flagged
 * line or a direct neighbour makes the finding new. Identical findings in one file share a
 * fingerprint; {@link Baseline} counts them.
 */
export function fingerprint(finding: Pick<Finding, 'code' | 'range'>, lines: readonly string[]): string {
  const first = Math.max(0, Math.min(finding.range.start.line, lines.length - 1));
  const last = Math.max(first, Math.min(finding.range.end.line, lines.length - 1, first + 20));
  const context = [lines[first - 1] ?? '', ...lines.slice(first, last + 1), lines[last + 1] ?? ''].map(normalize);
  return createHash('sha256').update([finding.code, ...context].join('\n')).digest('hex').slice(0, 32);
}

/** Lines of a file's text, for {@link fingerprint}. */
export const splitLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

const toPosix = (p: string) => p.split(path.sep).join('/');

/** Reads a baseline file; throws with a readable message when it is missing or malformed. */
export function readBaseline(file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new Error(`cannot read baseline ${file}: ${why}`);
  }
  const d = data as Partial<BaselineFile>;
  if (!d || typeof d !== 'object' || d.version !== BASELINE_VERSION || !Array.isArray(d.entries)) {
    throw new Error(`${file} is not an aoai-lint baseline (version ${BASELINE_VERSION})`);
  }
  const entries = d.entries.filter(
    (e): e is BaselineEntry => !!e && typeof e.rule === 'string' && typeof e.path === 'string' && typeof e.fingerprint === 'string',
  );
  return new Baseline(path.dirname(path.resolve(file)), entries);
}

/** Text of a baseline file holding `findings` (sorted, so a rewrite diffs cleanly). */
export function renderBaseline(baseDir: string, findings: Iterable<{ path: string; finding: Finding; fingerprint: string }>): string {
  const entries: BaselineEntry[] = [];
  for (const f of findings) {
    entries.push({ rule: f.finding.code, path: toPosix(path.relative(baseDir, f.path)), fingerprint: f.fingerprint, line: f.finding.range.start.line + 1 });
  }
  entries.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint));
  return JSON.stringify({ version: BASELINE_VERSION, entries } satisfies BaselineFile, null, 2) + '\n';
}

/**
 * A loaded baseline: a multiset of (file, rule, fingerprint). Matching consumes entries, so two
 * identical findings need two entries, and what is left unmatched is prunable.
 */
export class Baseline {
  private readonly counts = new Map<string, number>();

  constructor(
    /** Folder the entries' paths are relative to (the baseline file's). */
    readonly baseDir: string,
    readonly entries: readonly BaselineEntry[],
  ) {
    for (const e of entries) {
      const k = this.key(e.path, e.rule, e.fingerprint);
      this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
    }
  }

  private key(relPath: string, rule: string, fp: string): string {
    return `${relPath}\0${rule}\0${fp}`;
  }

  /** A matcher for one pass over findings (each call consumes an entry). */
  matcher(): BaselineMatcher {
    return new BaselineMatcher(this, new Map(this.counts));
  }

  /** @internal */
  keyFor(absPath: string, rule: string, fp: string): string {
    return this.key(toPosix(path.relative(this.baseDir, absPath)), rule, fp);
  }

  /** Whether any entry names this file (the language server skips fingerprinting other files). */
  mentions(absPath: string): boolean {
    const rel = toPosix(path.relative(this.baseDir, absPath));
    return this.entries.some((e) => e.path === rel);
  }
}

/** One matching pass: `take` says whether a finding is baselined; `unmatched` counts what is left. */
export class BaselineMatcher {
  constructor(
    private readonly baseline: Baseline,
    private readonly left: Map<string, number>,
  ) {}

  take(absPath: string, finding: Pick<Finding, 'code'>, fp: string): boolean {
    const k = this.baseline.keyFor(absPath, finding.code, fp);
    const n = this.left.get(k) ?? 0;
    if (n === 0) return false;
    this.left.set(k, n - 1);
    return true;
  }

  /**
   * Entries no finding matched (fixed, or changed past recognition): safe to prune. Only entries
   * for files in `scanned` (absolute paths) count: a partial scan says nothing about the rest.
   */
  unmatched(scanned: ReadonlySet<string>): number {
    let n = 0;
    for (const [k, v] of this.left) {
      if (v && scanned.has(path.resolve(this.baseline.baseDir, k.slice(0, k.indexOf('\0'))))) n += v;
    }
    return n;
  }
}
