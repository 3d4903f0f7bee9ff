import type { LineIndex } from './source';
import type { FileKind } from './types';

/**
 * Inline suppressions: one grammar for every file kind, the CLI and the editor.
 *
 *   <comment> aoai-lint-disable-next-line [RULE[, RULE...]] [-- reason]
 *   <comment> aoai-lint-disable-line      [RULE[, RULE...]] [-- reason]
 *   <comment> aoai-lint-disable-file      [RULE[, RULE...]] [-- reason]
 *
 * `<comment>` is any of `#`, `//`, `/*`, `<!--`, `@*`; RULE is a code (`AOAI101`) or a name
 * (`azure-openai-client-key-auth`), case-insensitive; no RULE means every rule. In Bicep the
 * compiler's own `#disable-next-line CODE` form is honoured too.
 */
export interface Directive {
  kind: 'next-line' | 'line' | 'file';
  /** Zero-based line the directive is written on. */
  line: number;
  /** Lower-cased rule codes/names; empty means all rules. */
  rules: string[];
  reason?: string;
  used: boolean;
}

const DIRECTIVE =
  /(?:#|\/\/|\/\*|<!--|@\*)[ \t]*aoai-lint-(disable-next-line|disable-line|disable-file)\b([^\r\n]*)/g;
const BICEP_NATIVE = /^[ \t]*#disable-next-line[ \t]+([^\r\n]*)/;

function parseRuleList(tail: string): { rules: string[]; reason?: string } {
  let body = tail.replace(/(\*\/|-->|\*@)\s*$/, '');
  let reason: string | undefined;
  const dash = body.indexOf('--');
  if (dash >= 0) {
    reason = body.slice(dash + 2).trim() || undefined;
    body = body.slice(0, dash);
  }
  const rules = body
    .split(/[\s,]+/)
    .map((r) => r.trim().toLowerCase())
    .filter((r) => r.length > 0);
  return { rules, reason };
}

/** Finds every directive in a text. Cheap: one regex scan, only when the marker text occurs. */
export function parseDirectives(text: string, lines: LineIndex, kind: FileKind): Directive[] {
  const out: Directive[] = [];
  if (text.includes('aoai-lint-disable')) {
    DIRECTIVE.lastIndex = 0;
    for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
      const { rules, reason } = parseRuleList(m[2]);
      const kindName = m[1] === 'disable-next-line' ? 'next-line' : m[1] === 'disable-line' ? 'line' : 'file';
      out.push({ kind: kindName, line: lines.positionAt(m.index).line, rules, reason, used: false });
    }
  }
  if (kind === 'bicep' && text.includes('#disable-next-line')) {
    for (let line = 0; line < lines.lineCount; line++) {
      const m = BICEP_NATIVE.exec(lines.lineText(line));
      if (!m) continue;
      const { rules } = parseRuleList(m[1]);
      const ours = rules.filter((r) => r.startsWith('aoai'));
      if (ours.length > 0) out.push({ kind: 'next-line', line, rules: ours, used: false });
    }
  }
  return out;
}

/** Decides whether a finding on `line` of rule (`code`, `name`) is suppressed; marks the directive used. */
export function isSuppressed(directives: Directive[], line: number, code: string, name: string): boolean {
  const c = code.toLowerCase();
  const n = name.toLowerCase();
  for (const d of directives) {
    const applies =
      d.kind === 'file' || (d.kind === 'line' && d.line === line) || (d.kind === 'next-line' && d.line + 1 === line);
    if (!applies) continue;
    if (d.rules.length === 0 || d.rules.includes(c) || d.rules.includes(n)) {
      d.used = true;
      return true;
    }
  }
  return false;
}

/** The comment opener a suppression inserted into a file of this kind should use. */
export function commentSyntax(kind: FileKind): { open: string; close: string } {
  switch (kind) {
    case 'python':
    case 'yaml':
    case 'dotenv':
    case 'shell':
    case 'terraform':
    case 'http':
    case 'properties':
    case 'dockerfile':
    case 'powershell':
      return { open: '# ', close: '' };
    case 'xml':
    case 'apim-policy':
      return { open: '<!-- ', close: ' -->' };
    case 'notebook':
      return { open: '# ', close: '' };
    case 'json':
      return { open: '// ', close: '' };
    default:
      return { open: '// ', close: '' };
  }
}
