import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileNotice } from './types';

/**
 * Read-only access to other files, for rules that follow references across files (Bicep modules,
 * `.bicepparam` files, `loadTextContent`, parent APIM policies). The editor overlays open,
 * unsaved documents on top of the disk; the CLI reads the disk. Reads never throw.
 */
export interface WorkspaceReader {
  /** The file's text, or undefined if it does not exist or cannot be read. */
  readFile(path: string): string | undefined;
  /** Files directly inside `dir` (names only); empty when it is not a directory. */
  listDir(dir: string): string[];
}

/** Largest file the engine reads through a WorkspaceReader (a referenced file, not a linted one). */
const MAX_REFERENCED_FILE = 4 * 1024 * 1024;

/** Reads from disk, caching texts for the lifetime of one scan. */
export class DiskWorkspaceReader implements WorkspaceReader {
  private readonly cache = new Map<string, string | undefined>();

  readFile(path: string): string | undefined {
    if (this.cache.has(path)) return this.cache.get(path);
    let text: string | undefined;
    try {
      const st = fs.statSync(path);
      if (st.isFile() && st.size <= MAX_REFERENCED_FILE) text = fs.readFileSync(path, 'utf8');
    } catch {
      text = undefined;
    }
    this.cache.set(path, text);
    return text;
  }

  listDir(dir: string): string[] {
    try {
      return fs.readdirSync(dir);
    } catch {
      return [];
    }
  }

  /** Forget a cached file (the editor calls this when a file changes on disk). */
  invalidate(path?: string): void {
    if (path === undefined) this.cache.clear();
    else this.cache.delete(path);
  }
}

/** Open documents first, then the disk. */
export class OverlayWorkspaceReader implements WorkspaceReader {
  constructor(
    private readonly overlay: (path: string) => string | undefined,
    private readonly base: WorkspaceReader,
  ) {}

  readFile(path: string): string | undefined {
    return this.overlay(path) ?? this.base.readFile(path);
  }

  listDir(dir: string): string[] {
    return this.base.listDir(dir);
  }
}

/**
 * A reader that never leaves the workspace: a path outside every root (after `..` and symbolic
 * links are resolved) is not read, only remembered, so a cloned repository cannot make the linter
 * open `/etc/…` or `../../other-repo/…` through a Bicep module, a `.bicepparam` `using` or an APIM
 * fragment. The roots are the CLI's scan roots or the editor's workspace folder.
 */
export class ConfinedWorkspaceReader implements WorkspaceReader {
  private readonly refusedPaths = new Set<string>();

  /** `roots` as {@link ConfinedWorkspaceReader.realRoots} gives them. */
  constructor(
    private readonly base: WorkspaceReader,
    private readonly roots: readonly string[],
  ) {}

  /** Roots with their links resolved, as paths are compared. */
  static realRoots(roots: readonly string[]): string[] {
    return roots.map((r) => realPathOf(r));
  }

  readFile(p: string): string | undefined {
    if (this.allows(p)) return this.base.readFile(p);
    this.refusedPaths.add(path.resolve(p));
    return undefined;
  }

  /** Listing a folder outside is refused without a notice: rules probe the folders above a file. */
  listDir(dir: string): string[] {
    return this.allows(dir) ? this.base.listDir(dir) : [];
  }

  /**
   * Notices for the files refused so far that exist and are files (a rule probing for optional
   * parents above the root is not worth a notice), for the file being linted; clears the record.
   */
  takeNotices(filePath: string): FileNotice[] {
    const out: FileNotice[] = [];
    for (const p of this.refusedPaths) {
      if (!isFile(p)) continue;
      out.push({ path: filePath, level: 'warning', message: `Not read: ${p} is outside the workspace (${this.roots.join(', ')}); lint from a folder that holds both.` });
    }
    this.refusedPaths.clear();
    return out;
  }

  private allows(p: string): boolean {
    const real = realPathOf(path.resolve(p));
    return this.roots.some((r) => isInside(real, r));
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isInside(p: string, root: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..' + path.sep) && rel !== '..' && !path.isAbsolute(rel));
}

/** The real path of `p`, or of its deepest existing ancestor joined with the rest. */
function realPathOf(p: string): string {
  const abs = path.resolve(p);
  const rest: string[] = [];
  let cur = abs;
  for (;;) {
    try {
      return path.join(fs.realpathSync(cur), ...rest.reverse());
    } catch {
      const parent = path.dirname(cur);
      if (parent === cur) return abs;
      rest.push(path.basename(cur));
      cur = parent;
    }
  }
}
