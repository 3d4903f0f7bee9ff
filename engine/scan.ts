import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { ALWAYS_EXCLUDED_DIRS, CONFIG_FILE_NAMES, type ConfigResolver } from './config';
import { kindOfPath } from './file-kinds';
import type { FileNotice } from './types';
import { isTempFileName } from './write-file';

/** A file the scanner found, or a path it could not read. */
export type ScanEntry = { path: string } | { notice: FileNotice };

interface IgnoreLayer {
  dir: string;
  rules: Ignore;
}

const EXCLUDED = new Set(ALWAYS_EXCLUDED_DIRS);
/** Lock files and our own config: never linted (hashes look like keys; config holds no auth). */
const SKIPPED_FILES = new Set([...CONFIG_FILE_NAMES, 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'poetry.lock', 'Pipfile.lock', 'packages.lock.json', 'composer.lock', '.terraform.lock.hcl']);

/**
 * Walks `roots` (files or directories) and yields every file the engine has a kind for, honouring
 * `.gitignore` files (nested, as git does) unless the nearest config turns that off, and each
 * config's include/exclude globs. Symbolic links to directories are not followed (no cycles).
 * Files named explicitly on the command line are always yielded; the hidden temporary files of an
 * interrupted write never are.
 */
export function* scanPaths(roots: string[], configs: ConfigResolver): Generator<ScanEntry> {
  const seen = new Set<string>();
  for (const root of roots) {
    const abs = path.resolve(root);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      yield { notice: { path: abs, level: 'error', message: `Cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` } };
      continue;
    }
    if (st.isFile()) {
      if (!seen.has(abs)) {
        seen.add(abs);
        yield { path: abs };
      }
      continue;
    }
    if (!st.isDirectory()) continue;
    yield* walk(abs, gitignoreLayersAbove(abs), configs, seen);
  }
}

function loadGitignore(dir: string): IgnoreLayer | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  return { dir, rules: ignore().add(text) };
}

/** `.gitignore` files of the enclosing git work tree, above the scan root. */
function gitignoreLayersAbove(root: string): IgnoreLayer[] {
  const layers: IgnoreLayer[] = [];
  let dir = path.dirname(root);
  const chain: string[] = [];
  while (true) {
    chain.push(dir);
    if (fs.existsSync(path.join(dir, '.git'))) break;
    const parent = path.dirname(dir);
    if (parent === dir) return []; // not inside a work tree: outer .gitignore files do not apply
    dir = parent;
  }
  for (const d of chain.reverse()) {
    const layer = loadGitignore(d);
    if (layer) layers.push(layer);
  }
  return layers;
}

function ignoredBy(layers: IgnoreLayer[], absPath: string, isDir: boolean): boolean {
  for (const layer of layers) {
    const rel = path.relative(layer.dir, absPath).split(path.sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (layer.rules.ignores(isDir ? rel + '/' : rel)) return true;
  }
  return false;
}

function* walk(dir: string, layers: IgnoreLayer[], configs: ConfigResolver, seen: Set<string>): Generator<ScanEntry> {
  const config = configs.forDir(dir);
  const own = config.gitignore ? loadGitignore(dir) : undefined;
  const active = config.gitignore ? (own ? [...layers, own] : layers) : [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    yield { notice: { path: dir, level: 'warning', message: `Cannot list directory: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` } };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (EXCLUDED.has(entry.name)) continue;
      if (ignoredBy(active, abs, true)) continue;
      yield* walk(abs, active, configs, seen);
    } else if (entry.isFile()) {
      if (SKIPPED_FILES.has(entry.name) || isTempFileName(entry.name) || !kindOfPath(abs)) continue;
      if (ignoredBy(active, abs, false)) continue;
      if (!configs.forDir(dir).isIncluded(abs)) continue;
      if (seen.has(abs)) continue;
      seen.add(abs);
      yield { path: abs };
    }
  }
}
