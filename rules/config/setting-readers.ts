import * as path from 'node:path';
import type { WorkspaceReader } from '../../engine/workspace-reader';

/**
 * The code files near a config file that read a setting: removing the setting while one of them
 * still reads it strictly (`os.environ["X"]`, `process.env.X!`) breaks the app at start-up.
 *
 * This is a bounded text search (the config file's folder and two levels below, at most
 * `MAX_FILES` code files), a stand-in until the workspace facts index (issue #9) says which code
 * reads which setting; `settingReaders` is the one hook to switch over.
 */
const MAX_FILES = 300;
const CODE = /\.(py|ipynb|[cm]?[jt]sx?|cs)$/i;
const SKIP = new Set(['node_modules', '.git', '.venv', 'venv', '__pycache__', 'dist', 'bin', 'obj', '.terraform']);

export function settingReaders(workspace: WorkspaceReader, configPath: string, name: string): string[] {
  const root = path.dirname(configPath);
  // A read names the setting as a string (`os.environ["X"]`, `GetEnvironmentVariable("X")`,
  // `Configuration["X"]`) or as `env.X` (`process.env.X`); a variable that happens to share the name is no read.
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = new RegExp(`["'\`]${n}["'\`]|\\benv\\.${n}(?![\\w])`);
  const out: string[] = [];
  let seen = 0;
  const visit = (dir: string, depth: number) => {
    for (const entry of workspace.listDir(dir).sort()) {
      if (seen >= MAX_FILES || out.length >= 3) return;
      if (SKIP.has(entry) || entry.startsWith('.')) continue;
      const p = path.join(dir, entry);
      if (CODE.test(entry)) {
        seen++;
        const text = workspace.readFile(p);
        if (text !== undefined && word.test(text)) out.push(path.relative(root, p).split(path.sep).join('/'));
      } else if (depth < 2 && !/\.[a-z0-9]+$/i.test(entry)) visit(p, depth + 1);
    }
  };
  visit(root, 0);
  return out;
}
