import type { Applicability, FileKind, Report, Severity } from './types';
import type { SourceFile } from './source';
import type { FactsView } from './workspace-facts';
import type { WorkspaceReader } from './workspace-reader';

/** Where a rule belongs; used to group the catalogue and the docs. */
export type RuleCategory = 'code' | 'config' | 'secrets' | 'infrastructure' | 'gateway';

/** The documentation sections every rule must fill (Ruff's fixed sections). */
export interface RuleDocs {
  /** What the rule flags, in one or two sentences. */
  whatItDoes: string;
  /** Why the flagged pattern is a problem. */
  whyBad: string;
  /** Flagged code, as a fenced-block body. */
  example: string;
  /** The same code written the recommended way. */
  useInstead: string;
  /** Language of the example blocks (for Markdown fences). */
  exampleLanguage: string;
  /** What the fix does and why it has the safety it has (omit when the rule has no fix). */
  fixSafety?: string;
  /** Links to primary sources. */
  references: string[];
}

/** Rule metadata, kept beside the logic in the rule's own file. */
export interface RuleMeta {
  /** Stable code, `AOAI` plus three digits. Never reused. */
  code: string;
  /** Kebab-case name describing the flagged pattern (not the cure). */
  name: string;
  /** One sentence, starting with a capital and ending with a period. */
  description: string;
  severity: Severity;
  category: RuleCategory;
  /** File kinds the rule reads. */
  kinds: FileKind[];
  /** The best applicability of the fixes the rule offers, or `none`. */
  fix: Applicability | 'none';
  docs: RuleDocs;
}

/** Settings a rule may read; resolved per file from config (and, in the editor, VS Code settings). */
export interface RuleSettings {
  /** Entra scope written into fixes. */
  tokenScope: string;
  /** Entra tenant for gateway token validation fixes (unset: the fix is display-only with a placeholder). */
  tenantId?: string;
  /** Client application ids gateway token validation fixes allow. */
  clientApplicationIds?: string[];
}

/** What a rule sees of one file (or one embedded region of a file). */
export interface RuleContext {
  readonly file: SourceFile;
  readonly settings: RuleSettings;
  /** Read-only access to other files of the workspace (modules, parent policies, param files). */
  readonly workspace: WorkspaceReader;
  /** Facts other files of the workspace publish (engine/workspace-facts.ts); every lookup is recorded. */
  readonly facts: FactsView;
  /** Parses the file with `parser`, once per file however many rules ask. */
  parse<T>(parser: Parser<T>): T;
  report(report: Report): void;
}

/** A parser the engine caches per file. `id` must be unique among parsers. */
export interface Parser<T> {
  id: string;
  parse(file: SourceFile): T;
  /**
   * Where the parse had to recover from a syntax error, as offsets into the file (zero-width for
   * something missing, e.g. an unclosed bracket at the end of the file). The engine withholds a
   * fix whose edits reach into broken syntax (see `Engine`); parsers that throw on errors need none.
   */
  syntaxErrors?(value: T): readonly { start: number; end: number }[];
  /**
   * One-time asynchronous set-up (e.g. loading a WebAssembly grammar). The engine awaits it in
   * `Engine.init()` before the first lint; `parse` may then run synchronously. Must be idempotent.
   */
  init?(): Promise<void>;
}

/** A rule: metadata, a cheap textual prefilter, and the check itself. Rules keep no mutable state. */
export interface Rule {
  meta: RuleMeta;
  /**
   * Cheap test on the raw text; when it fails the rule is skipped and nothing is parsed for it.
   * A RegExp must not be global or sticky.
   */
  prefilter?: RegExp;
  /** Parsers with an async `init` this rule uses; `Engine.init()` initialises them. */
  parsers?: Parser<unknown>[];
  check(context: RuleContext): void;
}
