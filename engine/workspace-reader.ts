import * as fs from 'node:fs';

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
