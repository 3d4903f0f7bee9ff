/**
 * The editor side of baselines: the `aoaiLint.baseline` file (the one `aoai-lint --write-baseline`
 * writes, resolved against the workspace folder) hides the findings it records, or shows them as
 * hints (`aoaiLint.baselineFindings`), so the editor and CI agree on what is new.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Finding } from '../../engine/types';
import { fingerprint, readBaseline, splitLines, type Baseline } from '../baseline';
import { toDiagnostic } from './code-actions';

export type BaselineFindings = 'hide' | 'hint';

/** Baseline files by absolute path, reloaded when their modification time changes. */
export class BaselineFiles {
  private readonly cache = new Map<string, { mtimeMs: number; baseline: Baseline | undefined }>();

  constructor(private readonly log: (msg: string) => void) {}

  /** The baseline at `file`, or undefined when it is missing or malformed (logged once per change). */
  get(file: string): Baseline | undefined {
    let mtimeMs = -1;
    try {
      mtimeMs = fs.statSync(file).mtimeMs;
    } catch {
      // missing: remembered as such until it appears
    }
    const cached = this.cache.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached.baseline;
    let baseline: Baseline | undefined;
    if (mtimeMs >= 0) {
      try {
        baseline = readBaseline(file);
      } catch (e) {
        this.log(`aoaiLint.baseline: ${(e as Error).message}`);
      }
    } else {
      this.log(`aoaiLint.baseline: ${file} does not exist; no finding is hidden.`);
    }
    this.cache.set(file, { mtimeMs, baseline });
    return baseline;
  }
}

/**
 * Diagnostics of one file with the baseline applied: a baselined finding is dropped (`hide`) or
 * published as a hint (`hint`). `text` is the file's text the
 * findings were computed on (fingerprints read the flagged lines and their neighbours).
 */
export function baselinedDiagnostics(
  baseline: Baseline | undefined,
  mode: BaselineFindings,
  filePath: string,
  text: string | undefined,
  findings: readonly Finding[],
): Diagnostic[] {
  if (!baseline || !findings.length || text === undefined || !baseline.mentions(filePath)) return findings.map((f) => toDiagnostic(f));
  const lines = splitLines(text);
  const matcher = baseline.matcher();
  const out: Diagnostic[] = [];
  for (const f of findings) {
    if (!matcher.take(filePath, f, fingerprint(f, lines))) {
      out.push(toDiagnostic(f));
    } else if (mode === 'hint') {
      const d = toDiagnostic(f);
      out.push({ ...d, severity: DiagnosticSeverity.Hint, message: `${d.message} (in the baseline)` });
    }
  }
  return out;
}

/** Absolute path of the baseline setting for a file in `folder` (undefined when unset). */
export function baselinePath(setting: string, folder: string | undefined, filePath: string): string | undefined {
  if (!setting) return undefined;
  return path.resolve(folder ?? path.dirname(filePath), setting);
}

