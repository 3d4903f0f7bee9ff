/**
 * The engine's vocabulary. Nothing here knows about VS Code, LSP or the terminal: the CLI and the
 * language server are two thin front-ends that translate these types into their own.
 */

/** How loud a finding is. `info` never fails a CI run unless `--fail-level info` is asked for. */
export type Severity = 'error' | 'warning' | 'info';

/** A severity as written in a config file; `off` disables the rule. */
export type SeveritySetting = Severity | 'off';

/**
 * How safe it is to apply a fix without a human looking at it (Ruff's Applicability).
 * - `safe`: keeps behaviour; applied by `--fix`, fix-all and fix-on-save.
 * - `unsafe`: changes runtime behaviour (e.g. switches auth and needs a role assignment); applied
 *   only on request (`--unsafe-fixes`, the lightbulb, "Fix All in Workspace" after a choice).
 * - `display-only`: shown as a suggestion, never applied automatically (it contains placeholders).
 */
export type Applicability = 'safe' | 'unsafe' | 'display-only';

/** Every kind of file the engine can read. Embedded kinds (`apim-policy`) come from hosts. */
export type FileKind =
  | 'typescript'
  | 'javascript'
  | 'python'
  | 'notebook'
  | 'csharp'
  | 'bicep'
  | 'bicepparam'
  | 'json'
  | 'terraform'
  | 'xml'
  | 'apim-policy'
  | 'yaml'
  | 'dotenv'
  | 'http'
  | 'shell';

/** A replacement of the half-open offset range [start, end) of a file's text (UTF-16 code units). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A fix: a set of non-overlapping edits, a title that says what else must change, and its safety. */
export interface Fix {
  title: string;
  applicability: Applicability;
  edits: TextEdit[];
}

/** A zero-based line/character position (characters are UTF-16 code units, as in LSP). */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * Another place a report points at, in the text the rule was given: the key read that feeds a
 * client, or the client a read feeds. The engine maps it into the host file like the report.
 */
export interface RelatedReport {
  message: string;
  start: number;
  end: number;
}

/** A related place in another file (found through cross-file facts): its absolute path and range. */
export interface RelatedElsewhere {
  message: string;
  path: string;
  range: Range;
}

/** A related place resolved by the engine: a file and a range in it, as on disk. */
export interface RelatedLocation {
  message: string;
  path: string;
  range: Range;
}

/** What a rule reports; the engine turns it into a {@link Finding}. */
export interface Report {
  /** Offsets into the text the rule was given. */
  start: number;
  end: number;
  message: string;
  /** Overrides the rule's default severity for this report (e.g. "depends on the caller" is info). */
  severity?: Severity;
  fixes?: Fix[];
  /** Extra structured facts for JSON/SARIF consumers. Never put secrets here. */
  data?: Record<string, string | number | boolean>;
  /** Places this report points at (SARIF `relatedLocations`, LSP `relatedInformation`). */
  related?: (RelatedReport | RelatedElsewhere)[];
}

/** One problem in one file, positioned in the file as it is on disk. */
export interface Finding {
  /** Stable rule code, e.g. `AOAI101`. */
  code: string;
  /** Kebab-case rule name, e.g. `azure-openai-client-key-auth`. */
  rule: string;
  severity: Severity;
  message: string;
  /** Offsets into the whole file. */
  start: number;
  end: number;
  range: Range;
  fixes: Fix[];
  docsUrl: string;
  data?: Record<string, string | number | boolean>;
  /** Places the finding points at, e.g. the read of the key a flagged client uses. */
  related?: RelatedLocation[];
}

/** A file that could not be read or parsed, or a rule that failed on it: reported, never thrown. */
export interface FileNotice {
  path: string;
  level: 'error' | 'warning' | 'info';
  message: string;
}

/** Result of linting one file. */
export interface FileResult {
  path: string;
  kind: FileKind | undefined;
  findings: Finding[];
  notices: FileNotice[];
  /** Number of findings hidden by inline suppressions. */
  suppressed: number;
}
