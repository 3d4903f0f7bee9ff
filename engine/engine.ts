import { docsUrl } from './docs-url';
import { kindOfPath } from './file-kinds';
import { isSuppressed, parseDirectives, type Directive } from './suppressions';
import { SourceFile } from './source';
import type { Parser, Rule, RuleContext, RuleSettings } from './rule';
import type { FileKind, FileNotice, FileResult, Finding, Fix, RelatedLocation, Report, Severity, SeveritySetting } from './types';
import type { WorkspaceReader } from './workspace-reader';

/**
 * A region of a host file that holds text of another kind: a notebook's code cell, an APIM policy
 * inside a Bicep string or a Terraform heredoc. Rules for `kind` run on `text`; findings and fix
 * edits are mapped back into the host file.
 */
export interface EmbeddedRegion {
  kind: FileKind;
  text: string;
  /** Maps an offset in `text` (0..text.length inclusive) to an offset in the host file. */
  toOuter(offset: number): number;
  /** Encodes replacement text for the host (e.g. JSON or Bicep string escaping). Identity if absent. */
  encode?(text: string): string;
  /** A path to show rules in place of the host's (e.g. `notebook.ipynb#cell3`); the host path if absent. */
  label?: string;
}

/** Finds embedded regions in host files. Embedders keep no mutable state. */
export interface Embedder {
  id: string;
  hostKinds: FileKind[];
  prefilter?: RegExp;
  /** Kinds of the regions it produces (so `Engine.init(kinds)` prepares their parsers too). */
  regionKinds?: FileKind[];
  /** Parsers with an async `init` this embedder uses. */
  parsers?: Parser<unknown>[];
  extract(host: SourceFile, parse: <T>(parser: Parser<T>) => T, workspace: WorkspaceReader): EmbeddedRegion[];
}

/** Per-file options: rule severities from config, settings, and the workspace to follow references in. */
export interface LintOptions {
  /** Lower-cased rule code or name → severity setting. */
  ruleSeverities?: ReadonlyMap<string, SeveritySetting>;
  settings: RuleSettings;
  workspace: WorkspaceReader;
  /** Limit the run to these rule codes (the editor's "fix this rule" passes one). */
  only?: ReadonlySet<string>;
}

/** Raised by a parser wrapper so the engine can report "cannot parse" once per file. */
class ParseFailure extends Error {
  constructor(readonly parserId: string, override readonly cause: unknown) {
    super(`${parserId}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * The severity of one report. Without config, a report may raise or lower its rule's default (a
 * hard-coded key is an error where a key read from the environment is a warning). A configured
 * severity applies to every report of the rule, except that a report *below* the rule's default
 * (an uncertain "depends on the caller" finding) never rises above its own level: raising a rule
 * to error must not turn guesses into CI failures, and lowering a rule always works.
 */
export function effectiveSeverity(ruleDefault: Severity, configured: Severity | undefined, reported: Severity | undefined): Severity {
  if (configured === undefined) return reported ?? ruleDefault;
  if (reported && SEVERITY_RANK[reported] < SEVERITY_RANK[ruleDefault] && SEVERITY_RANK[reported] < SEVERITY_RANK[configured]) return reported;
  return configured;
}

/** Largest file the engine lints; larger ones are reported and skipped (generated bundles, dumps). */
export const MAX_FILE_BYTES = 3 * 1024 * 1024;

/** The linter: a fixed set of rules and embedders. Stateless between calls; safe to share. */
export class Engine {
  private readonly byKind = new Map<FileKind, Rule[]>();
  private readonly embeddersByKind = new Map<FileKind, Embedder[]>();
  private readonly ruleKeys = new Set<string>();

  constructor(readonly rules: readonly Rule[], readonly embedders: readonly Embedder[] = []) {
    const codes = new Set<string>();
    for (const rule of rules) {
      if (codes.has(rule.meta.code)) throw new Error(`duplicate rule code ${rule.meta.code}`);
      codes.add(rule.meta.code);
      this.ruleKeys.add(rule.meta.code.toLowerCase());
      this.ruleKeys.add(rule.meta.name.toLowerCase());
      for (const kind of rule.meta.kinds) {
        const list = this.byKind.get(kind) ?? [];
        list.push(rule);
        this.byKind.set(kind, list);
      }
    }
    for (const e of embedders) {
      for (const kind of e.hostKinds) {
        const list = this.embeddersByKind.get(kind) ?? [];
        list.push(e);
        this.embeddersByKind.set(kind, list);
      }
    }
  }

  private readonly initialized = new Map<Parser<unknown>, Promise<void>>();

  /**
   * Runs the one-time async set-up of the parsers that rules and embedders declare — for every
   * kind, or only for `kinds` (a CLI scan with no C# file never loads the C# grammar). Front-ends
   * await it before linting files of those kinds; calling it again is free.
   */
  init(kinds?: Iterable<FileKind>): Promise<void> {
    const wanted = kinds ? new Set(kinds) : undefined;
    if (wanted) {
      for (const e of this.embedders) if (e.hostKinds.some((k) => wanted.has(k))) for (const k of e.regionKinds ?? []) wanted.add(k);
    }
    const parsers = new Set<Parser<unknown>>();
    for (const r of this.rules) {
      if (!wanted || r.meta.kinds.some((k) => wanted.has(k))) for (const p of r.parsers ?? []) parsers.add(p);
    }
    for (const e of this.embedders) {
      if (!wanted || e.hostKinds.some((k) => wanted.has(k))) for (const p of e.parsers ?? []) parsers.add(p);
    }
    const pending: Promise<void>[] = [];
    for (const p of parsers) {
      if (!p.init) continue;
      let ready = this.initialized.get(p);
      if (!ready) {
        ready = p.init();
        this.initialized.set(p, ready);
      }
      pending.push(ready);
    }
    return Promise.all(pending).then(() => undefined);
  }

  /** True when `key` names a rule by code or name (case-insensitive). */
  isRuleKey = (key: string): boolean => this.ruleKeys.has(key.toLowerCase());

  findRule(key: string): Rule | undefined {
    const k = key.toLowerCase();
    return this.rules.find((r) => r.meta.code.toLowerCase() === k || r.meta.name.toLowerCase() === k);
  }

  /** Kinds the engine has at least one rule or embedder for. */
  handles(kind: FileKind | undefined): boolean {
    return kind !== undefined && (this.byKind.has(kind) || this.embeddersByKind.has(kind));
  }

  /** Lints one file's text. Never throws: problems become notices in the result. */
  lint(path: string, text: string, options: LintOptions, kind: FileKind | undefined = kindOfPath(path)): FileResult {
    const result: FileResult = { path, kind, findings: [], notices: [], suppressed: 0 };
    if (!kind) return result;
    if (text.length > MAX_FILE_BYTES) {
      result.notices.push({ path, level: 'info', message: `Skipped: larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.` });
      return result;
    }
    if (text.slice(0, 8192).includes('\0')) {
      result.notices.push({ path, level: 'info', message: 'Skipped: looks like a binary file.' });
      return result;
    }
    const host = new SourceFile(path, text, kind);
    const hostDirectives = parseDirectives(text, host.lines, kind);
    const hostParse = this.parseCache(host);
    this.runRules(host, hostParse, options, result, hostDirectives, undefined);

    for (const embedder of this.embeddersByKind.get(kind) ?? []) {
      if (embedder.prefilter && !embedder.prefilter.test(text)) continue;
      let regions: EmbeddedRegion[] = [];
      try {
        regions = embedder.extract(host, hostParse, options.workspace);
      } catch (e) {
        result.notices.push(noticeFor(path, e, `reading embedded content (${embedder.id})`));
        continue;
      }
      for (const region of regions) {
        const inner = new SourceFile(region.label ?? path, region.text, region.kind);
        const innerDirectives = parseDirectives(region.text, inner.lines, region.kind);
        this.runRules(inner, this.parseCache(inner), options, result, innerDirectives, { region, host, hostDirectives });
      }
    }
    result.findings = dedupe(result.findings).sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
    return result;
  }

  private parseCache(file: SourceFile): <T>(parser: Parser<T>) => T {
    const cache = new Map<string, { ok: true; value: unknown } | { ok: false; error: ParseFailure }>();
    return <T>(parser: Parser<T>): T => {
      let entry = cache.get(parser.id);
      if (!entry) {
        try {
          entry = { ok: true, value: parser.parse(file) };
        } catch (e) {
          entry = { ok: false, error: new ParseFailure(parser.id, e) };
        }
        cache.set(parser.id, entry);
      }
      if (!entry.ok) throw entry.error;
      return entry.value as T;
    };
  }

  private runRules(
    file: SourceFile,
    parse: <T>(parser: Parser<T>) => T,
    options: LintOptions,
    result: FileResult,
    directives: Directive[],
    embedded: { region: EmbeddedRegion; host: SourceFile; hostDirectives: Directive[] } | undefined,
  ): void {
    const reportedParseFailures = new Set<string>();
    for (const rule of this.byKind.get(file.kind) ?? []) {
      const { code, name } = rule.meta;
      if (options.only && !options.only.has(code)) continue;
      const userSeverity = options.ruleSeverities?.get(code.toLowerCase()) ?? options.ruleSeverities?.get(name.toLowerCase());
      if (userSeverity === 'off') continue;
      if (rule.prefilter && !rule.prefilter.test(file.text)) continue;
      const reports: Report[] = [];
      const context: RuleContext = {
        file,
        settings: options.settings,
        workspace: options.workspace,
        parse,
        report: (r) => reports.push(r),
      };
      try {
        rule.check(context);
      } catch (e) {
        if (e instanceof ParseFailure) {
          if (!reportedParseFailures.has(e.parserId)) {
            reportedParseFailures.add(e.parserId);
            const where = embedded ? ` (${embedded.region.label ?? 'embedded ' + file.kind})` : '';
            result.notices.push({ path: result.path, level: 'warning', message: `Cannot parse${where}: ${e.message}` });
          }
        } else {
          result.notices.push(noticeFor(result.path, e, `rule ${code}`));
        }
        continue;
      }
      for (const r of reports) {
        const severity = effectiveSeverity(rule.meta.severity, userSeverity, r.severity);
        let start = r.start;
        let end = r.end;
        let fixes = r.fixes ?? [];
        const innerLine = file.lines.positionAt(r.start).line;
        if (isSuppressed(directives, innerLine, code, name)) {
          result.suppressed++;
          continue;
        }
        if (embedded) {
          const { region, host, hostDirectives } = embedded;
          start = region.toOuter(r.start);
          end = region.toOuter(r.end);
          fixes = fixes.map((f) => mapFix(f, region));
          if (isSuppressed(hostDirectives, host.lines.positionAt(start).line, code, name)) {
            result.suppressed++;
            continue;
          }
        }
        const hostLines = embedded ? embedded.host.lines : file.lines;
        const finding: Finding = {
          code,
          rule: name,
          severity,
          message: r.message,
          start,
          end,
          range: hostLines.rangeOf(start, end),
          fixes,
          docsUrl: docsUrl(rule.meta),
        };
        if (r.data) finding.data = r.data;
        if (r.related?.length) {
          finding.related = r.related.map((rel): RelatedLocation => {
            if ('path' in rel) return { message: rel.message, path: rel.path, range: rel.range };
            const relStart = embedded ? embedded.region.toOuter(rel.start) : rel.start;
            const relEnd = embedded ? embedded.region.toOuter(rel.end) : rel.end;
            return { message: rel.message, path: result.path, range: hostLines.rangeOf(relStart, relEnd) };
          });
        }
        result.findings.push(finding);
      }
    }
  }
}

function mapFix(fix: Fix, region: EmbeddedRegion): Fix {
  return {
    ...fix,
    edits: fix.edits.map((e) => ({
      start: region.toOuter(e.start),
      end: region.toOuter(e.end),
      newText: region.encode ? region.encode(e.newText) : e.newText,
    })),
  };
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}:${f.start}:${f.end}:${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function noticeFor(path: string, e: unknown, what: string): FileNotice {
  const msg = e instanceof Error ? e.message : String(e);
  return { path, level: 'error', message: `Internal error in ${what}: ${msg.split('\n')[0]}` };
}
