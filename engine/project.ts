import * as fs from 'node:fs';
import { ConfigResolver, type ResolvedConfig } from './config';
import { maxBytesFor, tooLargeNotice, type Engine, type LintOptions } from './engine';
import { kindOfPath } from './file-kinds';
import { scanPaths } from './scan';
import type { FileKind, FileNotice, FileResult, SeveritySetting } from './types';
import { DiskWorkspaceReader, type WorkspaceReader } from './workspace-reader';

/**
 * A file's text for linting, read without caching (a scan must not hold a workspace in memory),
 * or a notice: too large to lint (checked before reading) or unreadable.
 */
export function readFileForLint(filePath: string): { text: string } | { notice: FileNotice } {
  try {
    const kind = kindOfPath(filePath);
    if (fs.statSync(filePath).size > maxBytesFor(kind)) return { notice: tooLargeNotice(filePath, kind) };
    return { text: fs.readFileSync(filePath, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { notice: { path: filePath, level: 'error', message: `Cannot read file: ${code}` } };
  }
}

/** What a front-end (CLI or language server) may override on top of config files. */
export interface ProjectOverrides {
  /** Severities that win over config files (the editor's `aoaiLint.rules` setting). */
  rules?: Record<string, SeveritySetting>;
  tokenScope?: string;
}

/** Result of scanning paths: per-file results plus notices about paths and config files. */
export interface ScanResult {
  files: FileResult[];
  notices: FileNotice[];
}

/**
 * The engine plus config discovery and a workspace reader: everything the CLI and the language
 * server share. Config is resolved per file, so two folders with two config files lint differently.
 */
export class Project {
  readonly configs: ConfigResolver;

  constructor(
    readonly engine: Engine,
    readonly root: string,
    readonly options: { configPath?: string; overrides?: ProjectOverrides; workspace?: WorkspaceReader } = {},
  ) {
    this.configs = new ConfigResolver(root, engine.isRuleKey, options.configPath);
  }

  get workspace(): WorkspaceReader {
    return (this.options.workspace ??= new DiskWorkspaceReader());
  }

  /** Lint options for one file: config severities, then overrides. */
  lintOptionsFor(filePath: string): { options: LintOptions; config: ResolvedConfig } {
    const config = this.configs.forFile(filePath);
    const severities = new Map(config.rules);
    for (const [k, v] of Object.entries(this.options.overrides?.rules ?? {})) severities.set(k.toLowerCase(), v);
    return {
      config,
      options: {
        ruleSeverities: severities,
        settings: { ...config.settings, ...(this.options.overrides?.tokenScope ? { tokenScope: this.options.overrides.tokenScope } : {}) },
        workspace: this.workspace,
      },
    };
  }

  /** Lints a text that may not be on disk (an editor buffer). */
  lintText(filePath: string, text: string, kind: FileKind | undefined = kindOfPath(filePath)): FileResult {
    return this.engine.lint(filePath, text, this.lintOptionsFor(filePath).options, kind);
  }

  /** Reads and lints one file from disk; unreadable files become notices. */
  lintFile(filePath: string): FileResult {
    const kind = kindOfPath(filePath);
    const read = readFileForLint(filePath);
    if ('notice' in read) return { path: filePath, kind, findings: [], suppressed: 0, notices: [read.notice] };
    return this.lintText(filePath, read.text, kind);
  }

  /** Every file under `roots` the engine reads, honouring .gitignore and config globs. */
  *files(roots: string[]): Generator<{ path: string } | { notice: FileNotice }> {
    yield* scanPaths(roots, this.configs);
  }

  /** The files under `roots` the engine has rules for, and notices about paths it could not read. */
  collect(roots: string[]): { paths: string[]; kinds: Set<FileKind>; notices: FileNotice[] } {
    const paths: string[] = [];
    const kinds = new Set<FileKind>();
    const notices: FileNotice[] = [];
    for (const entry of this.files(roots)) {
      if ('notice' in entry) {
        notices.push(entry.notice);
        continue;
      }
      const kind = kindOfPath(entry.path);
      if (!kind || !this.engine.handles(kind)) continue;
      kinds.add(kind);
      paths.push(entry.path);
    }
    return { paths, kinds, notices };
  }

  /**
   * Scans and lints `roots`: collects the files, prepares only the parsers their kinds need, then
   * lints each. `onFile` is called after each file (for progress).
   */
  async lintPaths(roots: string[], onFile?: (done: number, path: string) => void): Promise<ScanResult> {
    const { paths, kinds, notices } = this.collect(roots);
    await this.engine.init(kinds);
    const files: FileResult[] = [];
    let done = 0;
    for (const p of paths) {
      files.push(this.lintFile(p));
      onFile?.(++done, p);
    }
    for (const c of this.configs.loaded()) notices.push(...c.notices);
    return { files, notices };
  }
}
