/**
 * The few git facts the CLI needs (repository root, files and lines changed since a ref). Runs the
 * `git` binary with fixed arguments: it reads the repository, never runs workspace code.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

/** The work tree's top folder, or undefined outside a git work tree (or without git). */
export function repoRoot(cwd: string): string | undefined {
  try {
    return path.resolve(git(cwd, ['rev-parse', '--show-toplevel']).trim());
  } catch {
    return undefined;
  }
}

/**
 * Absolute paths of files changed since `ref` in the work tree (committed, staged or not), plus
 * untracked files that are not ignored. Throws with git's message when `ref` is unknown.
 */
export function changedFiles(ref: string, cwd: string): { root: string; files: Set<string> } {
  const root = repoRoot(cwd);
  if (!root) throw new Error(`--changed-since needs a git work tree (${cwd} is not in one)`);
  let out: string;
  try {
    git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    out = git(root, ['diff', '--name-only', '--no-renames', '--diff-filter=d', '-z', ref, '--']);
    out += git(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  } catch (e) {
    const msg = String((e as { stderr?: string }).stderr ?? '').trim() || (e as Error).message;
    throw new Error(`--changed-since ${ref}: ${msg || 'unknown revision'}`);
  }
  return { root, files: new Set(out.split('\0').filter(Boolean).map((f) => path.join(root, f))) };
}

/**
 * 1-based line numbers of `file` added or changed since `ref` (`git diff -U0` hunks); undefined
 * when the whole file is new (untracked or added).
 */
export function changedLines(ref: string, root: string, file: string): Set<number> | undefined {
  let out: string;
  try {
    git(root, ['cat-file', '-e', `${ref}:${path.relative(root, file).split(path.sep).join('/')}`]);
    out = git(root, ['diff', '-U0', '--no-color', '--no-ext-diff', ref, '--', file]);
  } catch {
    return undefined; // not in ref: every line is new
  }
  const lines = new Set<number>();
  for (const m of out.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    for (let i = 0; i < count; i++) lines.add(start + i);
  }
  return lines;
}
