import type {
  BicepArray,
  BicepDeclaration,
  BicepDecorator,
  BicepExpression,
  BicepFile,
  BicepIdentifier,
  BicepInterpolatedString,
  BicepObject,
  BicepProperty,
  BicepResource,
  BicepString,
  BicepTypeClause,
  Span,
} from './ast';

/** Deepest expression nesting the parser follows before it gives up on a subtree (no stack overflow). */
const MAX_DEPTH = 256;

/** Binary operators by precedence, loosest first. */
const BINARY_LEVELS: string[][] = [['??'], ['||'], ['&&'], ['==', '!=', '=~', '!~'], ['<=', '>=', '<', '>'], ['+', '-'], ['*', '/', '%']];

const isIdentStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isIdentPart = (c: number): boolean => isIdentStart(c) || (c >= 48 && c <= 57);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * A hand-written, tolerant recursive-descent parser for Bicep and `.bicepparam`. It reads the
 * declarations and expressions rules need; what it cannot read becomes an `error` node or an entry
 * in `errors`, and it always moves forward, so it never throws or loops on broken input.
 */
export function parseBicep(text: string): BicepFile {
  return new BicepParser(text).parseFile();
}

class BicepParser {
  private pos = 0;
  private depth = 0;
  private readonly errors: Span[] = [];
  /** Closing brackets of the objects, arrays and argument lists being read, innermost last. */
  private readonly closers: number[] = [];

  constructor(private readonly text: string) {}

  parseFile(): BicepFile {
    const declarations: BicepDeclaration[] = [];
    for (;;) {
      this.ws(true);
      if (this.pos >= this.text.length) break;
      const before = this.pos;
      const decl = this.parseDeclaration();
      if (decl) declarations.push(decl);
      this.endOfStatement();
      if (this.pos === before) this.skipLine();
    }
    return { declarations, errors: this.errors };
  }

  // ---- trivia ----------------------------------------------------------------------------------

  private code(offset = this.pos): number {
    return offset < this.text.length ? this.text.charCodeAt(offset) : -1;
  }

  /** Skips blanks and comments; newlines too when `newlines`. */
  private ws(newlines: boolean): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9) this.pos++;
      else if ((c === 10 || c === 13) && newlines) this.pos++;
      else if ((c === 47 && t.charCodeAt(this.pos + 1) === 47) || (c === 35 /* # */ && this.atPragma())) {
        // `// comment`, and `#disable-next-line …` / `#disable-diagnostics …` pragmas (whole line).
        while (this.pos < t.length && t.charCodeAt(this.pos) !== 10 && t.charCodeAt(this.pos) !== 13) this.pos++;
      } else if (c === 47 && t.charCodeAt(this.pos + 1) === 42) {
        const close = t.indexOf('*/', this.pos + 2);
        this.pos = close < 0 ? t.length : close + 2;
      } else break;
    }
  }

  /** A `#` that starts a pragma: only blanks before it on its line. */
  private atPragma(): boolean {
    for (let i = this.pos - 1; i >= 0; i--) {
      const c = this.text.charCodeAt(i);
      if (c === 10 || c === 13) return true;
      if (c !== 32 && c !== 9) return false;
    }
    return true;
  }

  private atLineEnd(): boolean {
    const c = this.code();
    return c === -1 || c === 10 || c === 13;
  }

  private startsWith(s: string): boolean {
    return this.text.startsWith(s, this.pos);
  }

  /**
   * At a closing bracket that is not the innermost container's: true when an outer container
   * expects it (the innermost one is unclosed: end it there, unconsumed, so the outer one reads
   * it); otherwise the closer is stray and is consumed here as an error, never re-read.
   */
  private strayCloser(own: number): boolean {
    const c = this.code();
    if (c === own || (c !== 125 && c !== 93 && c !== 41)) return false;
    this.error(this.pos, this.pos + 1);
    if (this.closers.lastIndexOf(c, this.closers.length - 2) >= 0) return true;
    this.pos++;
    return false;
  }

  private error(start: number, end: number): void {
    this.errors.push({ start, end: Math.max(start, end) });
  }

  /** Skips to the end of the line, stepping over brackets and strings that continue it. */
  private skipLine(): void {
    const start = this.pos;
    this.scanClause(() => false);
    if (this.pos === start && this.pos < this.text.length) this.pos++;
    this.error(start, this.pos);
  }

  /** After a declaration: only a comment may follow on the line. */
  private endOfStatement(): void {
    this.ws(false);
    if (!this.atLineEnd()) this.skipLine();
  }

  /**
   * Scans a clause up to a newline outside brackets (or `stop` at depth 0), skipping strings and
   * comments. Used for type clauses and lines the parser does not model.
   */
  private scanClause(stop: () => boolean): void {
    let depth = 0;
    while (this.pos < this.text.length) {
      const c = this.code();
      if (depth === 0 && (c === 10 || c === 13)) break;
      if (depth === 0 && stop()) break;
      if (c === 39 /* ' */) {
        this.parseString();
        continue;
      }
      if (c === 47 && (this.code(this.pos + 1) === 47 || this.code(this.pos + 1) === 42)) {
        const before = this.pos;
        this.ws(false);
        if (this.pos === before) this.pos++;
        continue;
      }
      if (c === 123 || c === 91 || c === 40) depth++;
      else if (c === 125 || c === 93 || c === 41) {
        if (depth === 0) break;
        depth--;
      }
      this.pos++;
    }
  }

  // ---- declarations ----------------------------------------------------------------------------

  private parseDeclaration(): BicepDeclaration | undefined {
    const start = this.pos;
    const decorators = this.parseDecorators();
    const keyword = this.readIdentifier();
    if (!keyword) {
      this.skipLine();
      return undefined;
    }
    this.ws(false);
    switch (keyword.name) {
      case 'param': {
        const name = this.expectIdentifier();
        this.ws(false);
        let type: BicepTypeClause | undefined;
        if (!this.isAssign()) type = this.parseTypeClause();
        const value = this.parseAssignedValue();
        return { kind: 'param', start, end: this.pos, decorators, name, type, value };
      }
      case 'var': {
        const name = this.expectIdentifier();
        this.ws(false);
        const value = this.parseAssignedValue();
        return { kind: 'var', start, end: this.pos, decorators, name, value };
      }
      case 'resource':
        return this.parseResource(start, decorators);
      case 'module': {
        const name = this.expectIdentifier();
        this.ws(false);
        const path = this.code() === 39 ? this.parseString() : undefined;
        const value = this.parseAssignedValue();
        return { kind: 'module', start, end: this.pos, decorators, name, path, value };
      }
      case 'output': {
        const name = this.expectIdentifier();
        this.ws(false);
        const type = this.isAssign() ? undefined : this.parseTypeClause();
        const value = this.parseAssignedValue();
        return { kind: 'output', start, end: this.pos, decorators, name, type, value };
      }
      case 'import': {
        let source: BicepString | BicepInterpolatedString | undefined;
        this.scanClauseFindingString((s) => (source = s));
        return { kind: 'import', start, end: this.pos, decorators, source };
      }
      case 'using': {
        const path = this.code() === 39 ? this.parseString() : undefined;
        if (!path) this.readIdentifier(); // `using none`
        return { kind: 'using', start, end: this.pos, decorators, path };
      }
      case 'targetScope': {
        const value = this.parseAssignedValue();
        return { kind: 'other', keyword: keyword.name, start, end: this.pos, decorators, value };
      }
      case 'metadata': {
        const name = this.expectIdentifier();
        this.ws(false);
        const value = this.parseAssignedValue();
        return { kind: 'other', keyword: keyword.name, start, end: this.pos, decorators, name, value };
      }
      default: {
        // `type`, `func`, `extension`, `provider`, `assert`, or something unknown: keep its extent.
        const known = ['type', 'func', 'extension', 'provider', 'assert'].includes(keyword.name);
        const name = known ? this.readIdentifier() : undefined;
        this.scanClause(() => false);
        if (!known) this.error(start, this.pos);
        return { kind: 'other', keyword: keyword.name, start, end: this.pos, decorators, name };
      }
    }
  }

  private parseResource(start: number, decorators: BicepDecorator[]): BicepResource {
    const name = this.expectIdentifier();
    this.ws(false);
    const typeString = this.code() === 39 ? this.parseString() : undefined;
    let resourceType = '';
    let apiVersion: string | undefined;
    if (typeString?.kind === 'string') {
      const at = typeString.value.lastIndexOf('@');
      resourceType = at >= 0 ? typeString.value.slice(0, at) : typeString.value;
      apiVersion = at >= 0 ? typeString.value.slice(at + 1) : undefined;
    }
    this.ws(false);
    let existing = false;
    if (this.startsWithWord('existing')) {
      this.pos += 'existing'.length;
      existing = true;
    }
    const value = this.parseAssignedValue();
    return { kind: 'resource', start, end: this.pos, decorators, name, typeString, resourceType, apiVersion, existing, value };
  }

  private startsWithWord(word: string): boolean {
    return this.startsWith(word) && !isIdentPart(this.code(this.pos + word.length));
  }

  private isAssign(): boolean {
    return this.code() === 61 && this.code(this.pos + 1) !== 61 && this.code(this.pos + 1) !== 62;
  }

  /** `= expression`, or undefined (with an error) when the `=` or the value is missing. */
  private parseAssignedValue(): BicepExpression | undefined {
    this.ws(false);
    if (!this.isAssign()) return undefined;
    this.pos++;
    this.ws(false);
    if (this.atLineEnd()) {
      this.error(this.pos, this.pos);
      return undefined;
    }
    return this.parseExpression();
  }

  private parseTypeClause(): BicepTypeClause {
    const start = this.pos;
    this.scanClause(() => this.isAssign());
    let end = this.pos;
    while (end > start && /\s/.test(this.text[end - 1])) end--;
    return { start, end, text: this.text.slice(start, end) };
  }

  private scanClauseFindingString(found: (s: BicepString | BicepInterpolatedString) => void): void {
    let depth = 0;
    while (this.pos < this.text.length) {
      const c = this.code();
      if (depth === 0 && (c === 10 || c === 13)) break;
      if (c === 39) {
        found(this.parseString());
        continue;
      }
      if (c === 123) depth++;
      else if (c === 125) depth = Math.max(0, depth - 1);
      else if (c === 47 && this.code(this.pos + 1) === 47) break;
      this.pos++;
    }
  }

  private parseDecorators(): BicepDecorator[] {
    const decorators: BicepDecorator[] = [];
    while (this.code() === 64 /* @ */) {
      const start = this.pos;
      this.pos++;
      const expression = this.parsePostfix();
      const name =
        expression.kind === 'call' ? expression.name.name : expression.kind === 'identifier' ? expression.name : expression.kind === 'member' ? expression.property.name : '';
      decorators.push({ kind: 'decorator', start, end: this.pos, expression, name });
      this.ws(true);
    }
    return decorators;
  }

  private readIdentifier(): BicepIdentifier | undefined {
    if (!isIdentStart(this.code())) return undefined;
    const start = this.pos;
    while (isIdentPart(this.code())) this.pos++;
    return { kind: 'identifier', start, end: this.pos, name: this.text.slice(start, this.pos) };
  }

  private expectIdentifier(): BicepIdentifier {
    const id = this.readIdentifier();
    if (id) return id;
    this.error(this.pos, this.pos);
    return { kind: 'identifier', start: this.pos, end: this.pos, name: '' };
  }

  // ---- expressions -----------------------------------------------------------------------------

  parseExpression(): BicepExpression {
    if (this.depth >= MAX_DEPTH) {
      // Too deep to follow: give up on the rest of the line without parsing it (no recursion).
      const start = this.pos;
      while (this.pos < this.text.length && !this.atLineEnd()) this.pos++;
      this.error(start, this.pos);
      return { kind: 'error', start, end: this.pos };
    }
    this.depth++;
    try {
      return this.parseTernary();
    } finally {
      this.depth--;
    }
  }

  /** True when, possibly on a following line, the next token is `op` (and not a longer operator). */
  private peekOperator(op: string, acrossLines: boolean): boolean {
    const save = this.pos;
    this.ws(acrossLines);
    let ok = this.startsWith(op);
    if (ok && op === '?') ok = !this.startsWith('??') && !this.startsWith('?.') && !this.startsWith('?[');
    if (ok && (op === '<' || op === '>')) ok = this.code(this.pos + 1) !== 61;
    if (!ok) this.pos = save;
    return ok;
  }

  private parseTernary(): BicepExpression {
    const condition = this.parseBinary(0);
    if (!this.peekOperator('?', true)) return condition;
    this.pos++;
    this.ws(true);
    const whenTrue = this.parseExpression();
    if (!this.peekOperator(':', true)) {
      this.error(this.pos, this.pos);
      return { kind: 'ternary', start: condition.start, end: this.pos, condition, whenTrue, whenFalse: { kind: 'error', start: this.pos, end: this.pos } };
    }
    this.pos++;
    this.ws(true);
    const whenFalse = this.parseExpression();
    return { kind: 'ternary', start: condition.start, end: whenFalse.end, condition, whenTrue, whenFalse };
  }

  private parseBinary(level: number): BicepExpression {
    if (level >= BINARY_LEVELS.length) return this.parseUnary();
    let left = this.parseBinary(level + 1);
    for (;;) {
      const op = BINARY_LEVELS[level].find((o) => this.peekOperator(o, o !== '-' && o !== '+'));
      if (!op) return left;
      this.pos += op.length;
      this.ws(true);
      const right = this.parseBinary(level + 1);
      left = { kind: 'binary', operator: op, start: left.start, end: right.end, left, right };
    }
  }

  private parseUnary(): BicepExpression {
    // Iterative, so `!!!!…x` cannot exhaust the stack.
    const operators: { operator: string; start: number }[] = [];
    for (let c = this.code(); c === 33 /* ! */ || c === 45 /* - */; c = this.code()) {
      operators.push({ operator: String.fromCharCode(c), start: this.pos });
      this.pos++;
      this.ws(false);
    }
    let expr = this.parsePostfix();
    for (let i = operators.length - 1; i >= 0; i--) expr = { kind: 'unary', ...operators[i], end: expr.end, operand: expr };
    return expr;
  }

  private parsePostfix(): BicepExpression {
    let expr = this.parsePrimary();
    for (;;) {
      const save = this.pos;
      this.ws(false);
      const c = this.code();
      if (c === 46 /* . */ || (c === 58 && this.code(this.pos + 1) === 58) /* :: */) {
        this.pos += c === 46 ? 1 : 2;
        const optional = this.code() === 63;
        if (optional) this.pos++;
        const property = this.expectIdentifier();
        if (this.code() === 40 /* ( */) {
          const args = this.parseArguments();
          expr = { kind: 'call', start: expr.start, end: this.pos, name: property, object: expr, args };
        } else expr = { kind: 'member', start: expr.start, end: property.end, object: expr, property, optional };
      } else if (c === 91 /* [ */) {
        this.pos++;
        const optional = this.code() === 63;
        if (optional) this.pos++;
        this.ws(true);
        const index = this.parseExpression();
        this.ws(true);
        if (this.code() === 93) this.pos++;
        else this.error(this.pos, this.pos);
        expr = { kind: 'index', start: expr.start, end: this.pos, object: expr, index, optional };
      } else if (c === 40 /* ( */ && expr.kind === 'identifier' && save === expr.end) {
        const args = this.parseArguments();
        expr = { kind: 'call', start: expr.start, end: this.pos, name: expr, args };
      } else if (c === 33 /* ! */ && save === this.pos && this.code(this.pos + 1) !== 61) {
        this.pos++;
        expr = { kind: 'nonNull', start: expr.start, end: this.pos, operand: expr };
      } else {
        this.pos = save;
        return expr;
      }
    }
  }

  private parseArguments(): BicepExpression[] {
    const args: BicepExpression[] = [];
    const start = this.pos;
    this.pos++; // (
    this.closers.push(41);
    for (;;) {
      this.ws(true);
      const c = this.code();
      if (c === -1) {
        // Unclosed: the whole container is broken syntax (no fix edits inside it).
        this.error(start, this.pos);
        break;
      }
      if (c === 41) {
        this.pos++;
        break;
      }
      if (c === 125 || c === 93) {
        if (this.strayCloser(41)) {
          this.error(start, this.pos);
          break;
        }
        continue;
      }
      const before = this.pos;
      args.push(this.parseExpression());
      this.ws(true);
      if (this.code() === 44) this.pos++;
      else if (this.code() !== 41 && this.pos === before) {
        this.error(this.pos, this.pos + 1);
        this.pos++;
      } else if (this.code() !== 41 && this.code() !== -1) {
        // Missing comma: tolerate and keep reading arguments.
        this.error(this.pos, this.pos);
      }
    }
    this.closers.pop();
    return args;
  }

  private parsePrimary(): BicepExpression {
    const start = this.pos;
    const c = this.code();
    if (c === 39) return this.parseString();
    if (isDigit(c)) {
      while (isDigit(this.code()) || this.code() === 46) this.pos++;
      return { kind: 'number', start, end: this.pos, value: Number(this.text.slice(start, this.pos)) };
    }
    if (c === 123) return this.parseObject();
    if (c === 91) return this.parseArray();
    if (c === 40) {
      const lambda = this.tryParseLambda();
      if (lambda) return lambda;
      this.pos++;
      this.ws(true);
      const expression = this.parseExpression();
      this.ws(true);
      if (this.code() === 41) this.pos++;
      else this.error(this.pos, this.pos);
      return { kind: 'paren', start, end: this.pos, expression };
    }
    const id = this.readIdentifier();
    if (id) {
      if (id.name === 'true' || id.name === 'false') return { kind: 'bool', start, end: id.end, value: id.name === 'true' };
      if (id.name === 'null') return { kind: 'null', start, end: id.end };
      const save = this.pos;
      this.ws(false);
      if (id.name === 'if' && this.code() === 40) {
        this.pos++;
        this.ws(true);
        const condition = this.parseExpression();
        this.ws(true);
        if (this.code() === 41) this.pos++;
        else this.error(this.pos, this.pos);
        this.ws(true);
        const body = this.parseExpression();
        return { kind: 'if', start, end: body.end, condition, body };
      }
      if (this.startsWith('=>')) {
        this.pos += 2;
        this.ws(true);
        const body = this.parseExpression();
        return { kind: 'lambda', start, end: body.end, parameters: [id], body };
      }
      this.pos = save;
      return id;
    }
    // Not an expression: consume one character so the caller always moves forward.
    if (c !== -1 && c !== 10 && c !== 13 && c !== 125 && c !== 93 && c !== 41 && c !== 44) this.pos++;
    this.error(start, this.pos);
    return { kind: 'error', start, end: this.pos };
  }

  private tryParseLambda(): BicepExpression | undefined {
    const start = this.pos;
    this.pos++;
    const parameters: BicepIdentifier[] = [];
    for (;;) {
      this.ws(true);
      const id = this.readIdentifier();
      if (!id) break;
      parameters.push(id);
      this.ws(true);
      if (this.code() === 44) this.pos++;
      else break;
    }
    this.ws(true);
    if (this.code() === 41) {
      this.pos++;
      this.ws(false);
      if (this.startsWith('=>')) {
        this.pos += 2;
        this.ws(true);
        const body = this.parseExpression();
        return { kind: 'lambda', start, end: body.end, parameters, body };
      }
    }
    this.pos = start;
    return undefined;
  }

  private parseObject(): BicepObject {
    const start = this.pos;
    this.pos++; // {
    const properties: BicepProperty[] = [];
    const resources: BicepResource[] = [];
    const spreads: BicepExpression[] = [];
    this.closers.push(125);
    for (;;) {
      this.ws(true);
      const c = this.code();
      if (c === -1) {
        // Unclosed: the whole container is broken syntax (no fix edits inside it).
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
      if (c === 93 || c === 41) {
        if (this.strayCloser(125)) {
          this.error(start, this.pos);
          break;
        }
        continue;
      }
      const itemStart = this.pos;
      if (this.startsWith('...')) {
        this.pos += 3;
        spreads.push(this.parseExpression());
        this.afterItem();
        continue;
      }
      const decorators = this.parseDecorators();
      if (this.startsWithWord('resource')) {
        const save = this.pos;
        this.pos += 'resource'.length;
        this.ws(false);
        if (isIdentStart(this.code())) {
          resources.push(this.parseResource(itemStart, decorators));
          this.afterItem();
          continue;
        }
        this.pos = save;
      }
      let key: BicepProperty['key'] | undefined;
      if (this.code() === 39) key = this.parseString();
      else key = this.readIdentifier();
      if (!key) {
        this.skipItem();
        continue;
      }
      this.ws(false);
      if (this.code() !== 58 /* : */) {
        this.error(key.start, this.pos);
        this.skipItem();
        continue;
      }
      this.pos++;
      this.ws(false);
      const value: BicepExpression = this.atLineEnd() ? { kind: 'error', start: this.pos, end: this.pos } : this.parseExpression();
      if (value.kind === 'error' && value.start === value.end) this.error(value.start, value.end);
      properties.push({ kind: 'property', start: itemStart, end: value.end, key, decorators, value });
      this.afterItem();
    }
    this.closers.pop();
    return { kind: 'object', start, end: this.pos, properties, resources, spreads };
  }

  /** After an object property or array item: a comma, a newline or the closing bracket. */
  private afterItem(): void {
    this.ws(false);
    const c = this.code();
    if (c === 44) this.pos++;
    else if (c !== 125 && c !== 93 && !this.atLineEnd()) this.skipItem();
  }

  /** Skips a broken item up to the end of its line or the enclosing closing bracket. */
  private skipItem(): void {
    const start = this.pos;
    this.scanClause(() => this.code() === 44);
    if (this.pos === start && this.pos < this.text.length && this.code() !== 125 && this.code() !== 93) this.pos++;
    this.error(start, this.pos);
  }

  private parseArray(): BicepExpression {
    const start = this.pos;
    this.pos++; // [
    this.ws(true);
    if (this.startsWithWord('for')) return this.parseFor(start);
    const items: BicepExpression[] = [];
    this.closers.push(93);
    for (;;) {
      this.ws(true);
      const c = this.code();
      if (c === -1) {
        // Unclosed: the whole container is broken syntax (no fix edits inside it).
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
      if (c === 125 || c === 41) {
        if (this.strayCloser(93)) {
          this.error(start, this.pos);
          break;
        }
        continue;
      }
      const before = this.pos;
      if (this.startsWith('...')) {
        this.pos += 3;
        const expression = this.parseExpression();
        items.push({ kind: 'spread', start: before, end: expression.end, expression });
      } else items.push(this.parseExpression());
      if (this.pos === before) this.skipItem();
      else this.afterItem();
    }
    this.closers.pop();
    const array: BicepArray = { kind: 'array', start, end: this.pos, items };
    return array;
  }

  private parseFor(start: number): BicepExpression {
    this.pos += 3;
    this.ws(true);
    const variables: BicepIdentifier[] = [];
    if (this.code() === 40) {
      this.pos++;
      for (;;) {
        this.ws(true);
        const id = this.readIdentifier();
        if (id) variables.push(id);
        this.ws(true);
        if (this.code() === 44) this.pos++;
        else break;
      }
      if (this.code() === 41) this.pos++;
    } else {
      const id = this.readIdentifier();
      if (id) variables.push(id);
    }
    this.ws(true);
    if (this.startsWithWord('in')) this.pos += 2;
    else this.error(this.pos, this.pos);
    this.ws(true);
    const iterable = this.parseExpression();
    this.ws(true);
    if (this.code() === 58) this.pos++;
    else this.error(this.pos, this.pos);
    this.ws(true);
    const body = this.parseExpression();
    this.ws(true);
    if (this.code() === 93) this.pos++;
    else this.error(this.pos, this.pos);
    return { kind: 'for', start, end: this.pos, variables, iterable, body };
  }

  /** A `'…'` string (with escapes and `${…}` holes) or a `'''…'''` verbatim string. */
  private parseString(): BicepString | BicepInterpolatedString {
    const start = this.pos;
    const t = this.text;
    if (t.startsWith("'''", start)) {
      const close = t.indexOf("'''", start + 3);
      const end = close < 0 ? t.length : close + 3;
      if (close < 0) this.error(start, end);
      this.pos = end;
      let value = t.slice(start + 3, close < 0 ? t.length : close);
      value = value.replace(/^\r?\n/, '');
      return { kind: 'string', start, end, value, multiline: true };
    }
    this.pos++;
    const segments: string[] = [];
    const expressions: BicepExpression[] = [];
    let current = '';
    for (;;) {
      const c = this.code();
      if (c === -1 || c === 10 || c === 13) {
        this.error(start, this.pos);
        break;
      }
      if (c === 39) {
        this.pos++;
        break;
      }
      if (c === 92 /* \ */) {
        const decoded = decodeEscape(t, this.pos);
        if (!decoded.valid) this.error(this.pos, this.pos + decoded.length);
        current += decoded.text;
        this.pos += decoded.length;
        continue;
      }
      if (c === 36 /* $ */ && this.code(this.pos + 1) === 123) {
        this.pos += 2;
        this.ws(true);
        segments.push(current);
        current = '';
        expressions.push(this.parseExpression());
        this.ws(true);
        if (this.code() === 125) this.pos++;
        else {
          this.error(this.pos, this.pos);
          // Resynchronise on the closing brace or quote of this string.
          while (this.pos < t.length && this.code() !== 125 && this.code() !== 39 && !this.atLineEnd()) this.pos++;
          if (this.code() === 125) this.pos++;
        }
        continue;
      }
      current += t[this.pos];
      this.pos++;
    }
    segments.push(current);
    if (expressions.length === 0) return { kind: 'string', start, end: this.pos, value: segments[0], multiline: false };
    return { kind: 'interpolated', start, end: this.pos, segments, expressions };
  }
}

/** Decodes the escape sequence at `offset` (which holds a backslash). */
export function decodeEscape(text: string, offset: number): { text: string; length: number; valid: boolean } {
  const n = text[offset + 1];
  switch (n) {
    case 'n':
      return { text: '\n', length: 2, valid: true };
    case 'r':
      return { text: '\r', length: 2, valid: true };
    case 't':
      return { text: '\t', length: 2, valid: true };
    case '\\':
    case "'":
    case '$':
      return { text: n, length: 2, valid: true };
    case 'u': {
      const m = /^\\u\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(offset, offset + 11));
      if (m) {
        const cp = parseInt(m[1], 16);
        if (cp <= 0x10ffff) return { text: String.fromCodePoint(cp), length: m[0].length, valid: true };
      }
      return { text: '\\', length: 1, valid: false };
    }
    default:
      return { text: '\\', length: 1, valid: false };
  }
}
