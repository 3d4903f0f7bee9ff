import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { Engine } from '../engine/engine';
import { fixToFixpoint, type FixMode } from '../engine/fixes';
import type { Project } from '../engine/project';
import type { FileResult } from '../engine/types';
import { FixWriteRefused, readForFix, writeFixed } from '../engine/write-file';

/** How the CLI applies fixes: write them (`--fix`) or only show them (`--diff`). */
export interface FixFilesOptions {
  engine: Engine;
  project: Project;
  mode: FixMode;
  only?: Set<string>;
  /** Collect unified diffs instead of writing. */
  diff: boolean;
  cwd: string;
}

/**
 * Fixes every file that has a fix, one at a time. Each file is read strictly (UTF-8 only) at fix
 * time and written only if it has not changed since; anything that goes wrong with one file (it
 * is read-only, not UTF-8, deleted, replaced by a folder, unreadable, changed meanwhile) becomes
 * that file's notice and the others go on. Between files it yields to the event loop, so Ctrl-C
 * stops the run there (no temporary file is open at that point).
 */
export async function fixFiles(files: FileResult[], o: FixFilesOptions): Promise<{ files: FileResult[]; diffs: string[]; fixed: number }> {
  const out: FileResult[] = [];
  const diffs: string[] = [];
  let fixed = 0;
  for (let f of files) {
    if (!f.findings.some((x) => x.fixes.length)) {
      out.push(f);
      continue;
    }
    await new Promise((resolve) => setImmediate(resolve));
    try {
      const read = readForFix(f.path, { forWrite: !o.diff });
      const { options } = o.project.lintOptionsFor(f.path);
      const outcome = fixToFixpoint(o.engine, f.path, read.text, { ...options, only: o.only }, o.mode, f.kind);
      // The fixer's own notices (a fix that came back after it was applied) belong to the file.
      if (outcome.notices.length) f = { ...f, notices: [...f.notices, ...outcome.notices] };
      if (outcome.text === read.text) {
        out.push(f);
        continue;
      }
      if (o.diff) {
        const name = path.relative(o.cwd, f.path).split(path.sep).join('/');
        diffs.push(createTwoFilesPatch(`a/${name}`, `b/${name}`, read.text, outcome.text, '', '', { context: 3 }));
        out.push(f);
        continue;
      }
      writeFixed(read, outcome.text);
      fixed += outcome.fixedCount;
      out.push({ ...f, findings: outcome.remaining });
    } catch (e) {
      const message = e instanceof FixWriteRefused ? e.message : `Cannot write fixes: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
      out.push({ ...f, notices: [...f.notices, { path: f.path, level: 'warning', message }] });
    }
  }
  return { files: out, diffs, fixed };
}
