import { createHash } from 'node:crypto';
import type { Parser } from './rule';
import { SourceFile } from './source';
import type { FileKind } from './types';

/**
 * Workspace facts: small per-file summaries that rules of *other* files consult (the names a
 * `config.py` binds to key reads, the imported names an `app.py` passes to a client as its key,
 * the names a `.env` defines). Facts are language-neutral: an extractor for a kind of file
 * computes them from one file's text alone (never from another file), and publishes them under
 * lookup keys; a rule asks for a key and gets every file's facts published under it.
 *
 * Keys are strings chosen by the extractor (`py-module:/abs/config.py`, `py-importer:config`):
 * a fact about a file that does not exist yet is a key nobody publishes, and consulting it is
 * still recorded, so creating the file later re-lints the consumer.
 *
 * Computed once per scan in the CLI (a pass over the candidate files before linting, gated by the
 * extractors' prefilters), kept up to date file by file in the language server: `update` returns the
 * keys whose published facts changed, and every file whose last lint consulted one is re-linted.
 */
export interface FactExtractor<F> {
  /** Unique among extractors. */
  id: string;
  /** The kinds of file it reads. */
  kinds: FileKind[];
  /** Cheap test on the raw text; a file that fails it has no facts (and is never parsed for them). */
  prefilter?: RegExp;
  /** The file's facts, or undefined when it has none. Must not throw for bad input (it may: it becomes "no facts"). */
  extract(file: SourceFile, parse: <T>(parser: Parser<T>) => T): F | undefined;
  /** The keys other files find these facts under. */
  keys(path: string, facts: F): string[];
}

/** One file's facts as a consumer sees them. */
export interface FactEntry<F> {
  path: string;
  facts: F;
}

/** What a rule sees of the workspace facts: lookups, each recorded as a dependency of the file being linted. */
export interface FactsView {
  lookup<F>(extractor: FactExtractor<F>, key: string): readonly FactEntry<F>[];
}

/** A view with no facts (a file linted without a workspace index, e.g. a unit test). */
export const NO_FACTS: FactsView = { lookup: () => [] };

interface FileFacts {
  /** extractor id → facts and the keys they are published under. */
  byExtractor: Map<string, { facts: unknown; keys: string[]; digest: string }>;
}

/** The workspace's facts, by file. One per project (workspace folder). */
export class WorkspaceFacts {
  private readonly files = new Map<string, FileFacts>();
  /** `extractorId\0key` → paths publishing it. */
  private readonly published = new Map<string, Set<string>>();
  private readonly byKind = new Map<FileKind, FactExtractor<unknown>[]>();

  constructor(readonly extractors: readonly FactExtractor<unknown>[]) {
    for (const e of extractors) {
      for (const k of e.kinds) {
        const list = this.byKind.get(k) ?? [];
        list.push(e);
        this.byKind.set(k, list);
      }
    }
  }

  /** True when some extractor reads files of `kind` (the CLI's first pass skips the others). */
  reads(kind: FileKind | undefined): boolean {
    return kind !== undefined && this.byKind.has(kind);
  }

  /** Whether a text could have facts at all (its kind and a prefilter match), without parsing it. */
  mayHaveFacts(text: string, kind: FileKind | undefined): boolean {
    return !!kind && (this.byKind.get(kind) ?? []).some((e) => !e.prefilter || e.prefilter.test(text));
  }

  /**
   * Recomputes one file's facts from its text. Returns the lookup keys (`extractorId\0key`) whose
   * facts changed: a key the file published before or publishes now, when its facts differ.
   */
  update(path: string, text: string, kind: FileKind | undefined, shared?: { file: SourceFile; parse: <T>(parser: Parser<T>) => T }): string[] {
    const next: FileFacts = { byExtractor: new Map() };
    const extractors = kind ? (this.byKind.get(kind) ?? []) : [];
    let file: SourceFile | undefined = shared?.file;
    const cache = new Map<string, unknown>();
    // The linter's own parse of the file when it passes one (one parse for the facts and the rules).
    const parse =
      shared?.parse ??
      (<T>(parser: Parser<T>): T => {
        if (!cache.has(parser.id)) cache.set(parser.id, parser.parse(file!));
        return cache.get(parser.id) as T;
      });
    for (const e of extractors) {
      if (e.prefilter && !e.prefilter.test(text)) continue;
      file ??= new SourceFile(path, text, kind!);
      let facts: unknown;
      try {
        facts = e.extract(file, parse);
      } catch {
        facts = undefined; // a file the extractor cannot read has no facts; linting it reports the problem
      }
      if (facts === undefined) continue;
      next.byExtractor.set(e.id, { facts, keys: e.keys(path, facts), digest: digestOf(facts) });
    }
    return this.replace(path, next.byExtractor.size ? next : undefined);
  }

  /** Forgets a deleted file's facts; returns the keys that changed. */
  remove(path: string): string[] {
    return this.replace(path, undefined);
  }

  private replace(path: string, next: FileFacts | undefined): string[] {
    const prev = this.files.get(path);
    const changed = new Set<string>();
    const ids = new Set([...(prev?.byExtractor.keys() ?? []), ...(next?.byExtractor.keys() ?? [])]);
    for (const id of ids) {
      const a = prev?.byExtractor.get(id);
      const b = next?.byExtractor.get(id);
      if (a && b && a.digest === b.digest && a.keys.join('\n') === b.keys.join('\n')) continue;
      for (const k of a?.keys ?? []) {
        const full = `${id}\0${k}`;
        changed.add(full);
        const set = this.published.get(full);
        set?.delete(path);
        if (set?.size === 0) this.published.delete(full);
      }
      for (const k of b?.keys ?? []) {
        const full = `${id}\0${k}`;
        changed.add(full);
        let set = this.published.get(full);
        if (!set) this.published.set(full, (set = new Set()));
        set.add(path);
      }
    }
    if (next) this.files.set(path, next);
    else this.files.delete(path);
    return [...changed];
  }

  /** Every file's facts published under `key` by `extractor`, in path order. */
  lookup<F>(extractor: FactExtractor<F>, key: string): FactEntry<F>[] {
    const paths = this.published.get(`${extractor.id}\0${key}`);
    if (!paths) return [];
    return [...paths].sort().map((path) => ({ path, facts: this.files.get(path)!.byExtractor.get(extractor.id)!.facts as F }));
  }

  /** A view that records every key it is asked for into `consulted` (`extractorId\0key`). */
  view(consulted: Set<string>): FactsView {
    return {
      lookup: <F>(extractor: FactExtractor<F>, key: string) => {
        consulted.add(`${extractor.id}\0${key}`);
        return this.lookup(extractor, key);
      },
    };
  }

  /**
   * A digest of the facts published under `keys` (as recorded by `view`): equal digests mean a
   * file that consulted those keys would be linted the same (the findings cache's dependency key).
   */
  digest(keys: Iterable<string>): string {
    const h = createHash('sha256');
    for (const full of [...keys].sort()) {
      h.update(full).update('\0');
      const id = full.slice(0, full.indexOf('\0'));
      for (const path of [...(this.published.get(full) ?? [])].sort()) h.update(path).update('\0').update(this.files.get(path)!.byExtractor.get(id)!.digest).update('\0');
    }
    return h.digest('hex').slice(0, 32);
  }

  /** Number of files that have facts (for logs and benchmarks). */
  get size(): number {
    return this.files.size;
  }
}

function digestOf(facts: unknown): string {
  return createHash('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 32);
}
