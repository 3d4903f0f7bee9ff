import type {
  HclAttribute,
  HclBlock,
  HclBody,
  HclExpression,
  HclFile,
  HclHeredoc,
  HclIdentifier,
  HclLabel,
  HclObject,
  HclObjectItem,
  HclTemplate,
  HclTemplatePart,
  Span,
} from './ast';

const MAX_DEPTH = 256;
const BINARY_LEVELS: string[][] = [['||'], ['&&'], ['==', '!='], ['<=', '>=', '<', '>'], ['+', '-'], ['*', '/', '%']];

const isIdentStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
const isIdentPart = (c: number): boolean => isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * A hand-written, tolerant parser for HCL native syntax (Terraform `.tf`/`.tfvars`). Broken input
 * becomes `error` nodes and entries in `errors`; the parser always moves forward, so it never
 * throws or loops.
 */
export function parseHcl(text: string): HclFile {
  const p = new HclParser(text);
  const body = p.parseBody(0, false);
  return { body, errors: p.errors };
}

class HclParser {
  private pos = 0;
  private depth = 0;
  /** Inside `(…)`, `[…]` and `${…}` newlines are plain whitespace. */
  private newlinesAreSpace = false;
  readonly errors: Span[] = [];

  constructor(private readonly text: string) {}

  private code(offset = this.pos): number {
    return offset < this.text.length ? this.text.charCodeAt(offset) : -1;
  }

  private startsWith(s: string): boolean {
    return this.text.startsWith(s, this.pos);
  }

  private error(start: number, end: number): void {
    this.errors.push({ start, end: Math.max(start, end) });
  }

  private ws(newlines = this.newlinesAreSpace): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 0xfeff) this.pos++;
      else if ((c === 10 || c === 13) && newlines) this.pos++;
      else if (c === 35 /* # */ || (c === 47 && t.charCodeAt(this.pos + 1) === 47)) {
        while (this.pos < t.length && t.charCodeAt(this.pos) !== 10 && t.charCodeAt(this.pos) !== 13) this.pos++;
      } else if (c === 47 && t.charCodeAt(this.pos + 1) === 42) {
        const close = t.indexOf('*/', this.pos + 2);
        this.pos = close < 0 ? t.length : close + 2;
      } else break;
    }
  }

  private atLineEnd(): boolean {
    const c = this.code();
    return c === -1 || c === 10 || c === 13;
  }

  /** Skips the rest of a broken line, stepping over brackets, strings and heredocs. */
  private skipLine(): void {
    const start = this.pos;
    let depth = 0;
    while (this.pos < this.text.length) {
      const c = this.code();
      if (depth === 0 && (c === 10 || c === 13)) break;
      if (c === 34) {
        this.parseQuoted();
        continue;
      }
      if (c === 60 && this.startsWith('<<') && /^<<-?[A-Za-z_]/.test(this.text.slice(this.pos, this.pos + 4))) {
        this.parseHeredoc();
        continue;
      }
      if (c === 123 || c === 91 || c === 40) depth++;
      else if (c === 125 || c === 93 || c === 41) {
        if (depth === 0) break;
        depth--;
      }
      this.pos++;
    }
    if (this.pos === start && this.pos < this.text.length && this.code() !== 125) this.pos++;
    this.error(start, this.pos);
  }

  private readIdentifier(): HclIdentifier | undefined {
    if (!isIdentStart(this.code())) return undefined;
    const start = this.pos;
    while (isIdentPart(this.code())) this.pos++;
    return { kind: 'identifier', start, end: this.pos, name: this.text.slice(start, this.pos) };
  }

  // ---- bodies ----------------------------------------------------------------------------------

  parseBody(start: number, nested: boolean): HclBody {
    const items: (HclAttribute | HclBlock)[] = [];
    const saved = this.newlinesAreSpace;
    this.newlinesAreSpace = false;
    for (;;) {
      this.ws(true);
      const c = this.code();
      if (c === -1) {
        if (nested) this.error(start, this.pos);
        break;
      }
      if (c === 125 /* } */) {
        if (nested) break;
        this.error(this.pos, this.pos + 1);
        this.pos++;
        continue;
      }
      const itemStart = this.pos;
      const name = this.readIdentifier();
      if (!name) {
        this.skipLine();
        continue;
      }
      this.ws(false);
      if (this.code() === 61 && this.code(this.pos + 1) !== 61) {
        this.pos++;
        this.ws(false);
        const value = this.atLineEnd() ? this.errorNode() : this.parseExpression();
        items.push({ kind: 'attribute', start: itemStart, end: value.end, name, value });
        this.ws(false);
        if (!this.atLineEnd() && this.code() !== 125) this.skipLine();
        continue;
      }
      const labels: HclLabel[] = [];
      for (;;) {
        this.ws(false);
        if (this.code() === 34) {
          const s = this.parseQuoted();
          labels.push({ start: s.start, end: s.end, value: s.parts.map((p) => (p.kind === 'literal' ? p.value : '')).join('') });
        } else {
          const id = this.readIdentifier();
          if (!id) break;
          labels.push({ start: id.start, end: id.end, value: id.name });
        }
      }
      this.ws(false);
      if (this.code() !== 123) {
        this.error(itemStart, this.pos);
        this.skipLine();
        continue;
      }
      const bodyStart = this.pos;
      this.pos++;
      if (this.depth >= MAX_DEPTH) {
        // Nesting this deep is not Terraform: stop reading rather than exhaust the stack.
        this.error(bodyStart, this.text.length);
        this.pos = this.text.length;
        break;
      }
      this.depth++;
      const body = this.parseBody(bodyStart, true);
      this.depth--;
      if (this.code() === 125) this.pos++;
      body.end = this.pos;
      items.push({ kind: 'block', start: itemStart, end: this.pos, type: name, labels, body });
    }
    this.newlinesAreSpace = saved;
    return {
      start,
      end: this.pos,
      items,
      attributes: items.filter((i): i is HclAttribute => i.kind === 'attribute'),
      blocks: items.filter((i): i is HclBlock => i.kind === 'block'),
    };
  }

  private errorNode(): HclExpression {
    this.error(this.pos, this.pos);
    return { kind: 'error', start: this.pos, end: this.pos };
  }

  // ---- expressions -----------------------------------------------------------------------------

  parseExpression(): HclExpression {
    if (this.depth >= MAX_DEPTH) {
      // Too deep to follow: give up on the rest of the line without parsing it (no recursion).
      const start = this.pos;
      while (this.pos < this.text.length && !this.atLineEnd()) this.pos++;
      this.error(start, this.pos);
      return { kind: 'error', start, end: this.pos };
    }
    this.depth++;
    try {
      return this.parseConditional();
    } finally {
      this.depth--;
    }
  }

  /** Like `ws` + startsWith(op), restoring the position when it does not match. */
  private peekOperator(op: string): boolean {
    const save = this.pos;
    this.ws();
    let ok = this.startsWith(op);
    if (ok && (op === '<' || op === '>')) ok = this.code(this.pos + 1) !== 61 && !(op === '<' && this.code(this.pos + 1) === 60);
    if (!ok) this.pos = save;
    return ok;
  }

  private parseConditional(): HclExpression {
    const condition = this.parseBinary(0);
    if (!this.peekOperator('?')) return condition;
    this.pos++;
    this.ws();
    const whenTrue = this.parseExpression();
    if (!this.peekOperator(':')) {
      return { kind: 'conditional', start: condition.start, end: this.pos, condition, whenTrue, whenFalse: this.errorNode() };
    }
    this.pos++;
    this.ws();
    const whenFalse = this.parseExpression();
    return { kind: 'conditional', start: condition.start, end: whenFalse.end, condition, whenTrue, whenFalse };
  }

  private parseBinary(level: number): HclExpression {
    if (level >= BINARY_LEVELS.length) return this.parseUnary();
    let left = this.parseBinary(level + 1);
    for (;;) {
      const op = BINARY_LEVELS[level].find((o) => this.peekOperator(o));
      if (!op) return left;
      this.pos += op.length;
      this.ws();
      const right = this.parseBinary(level + 1);
      left = { kind: 'binary', operator: op, start: left.start, end: right.end, left, right };
    }
  }

  private parseUnary(): HclExpression {
    const operators: { operator: string; start: number }[] = [];
    for (let c = this.code(); c === 33 || c === 45; c = this.code()) {
      operators.push({ operator: String.fromCharCode(c), start: this.pos });
      this.pos++;
      this.ws();
    }
    let expr = this.parsePostfix();
    for (let i = operators.length - 1; i >= 0; i--) expr = { kind: 'unary', ...operators[i], end: expr.end, operand: expr };
    return expr;
  }

  private parsePostfix(): HclExpression {
    let expr = this.parsePrimary();
    for (;;) {
      const save = this.pos;
      this.ws(false);
      const c = this.code();
      if (c === 46 /* . */ && !this.startsWith('...')) {
        this.pos++;
        if (this.code() === 42 /* * */) {
          const s = this.pos++;
          expr = { kind: 'getattr', start: expr.start, end: this.pos, object: expr, name: { kind: 'identifier', start: s, end: this.pos, name: '*' } };
          continue;
        }
        if (isDigit(this.code())) {
          const s = this.pos;
          while (isDigit(this.code())) this.pos++;
          expr = { kind: 'getattr', start: expr.start, end: this.pos, object: expr, name: { kind: 'identifier', start: s, end: this.pos, name: this.text.slice(s, this.pos) } };
          continue;
        }
        const name = this.readIdentifier();
        if (!name) {
          this.error(this.pos, this.pos);
          return expr;
        }
        expr = { kind: 'getattr', start: expr.start, end: name.end, object: expr, name };
      } else if (c === 91 /* [ */) {
        this.pos++;
        const saved = this.newlinesAreSpace;
        this.newlinesAreSpace = true;
        this.ws();
        let key: HclExpression | undefined;
        if (this.code() === 42) this.pos++;
        else key = this.parseExpression();
        this.ws();
        if (this.code() === 93) this.pos++;
        else this.error(this.pos, this.pos);
        this.newlinesAreSpace = saved;
        expr = { kind: 'index', start: expr.start, end: this.pos, object: expr, key };
      } else {
        this.pos = save;
        return expr;
      }
    }
  }

  private parsePrimary(): HclExpression {
    const start = this.pos;
    const c = this.code();
    if (c === 34) return this.parseQuoted();
    if (c === 60 && /^<<-?[A-Za-z_]/.test(this.text.slice(this.pos, this.pos + 4))) return this.parseHeredoc();
    if (isDigit(c)) {
      const m = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(this.text.slice(this.pos, this.pos + 64))!;
      this.pos += m[0].length;
      return { kind: 'number', start, end: this.pos, value: Number(m[0]) };
    }
    if (c === 123) return this.parseObject();
    if (c === 91) return this.parseTuple();
    if (c === 40) {
      this.pos++;
      const saved = this.newlinesAreSpace;
      this.newlinesAreSpace = true;
      this.ws();
      const expression = this.parseExpression();
      this.ws();
      if (this.code() === 41) this.pos++;
      else this.error(this.pos, this.pos);
      this.newlinesAreSpace = saved;
      return { kind: 'paren', start, end: this.pos, expression };
    }
    const id = this.readIdentifier();
    if (id) {
      if (id.name === 'true' || id.name === 'false') return { kind: 'bool', start, end: id.end, value: id.name === 'true' };
      if (id.name === 'null') return { kind: 'null', start, end: id.end };
      // provider::ns::fn
      while (this.startsWith('::') && isIdentStart(this.code(this.pos + 2))) {
        this.pos += 2;
        this.readIdentifier();
        id.end = this.pos;
        id.name = this.text.slice(start, this.pos);
      }
      if (this.code() === 40) return this.parseCall(id);
      return id;
    }
    if (c !== -1 && c !== 10 && c !== 13 && c !== 125 && c !== 93 && c !== 41 && c !== 44) this.pos++;
    this.error(start, this.pos);
    return { kind: 'error', start, end: this.pos };
  }

  private parseCall(name: HclIdentifier): HclExpression {
    this.pos++; // (
    const saved = this.newlinesAreSpace;
    this.newlinesAreSpace = true;
    const args: HclExpression[] = [];
    let expandFinal = false;
    for (;;) {
      this.ws();
      const c = this.code();
      if (c === -1) {
        this.error(name.start, this.pos);
        break;
      }
      if (c === 41) {
        this.pos++;
        break;
      }
      if (c === 44) {
        this.pos++;
        continue;
      }
      const before = this.pos;
      args.push(this.parseExpression());
      this.ws();
      if (this.startsWith('...')) {
        this.pos += 3;
        expandFinal = true;
      }
      if (this.pos === before) {
        this.error(this.pos, this.pos + 1);
        this.pos++;
      }
    }
    this.newlinesAreSpace = saved;
    return { kind: 'call', start: name.start, end: this.pos, name, args, expandFinal };
  }

  private startsWithWord(word: string): boolean {
    return this.startsWith(word) && !isIdentPart(this.code(this.pos + word.length));
  }

  private parseFor(start: number, object: boolean): HclExpression {
    this.pos += 3;
    this.ws();
    const variables: HclIdentifier[] = [];
    for (;;) {
      this.ws();
      const id = this.readIdentifier();
      if (!id) break;
      variables.push(id);
      this.ws();
      if (this.code() === 44) this.pos++;
      else break;
    }
    if (this.startsWithWord('in')) this.pos += 2;
    else this.error(this.pos, this.pos);
    this.ws();
    const collection = this.parseExpression();
    this.ws();
    if (this.code() === 58) this.pos++;
    else this.error(this.pos, this.pos);
    this.ws();
    let key: HclExpression | undefined;
    let value = this.parseExpression();
    this.ws();
    if (object && this.startsWith('=>')) {
      this.pos += 2;
      this.ws();
      key = value;
      value = this.parseExpression();
      this.ws();
      if (this.startsWith('...')) this.pos += 3;
    }
    this.ws();
    let condition: HclExpression | undefined;
    if (this.startsWithWord('if')) {
      this.pos += 2;
      this.ws();
      condition = this.parseExpression();
    }
    this.ws();
    const close = object ? 125 : 93;
    if (this.code() === close) this.pos++;
    else this.error(this.pos, this.pos);
    return { kind: 'for', object, start, end: this.pos, variables, collection, key, value, condition };
  }

  private parseTuple(): HclExpression {
    const start = this.pos;
    this.pos++;
    const saved = this.newlinesAreSpace;
    this.newlinesAreSpace = true;
    this.ws();
    let result: HclExpression;
    if (this.startsWithWord('for')) result = this.parseFor(start, false);
    else {
      const items: HclExpression[] = [];
      for (;;) {
        this.ws();
        const c = this.code();
        if (c === -1) {
          this.error(start, this.pos);
          break;
        }
        if (c === 93) {
          this.pos++;
          break;
        }
        if (c === 44) {
          this.pos++;
          continue;
        }
        const before = this.pos;
        items.push(this.parseExpression());
        if (this.pos === before) {
          this.error(this.pos, this.pos + 1);
          this.pos++;
        }
      }
      result = { kind: 'tuple', start, end: this.pos, items };
    }
    this.newlinesAreSpace = saved;
    return result;
  }

  private parseObject(): HclExpression {
    const start = this.pos;
    this.pos++;
    const saved = this.newlinesAreSpace;
    this.newlinesAreSpace = true;
    this.ws();
    if (this.startsWithWord('for')) {
      const f = this.parseFor(start, true);
      this.newlinesAreSpace = saved;
      return f;
    }
    // Items are separated by newlines or commas, so newlines matter again inside values.
    this.newlinesAreSpace = false;
    const items: HclObjectItem[] = [];
    for (;;) {
      this.ws(true);
      const c = this.code();
      if (c === -1) {
        this.error(start, this.pos);
        break;
      }
      if (c === 125) {
        this.pos++;
        break;
      }
      if (c === 44) {
        this.pos++;
        continue;
      }
      const itemStart = this.pos;
      const key = this.parseExpression();
      this.ws(false);
      const sep = this.code();
      if ((sep !== 61 || this.code(this.pos + 1) === 61) && sep !== 58) {
        if (this.pos === itemStart) this.pos++;
        this.error(itemStart, this.pos);
        if (!this.atLineEnd() && this.code() !== 125) this.skipLine();
        continue;
      }
      this.pos++;
      this.ws(false);
      const value = this.atLineEnd() ? this.errorNode() : this.parseExpression();
      items.push({ kind: 'item', start: itemStart, end: value.end, key, value });
      this.ws(false);
      if (this.code() === 44) this.pos++;
      else if (!this.atLineEnd() && this.code() !== 125) this.skipLine();
    }
    this.newlinesAreSpace = saved;
    const obj: HclObject = { kind: 'object', start, end: this.pos, items };
    return obj;
  }

  // ---- templates ---------------------------------------------------------------------------------

  /** A quoted template `"…"`: escapes, `${…}` interpolations, `%{…}` directives. Ends at the line end if unterminated. */
  parseQuoted(): HclTemplate {
    const start = this.pos;
    this.pos++;
    const parts = this.parseTemplateParts((c) => c === 34 || c === 10 || c === 13 || c === -1, true);
    if (this.code() === 34) this.pos++;
    else this.error(start, this.pos);
    return { kind: 'template', start, end: this.pos, parts };
  }

  /** Reads template parts until `stop` (not consumed). */
  private parseTemplateParts(stop: (c: number) => boolean, escapes: boolean): HclTemplatePart[] {
    const parts: HclTemplatePart[] = [];
    let litStart = this.pos;
    let lit = '';
    const flush = (): void => {
      if (this.pos > litStart) parts.push({ kind: 'literal', start: litStart, end: this.pos, value: lit });
      lit = '';
    };
    while (!stop(this.code())) {
      const c = this.code();
      if (escapes && c === 92 /* \ */) {
        const n = this.text[this.pos + 1];
        const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
        if (n in simple) {
          lit += simple[n];
          this.pos += 2;
          continue;
        }
        const m = /^\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/.exec(this.text.slice(this.pos, this.pos + 10));
        if (m) {
          const cp = parseInt(m[1] ?? m[2], 16);
          lit += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
          this.pos += m[0].length;
          continue;
        }
        lit += '\\';
        this.pos++;
        continue;
      }
      if ((c === 36 || c === 37) && this.code(this.pos + 1) === c && this.code(this.pos + 2) === 123) {
        // `$${` and `%%{` are literal `${` and `%{`.
        lit += String.fromCharCode(c) + '{';
        this.pos += 3;
        continue;
      }
      if ((c === 36 || c === 37) && this.code(this.pos + 1) === 123) {
        flush();
        const holeStart = this.pos;
        this.pos += 2;
        const saved = this.newlinesAreSpace;
        this.newlinesAreSpace = true;
        if (this.code() === 126) this.pos++; // strip marker ~
        this.ws();
        if (c === 36) {
          const expression = this.parseExpression();
          this.ws();
          if (this.code() === 126) this.pos++;
          if (this.code() === 125) this.pos++;
          else {
            this.error(this.pos, this.pos);
            while (!stop(this.code()) && this.code() !== 125) this.pos++;
            if (this.code() === 125) this.pos++;
          }
          parts.push({ kind: 'interpolation', start: holeStart, end: this.pos, expression });
        } else {
          const close = this.findDirectiveEnd();
          this.pos = close;
          parts.push({ kind: 'directive', start: holeStart, end: this.pos, text: this.text.slice(holeStart, this.pos) });
        }
        this.newlinesAreSpace = saved;
        litStart = this.pos;
        continue;
      }
      lit += this.text[this.pos];
      this.pos++;
    }
    flush();
    return parts;
  }

  private findDirectiveEnd(): number {
    let i = this.pos;
    while (i < this.text.length) {
      const c = this.text.charCodeAt(i);
      if (c === 125) return i + 1;
      if (c === 34) {
        i++;
        while (i < this.text.length && this.text.charCodeAt(i) !== 34 && this.text.charCodeAt(i) !== 10) i += this.text.charCodeAt(i) === 92 ? 2 : 1;
      }
      i++;
    }
    return this.text.length;
  }

  parseHeredoc(): HclHeredoc {
    const start = this.pos;
    const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)/.exec(this.text.slice(this.pos, this.pos + 200))!;
    const indented = m[1] === '-';
    const marker = m[2];
    this.pos += m[0].length;
    // The rest of the opening line must be empty.
    while (this.code() === 32 || this.code() === 9) this.pos++;
    if (this.code() === 13) this.pos++;
    if (this.code() === 10) this.pos++;
    const contentStart = this.pos;
    // Find the closing line: optional blanks, the marker, optional blanks, end of line.
    let lineStart = contentStart;
    let contentEnd = this.text.length;
    let end = this.text.length;
    while (lineStart < this.text.length) {
      let nl = this.text.indexOf('\n', lineStart);
      if (nl < 0) nl = this.text.length;
      const line = this.text.slice(lineStart, nl).replace(/\r$/, '');
      if (line.trim() === marker) {
        contentEnd = lineStart;
        end = lineStart + line.length;
        break;
      }
      lineStart = nl + 1;
    }
    if (contentEnd === this.text.length) this.error(start, end);
    this.pos = contentStart;
    const parts = this.parseTemplateParts((c) => c === -1 || this.pos >= contentEnd, false);
    this.pos = end;
    return { kind: 'heredoc', start, end, marker, indented, contentStart, contentEnd, parts };
  }
}

