import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigResolver, type ResolvedConfig } from './config';
import { maxBytesFor, tooLargeNotice, type Engine, type LintOptions } from './engine';
import { kindOfPath } from './file-kinds';
import { scanPaths } from './scan';
import type { FileKind, FileNotice, FileResult, SeveritySetting } from './types';
import { WorkspaceFacts } from './workspace-facts';
import { ConfinedWorkspaceReader, DiskWorkspaceReader, type WorkspaceReader } from './workspace-reader';

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

/**
 * Adds to a result the notices of reads its lint was refused (files outside the workspace), when
 * it was linted with a {@link Project}'s options. Front-ends that call `Engine.lint` themselves
 * (the language server) pass their results through this too.
 */
export function withReadNotices(result: FileResult, workspace: WorkspaceReader | undefined): FileResult {
  if (workspace instanceof ConfinedWorkspaceReader) result.notices.push(...workspace.takeNotices(result.path));
  return result;
}

/**
 * The folders a scan of `paths` may read other files in: each path that is a folder, and the
 * folder of each file (what a user scanning a file or a folder has vouched for).
 */
export function scanRootsOf(paths: string[]): string[] {
  return paths.map((p) => {
    try {
      return fs.statSync(p).isDirectory() ? p : path.dirname(p);
    } catch {
      return p;
    }
  });
}

/** What a front-end (CLI or language server) may override on top of config files. */
export interface ProjectOverrides {
  /** Severities that win over config files (the editor's `aoaiLint.rules` setting). */
  rules?: Record<string, SeveritySetting>;
  tokenScope?: string;
  /** Report suppression comments that suppress nothing (`FileResult.unusedSuppressions`). */
  reportUnusedSuppressions?: boolean;
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
    readonly options: {
      configPath?: string;
      overrides?: ProjectOverrides;
      workspace?: WorkspaceReader;
      /** Folders rules may read other files in (default: `root`); see {@link ConfinedWorkspaceReader}. */
      trustedRoots?: string[];
    } = {},
  ) {
    this.configs = new ConfigResolver(root, engine.isRuleKey, options.configPath);
  }

  private factsIndex: WorkspaceFacts | undefined;

  /** The workspace facts of this project's files (cross-file rules); empty until `indexFacts` fills it. */
  get facts(): WorkspaceFacts {
    return (this.factsIndex ??= new WorkspaceFacts(this.engine.factExtractors));
  }

  /**
   * The first pass of a scan: the facts of every file in `paths` an extractor reads. Only files
   * whose kind has an extractor are read, and only those passing a prefilter are parsed.
   */
  indexFacts(paths: Iterable<string>): void {
    const facts = this.facts;
    for (const p of paths) {
      const kind = kindOfPath(p);
      if (!facts.reads(kind)) continue;
      const read = readFileForLint(p);
      if ('text' in read && facts.mayHaveFacts(read.text, kind)) facts.update(p, read.text, kind);
    }
  }

  get workspace(): WorkspaceReader {
    return (this.options.workspace ??= new DiskWorkspaceReader());
  }

  private realRoots?: string[];
  /**
   * What rules read other files through: the workspace confined to the trusted roots, fresh for
   * each lint so its refused reads are that file's notices.
   */
  confinedReader(): ConfinedWorkspaceReader {
    this.realRoots ??= ConfinedWorkspaceReader.realRoots(this.options.trustedRoots ?? [this.root]);
    return new ConfinedWorkspaceReader(this.workspace, this.realRoots);
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
        workspace: this.confinedReader(),
        ...(this.options.overrides?.reportUnusedSuppressions ? { reportUnusedSuppressions: true } : {}),
        facts: this.facts,
      },
    };
  }

  /** Lints a text that may not be on disk (an editor buffer); `publishFacts` first records its own facts. */
  lintText(filePath: string, text: string, kind: FileKind | undefined = kindOfPath(filePath), publishFacts = false): FileResult {
    const { options } = this.lintOptionsFor(filePath);
    return withReadNotices(this.engine.lint(filePath, text, publishFacts ? { ...options, publishFacts } : options, kind), options.workspace);
  }

  /** Reads and lints one file from disk; unreadable files become notices. */
  lintFile(filePath: string, publishFacts = false): FileResult {
    const kind = kindOfPath(filePath);
    const read = readFileForLint(filePath);
    if ('notice' in read) {
      if (publishFacts) this.facts.remove(filePath);
      return { path: filePath, kind, findings: [], suppressed: 0, notices: [read.notice] };
    }
    return this.lintText(filePath, read.text, kind, publishFacts);
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
   * lints each. `onFile` is called after each file (for progress); `filter` keeps only some files
   * (the CLI's `--changed-since`), after .gitignore and config globs.
   */
  async lintPaths(roots: string[], onFile?: (done: number, path: string, total: number) => void, filter?: (path: string) => boolean): Promise<ScanResult> {
    const collected = this.collect(roots);
    const { kinds, notices } = collected;
    const paths = filter ? collected.paths.filter(filter) : collected.paths;
    await this.engine.init(kinds);
    // One pass builds the workspace facts as it lints (each file's facts from the parse its rules
    // use); a file whose rules consulted facts that a later file published or changed is linted
    // again at the end, so every file sees the facts of the whole scan, as if they had been
    // indexed first, for the price of one parse per file.
    const files: FileResult[] = [];
    const seen: (string | undefined)[] = [];
    let done = 0;
    for (const p of paths) {
      const result = this.lintFile(p, true);
      files.push(result);
      seen.push(result.consultedFacts ? this.facts.digest(result.consultedFacts) : undefined);
      onFile?.(++done, p, paths.length);
    }
    files.forEach((result, i) => {
      if (result.consultedFacts && this.facts.digest(result.consultedFacts) !== seen[i]) files[i] = this.lintFile(result.path);
    });
    for (const c of this.configs.loaded()) notices.push(...c.notices);
    return { files, notices };
  }
}
