import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Engine, LintOptions } from '../../engine/engine';
import { kindOfPath } from '../../engine/file-kinds';
import { Project } from '../../engine/project';
import type { FileKind } from '../../engine/types';
import { DiskWorkspaceReader, OverlayWorkspaceReader } from '../../engine/workspace-reader';
import type { ResourceSettings } from './protocol';

/** A workspace folder and the Project (config resolver + reader) that lints its files. */
export interface Folder {
  uri: string;
  fsPath: string;
  project: Project;
}

/** Where URIs become paths, and which file kind an editor document is. */
export function fsPathOf(uri: string): string {
  return URI.parse(uri).fsPath;
}

/**
 * The engine kind of an editor document. Notebook cells carry the notebook's path (`.ipynb`), so
 * their kind comes from the language id (a python cell is python); other documents go by their
 * file name first, then by language id (untitled buffers).
 */
export function kindOfDocument(uri: string, languageId: string): FileKind | undefined {
  const parsed = URI.parse(uri);
  if (parsed.scheme === 'vscode-notebook-cell') return kindOfPath('', languageId);
  return kindOfPath(parsed.fsPath, languageId);
}

/**
 * One Project per workspace folder (multi-root: each folder finds its own config files), plus
 * projects for loose files outside every folder. All share one disk reader whose cache the server
 * invalidates on file events, overlaid with the open, possibly unsaved, documents.
 */
export class Projects {
  readonly disk = new DiskWorkspaceReader();
  private readonly reader: OverlayWorkspaceReader;
  private folders: Folder[] = [];
  private readonly loose = new Map<string, Project>();

  constructor(
    private readonly engine: Engine,
    private readonly openText: (fsPath: string) => string | undefined,
  ) {
    this.reader = new OverlayWorkspaceReader(openText, this.disk);
  }

  setFolders(folders: { uri: string }[]): void {
    const old = new Map(this.folders.map((f) => [f.uri, f]));
    this.folders = folders
      .map((f) => old.get(f.uri) ?? this.makeFolder(f.uri))
      // longest path first, so nested folders win over their parents
      .sort((a, b) => b.fsPath.length - a.fsPath.length);
  }

  all(): Folder[] {
    return [...this.folders];
  }

  private makeFolder(uri: string): Folder {
    const fsPath = fsPathOf(uri);
    return { uri, fsPath, project: new Project(this.engine, fsPath, { workspace: this.reader }) };
  }

  folderOf(filePath: string): Folder | undefined {
    return this.folders.find((f) => filePath === f.fsPath || filePath.startsWith(f.fsPath.endsWith(path.sep) ? f.fsPath : f.fsPath + path.sep));
  }

  projectFor(filePath: string): Project {
    const folder = this.folderOf(filePath);
    if (folder) return folder.project;
    const dir = path.dirname(path.resolve(filePath));
    let p = this.loose.get(dir);
    if (!p) {
      p = new Project(this.engine, dir, { workspace: this.reader });
      this.loose.set(dir, p);
    }
    return p;
  }

  /**
   * The path a document is linted under. Files and notebook cells have one; an untitled buffer is
   * placed in the outermost workspace folder, so that folder's config file applies to it.
   */
  pathOf(uri: string): string {
    const parsed = URI.parse(uri);
    if (parsed.scheme === 'file' || parsed.scheme === 'vscode-notebook-cell') return parsed.fsPath;
    const base = path.basename(parsed.path) || 'untitled';
    const outer = this.folders[this.folders.length - 1];
    return path.join(outer ? outer.fsPath : os.tmpdir(), base);
  }

  private readonly indexed = new Set<Project>();

  /**
   * The project of a file, with its workspace facts built: the first time a folder's file is
   * linted, every candidate file of the folder is read once for its facts (as the CLI's first
   * pass does), so a file is linted the same in the editor as in CI. Loose files have only the
   * facts of the open documents.
   */
  indexedProjectFor(filePath: string): Project {
    const project = this.projectFor(filePath);
    const folder = this.folderOf(filePath);
    if (folder && !this.indexed.has(project)) {
      this.indexed.add(project);
      const paths: string[] = [];
      for (const entry of project.files([folder.fsPath])) if ('path' in entry && this.engine.handles(kindOfPath(entry.path))) paths.push(entry.path);
      project.indexFacts(paths);
      // Open documents win over their saved text.
      for (const p of paths) {
        const text = this.openText(p);
        if (text !== undefined) project.facts.update(p, text, kindOfPath(p));
      }
    }
    return project;
  }

  /** Lint options for one file: its config file, then the editor's per-resource settings on top. */
  optionsFor(filePath: string, settings: ResourceSettings): LintOptions {
    const { options } = this.indexedProjectFor(filePath).lintOptionsFor(filePath);
    const severities = new Map(options.ruleSeverities ?? []);
    for (const [k, v] of Object.entries(settings.rules)) severities.set(k.toLowerCase(), v);
    return {
      ...options,
      ruleSeverities: severities,
      settings: settings.tokenScope ? { ...options.settings, tokenScope: settings.tokenScope } : options.settings,
    };
  }

  /** Forget resolved configs and cached disk reads (a config file, .gitignore or other file changed). */
  invalidateConfigs(): void {
    for (const f of this.folders) f.project.configs.clear();
    this.loose.clear();
  }
}
