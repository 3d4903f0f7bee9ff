import type { Parser } from '../../rule';
import { scanPolicyExpression } from './csharp-expression';

/**
 * A tolerant tokenizer for Azure API Management policy documents (`<policies>` and `<fragment>`).
 *
 * Policy documents are often not well-formed XML: C# policy expressions put raw `"`, `<` and `&`
 * inside attribute values and text (iac-apim-rules.md §3.6). A strict XML parser rejects them, so
 * this scanner reads elements, attributes and text with exact offsets, scans `@(...)`/`@{...}`
 * expressions by bracket balance before looking for a closing quote, keeps `{{named-values}}`
 * opaque, decodes entities for analysis only, and skips comments, CDATA, processing instructions
 * and doctype declarations. It never throws, and every loop advances: linear in the text.
 */

/** An attribute with the offsets of its name and of its (raw, undecoded) value. */
export interface PolicyAttribute {
  name: string;
  /** Offset of the name; `end` is after the closing quote (or the name, for a bare attribute). */
  start: number;
  end: number;
  /** Offsets of the value between the quotes. */
  valueStart: number;
  valueEnd: number;
  /** The value as written. */
  raw: string;
  /** The value with entities decoded, for analysis. */
  value: string;
  /** The value is a policy expression (`@(...)` or `@{...}`). */
  expression: boolean;
}

/** A run of character data inside an element (CDATA content included, without its markers). */
export interface PolicyText {
  start: number;
  end: number;
  raw: string;
  value: string;
  expression: boolean;
}

/** An element with exact offsets; `closeStart`..`end` is its end tag (empty for `<x/>`). */
export interface PolicyElement {
  name: string;
  /** Offset of `<`. */
  start: number;
  /** Offset after the `>` of the start tag. */
  openEnd: number;
  /** Offset of the end tag's `<` (equals `end` for a self-closing or unclosed element). */
  closeStart: number;
  /** Offset after the element (its end tag's `>`). */
  end: number;
  selfClosing: boolean;
  attributes: PolicyAttribute[];
  children: PolicyElement[];
  texts: PolicyText[];
  parent: PolicyElement | undefined;
}

/** Something odd the tokenizer stepped over; never fatal. */
export interface PolicyProblem {
  offset: number;
  message: string;
}

export interface PolicyDocument {
  /** Top-level elements. */
  roots: PolicyElement[];
  /** The `<policies>` or `<fragment>` root, when there is one. */
  root: PolicyElement | undefined;
  kind: 'policies' | 'fragment' | undefined;
  /** Every element in document order. */
  elements: PolicyElement[];
  comments: { start: number; end: number }[];
  problems: PolicyProblem[];
}

/** Policy sections: the children of `<policies>`. */
export type PolicySection = 'inbound' | 'backend' | 'outbound' | 'on-error';

const NAME_START = /[A-Za-z_:]/;
const NAME_CHAR = /[A-Za-z0-9_:.\-]/;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/** Decodes XML entities (predefined and numeric); unknown ones are kept as written. */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|quot|apos|lt|gt|amp);/g, (m, e: string) => {
    switch (e) {
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
    }
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** True when a policy expression (`@(` or `@{`) starts at `i`. */
function startsExpression(text: string, i: number): boolean {
  return text[i] === '@' && (text[i + 1] === '(' || text[i + 1] === '{');
}

/** Tokenizes a policy document. Never throws. */
export function parsePolicy(text: string): PolicyDocument {
  const n = text.length;
  const doc: PolicyDocument = { roots: [], root: undefined, kind: undefined, elements: [], comments: [], problems: [] };
  const stack: PolicyElement[] = [];
  // Once an expression runs to the end of the text unbalanced, later ones are read as plain
  // values: a second scan to the end could only fail the same way, and this keeps the scan linear.
  let expressions = true;
  const quoteMissing = new Set<string>();

  const scanExpression = (at: number): number => {
    if (!expressions) return -1;
    const end = scanPolicyExpression(text, at);
    if (end < 0) {
      expressions = false;
      doc.problems.push({ offset: at, message: 'policy expression never closes' });
    }
    return end;
  };

  const addText = (start: number, end: number, raw: string, expression: boolean) => {
    const top = stack[stack.length - 1];
    if (top && end > start) top.texts.push({ start, end, raw, value: decodeEntities(raw), expression });
  };

  let i = 0;
  while (i < n) {
    if (text[i] === '<') {
      if (text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i + 4);
        const end = close < 0 ? n : close + 3;
        doc.comments.push({ start: i, end });
        i = end;
        continue;
      }
      if (text.startsWith('<![CDATA[', i)) {
        const close = text.indexOf(']]>', i + 9);
        const contentEnd = close < 0 ? n : close;
        const top = stack[stack.length - 1];
        const raw = text.slice(i + 9, contentEnd);
        if (top) top.texts.push({ start: i + 9, end: contentEnd, raw, value: raw, expression: /^\s*@[({]/.test(raw) });
        i = close < 0 ? n : close + 3;
        continue;
      }
      if (text.startsWith('<?', i)) {
        const close = text.indexOf('?>', i + 2);
        i = close < 0 ? n : close + 2;
        continue;
      }
      if (text.startsWith('<!', i)) {
        const close = text.indexOf('>', i + 2);
        i = close < 0 ? n : close + 1;
        continue;
      }
      if (text[i + 1] === '/') {
        i = closeTag(i);
        continue;
      }
      if (NAME_START.test(text[i + 1] ?? '')) {
        i = startTag(i);
        continue;
      }
    }
    // Character data up to the next tag; an expression at its start is scanned whole first.
    let k = i;
    while (k < n && isSpace(text[k])) k++;
    let from = i;
    let expression = false;
    if (k < n && startsExpression(text, k)) {
      const end = scanExpression(k);
      if (end >= 0) {
        from = end;
        expression = true;
      }
    }
    let next = text.indexOf('<', from === i ? i + (text[i] === '<' ? 1 : 0) : from);
    if (next < 0) next = n;
    addText(i, next, text.slice(i, next), expression);
    i = next;
  }
  for (const el of stack) {
    el.closeStart = n;
    el.end = n;
    doc.problems.push({ offset: el.start, message: `<${el.name}> is never closed` });
  }
  doc.root = doc.roots.find((r) => r.name === 'policies' || r.name === 'fragment');
  doc.kind = doc.root?.name as PolicyDocument['kind'];
  return doc;

  function readName(at: number): number {
    let j = at;
    while (j < n && NAME_CHAR.test(text[j])) j++;
    return j;
  }

  function startTag(at: number): number {
    const nameEnd = readName(at + 1);
    const parent = stack[stack.length - 1];
    const el: PolicyElement = {
      name: text.slice(at + 1, nameEnd),
      start: at,
      openEnd: n,
      closeStart: n,
      end: n,
      selfClosing: false,
      attributes: [],
      children: [],
      texts: [],
      parent,
    };
    doc.elements.push(el);
    (parent ? parent.children : doc.roots).push(el);
    let p = nameEnd;
    for (;;) {
      while (p < n && isSpace(text[p])) p++;
      if (p >= n) {
        doc.problems.push({ offset: at, message: `start tag <${el.name}> never ends` });
        break;
      }
      const c = text[p];
      if (c === '/' && text[p + 1] === '>') {
        el.selfClosing = true;
        p += 2;
        break;
      }
      if (c === '>') {
        p++;
        break;
      }
      if (c === '<') {
        // A tag that never closed: let the next tag start here.
        doc.problems.push({ offset: at, message: `start tag <${el.name}> never ends` });
        break;
      }
      if (NAME_START.test(c)) {
        p = attribute(el, p);
        continue;
      }
      p++; // stray character between attributes
    }
    el.openEnd = p;
    if (el.selfClosing) {
      el.closeStart = p;
      el.end = p;
    } else {
      stack.push(el);
    }
    return p;
  }

  function attribute(el: PolicyElement, at: number): number {
    const nameEnd = readName(at);
    const name = text.slice(at, nameEnd);
    let p = nameEnd;
    while (p < n && isSpace(text[p])) p++;
    if (text[p] !== '=') {
      el.attributes.push({ name, start: at, end: nameEnd, valueStart: nameEnd, valueEnd: nameEnd, raw: '', value: '', expression: false });
      return nameEnd;
    }
    p++;
    while (p < n && isSpace(text[p])) p++;
    const quote = text[p];
    if (quote !== '"' && quote !== "'") {
      // Unquoted value (not XML, but seen in hand-written policies): up to a space or the tag end.
      const vs = p;
      while (p < n && !isSpace(text[p]) && text[p] !== '>' && !(text[p] === '/' && text[p + 1] === '>')) p++;
      const raw = text.slice(vs, p);
      el.attributes.push({ name, start: at, end: p, valueStart: vs, valueEnd: p, raw, value: decodeEntities(raw), expression: false });
      return p;
    }
    const vs = p + 1;
    let k = vs;
    while (k < n && isSpace(text[k])) k++;
    let from = vs;
    let expression = false;
    if (startsExpression(text, k)) {
      const end = scanExpression(k);
      if (end >= 0) {
        from = end;
        expression = true;
      }
    }
    let ve = quoteMissing.has(quote) ? -1 : text.indexOf(quote, from);
    if (ve < 0) {
      quoteMissing.add(quote); // no later value can find it either: keep the scan linear
      // Unterminated value: stop at the end of the tag so the rest of the document survives.
      ve = text.indexOf('>', vs);
      if (ve < 0) ve = n;
      doc.problems.push({ offset: at, message: `attribute ${name} never ends` });
      const raw = text.slice(vs, ve);
      el.attributes.push({ name, start: at, end: ve, valueStart: vs, valueEnd: ve, raw, value: decodeEntities(raw), expression });
      return ve;
    }
    const raw = text.slice(vs, ve);
    el.attributes.push({ name, start: at, end: ve + 1, valueStart: vs, valueEnd: ve, raw, value: decodeEntities(raw), expression });
    return ve + 1;
  }

  function closeTag(at: number): number {
    const nameEnd = readName(at + 2);
    const name = text.slice(at + 2, nameEnd);
    let j = nameEnd;
    while (j < n && text[j] !== '>' && text[j] !== '<') j++;
    const end = text[j] === '>' ? j + 1 : j; // `</name` without `>` ends where the next tag starts
    let match = -1;
    for (let s = stack.length - 1; s >= 0; s--) {
      if (stack[s].name === name) {
        match = s;
        break;
      }
    }
    if (match < 0) {
      doc.problems.push({ offset: at, message: `</${name}> closes nothing` });
      return Math.max(end, at + 2);
    }
    for (let s = stack.length - 1; s > match; s--) {
      stack[s].closeStart = at;
      stack[s].end = at;
      doc.problems.push({ offset: stack[s].start, message: `<${stack[s].name}> is never closed` });
    }
    stack[match].closeStart = at;
    stack[match].end = end;
    stack.length = match;
    return Math.max(end, at + 2);
  }
}

/** The policy tokenizer as an engine parser (cached per file). */
export const apimPolicyParser: Parser<PolicyDocument> = {
  id: 'apim-policy',
  parse: (file) => parsePolicy(file.text),
};

/** The attribute `name` of `el` (case-insensitive), if present. */
export function attribute(el: PolicyElement, name: string): PolicyAttribute | undefined {
  const k = name.toLowerCase();
  return el.attributes.find((a) => a.name.toLowerCase() === k);
}

/** Direct children of `el` named `name`. */
export function childrenNamed(el: PolicyElement, name: string): PolicyElement[] {
  return el.children.filter((c) => c.name === name);
}

/** The section (`inbound`, `backend`, `outbound`, `on-error`) an element sits in; undefined in fragments. */
export function sectionOf(el: PolicyElement): PolicySection | undefined {
  let cur: PolicyElement | undefined = el;
  while (cur) {
    if (cur.parent?.name === 'policies' && !cur.parent.parent) {
      const s = cur.name;
      return s === 'inbound' || s === 'backend' || s === 'outbound' || s === 'on-error' ? s : undefined;
    }
    cur = cur.parent;
  }
  return undefined;
}

/** A direct section of a `<policies>` document. */
export function section(doc: PolicyDocument, name: PolicySection): PolicyElement | undefined {
  return doc.kind === 'policies' ? doc.root!.children.find((c) => c.name === name) : undefined;
}

/** The decoded character data directly inside `el`, trimmed. */
export function textOf(el: PolicyElement): string {
  return el.texts.map((t) => t.value).join('').trim();
}

/** `{{named-value}}` references in a decoded string. */
export function namedValueRefs(value: string): string[] {
  return [...value.matchAll(/\{\{\s*([A-Za-z0-9._~-]+)\s*\}\}/g)].map((m) => m[1]);
}

/** The elements of `doc` named `name`, in document order. */
export function elementsNamed(doc: PolicyDocument, name: string): PolicyElement[] {
  return doc.elements.filter((e) => e.name === name);
}
