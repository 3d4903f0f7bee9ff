import type { Embedder } from '../../engine/engine';
import type { Parser, Rule, RuleMeta } from '../../engine/rule';

/**
 * Small rules for engine tests: they find a marker word with a regex, which is all an engine test
 * needs (real rules use real parsers).
 */
function meta(code: string, name: string, extra: Partial<RuleMeta> = {}): RuleMeta {
  return {
    code,
    name,
    description: 'Test rule.',
    severity: 'warning',
    category: 'code',
    kinds: ['python', 'dotenv', 'json', 'xml', 'bicep', 'typescript'],
    fix: 'none',
    docs: { whatItDoes: 'x', whyBad: 'x', example: 'x', useInstead: 'x', exampleLanguage: 'text', references: ['https://example.invalid'] },
    ...extra,
  };
}

/** Flags every `KEYWORD`; safe fix replaces it with `keyword`. */
export const markerRule: Rule = {
  meta: meta('AOAI990', 'test-marker', { fix: 'safe' }),
  prefilter: /KEYWORD/,
  check(ctx) {
    for (const m of ctx.file.text.matchAll(/KEYWORD/g)) {
      ctx.report({
        start: m.index!,
        end: m.index! + 7,
        message: 'marker found',
        fixes: [{ title: 'lower-case it', applicability: 'safe', edits: [{ start: m.index!, end: m.index! + 7, newText: 'keyword' }] }],
      });
    }
  },
};

/** Flags every `UNSAFE`; unsafe fix rewrites it to `Entra`. */
export const unsafeRule: Rule = {
  meta: meta('AOAI991', 'test-unsafe', { fix: 'unsafe', severity: 'error' }),
  prefilter: /UNSAFE/,
  check(ctx) {
    for (const m of ctx.file.text.matchAll(/UNSAFE/g)) {
      ctx.report({
        start: m.index!,
        end: m.index! + 6,
        message: 'unsafe thing',
        fixes: [{ title: 'switch to Entra', applicability: 'unsafe', edits: [{ start: m.index!, end: m.index! + 6, newText: 'Entra' }] }],
      });
    }
  },
};

/** Reports `MAYBE` as info through the report-level severity. */
export const infoRule: Rule = {
  meta: meta('AOAI992', 'test-info', { severity: 'warning' }),
  prefilter: /MAYBE/,
  check(ctx) {
    for (const m of ctx.file.text.matchAll(/MAYBE/g)) ctx.report({ start: m.index!, end: m.index! + 5, message: 'depends on the caller', severity: 'info' });
  },
};

/** A parser that fails on any text containing `BROKEN`. */
export const brittleParser: Parser<string> = {
  id: 'test-brittle',
  parse(file) {
    if (file.text.includes('BROKEN')) throw new Error('unexpected token at 1:1');
    return file.text;
  },
};

/** Two rules sharing the brittle parser: a parse failure must become one notice. */
export const parsingRuleA: Rule = {
  meta: meta('AOAI993', 'test-parsing-a'),
  check(ctx) {
    ctx.parse(brittleParser);
  },
};
export const parsingRuleB: Rule = {
  meta: meta('AOAI994', 'test-parsing-b'),
  check(ctx) {
    ctx.parse(brittleParser);
  },
};

/** A rule with a bug: throws on `CRASH`. */
export const crashingRule: Rule = {
  meta: meta('AOAI995', 'test-crashing'),
  check(ctx) {
    if (ctx.file.text.includes('CRASH')) throw new TypeError("Cannot read properties of undefined (reading 'x')");
  },
};

/** A fix that re-triggers itself forever (KEYWORD → KEYWORDKEYWORD would, via the marker). */
export const loopingRule: Rule = {
  meta: meta('AOAI996', 'test-looping', { fix: 'safe' }),
  prefilter: /LOOP/,
  check(ctx) {
    const i = ctx.file.text.indexOf('LOOP');
    if (i >= 0) ctx.report({ start: i, end: i + 4, message: 'loop', fixes: [{ title: 'grow', applicability: 'safe', edits: [{ start: i, end: i + 4, newText: 'LOOPx' }] }] });
  },
};

/**
 * Embeds the text between `<<<` and `>>>` of a JSON host as a `python` region, with the JSON
 * escape `\n` standing for a newline (so offsets inside and outside differ).
 */
export const fakeEmbedder: Embedder = {
  id: 'test-embedder',
  hostKinds: ['json'],
  prefilter: /<<</,
  extract(host) {
    const start = host.text.indexOf('<<<');
    const end = host.text.indexOf('>>>', start);
    if (start < 0 || end < 0) return [];
    const raw = host.text.slice(start + 3, end);
    // inner char i comes from raw index map[i]
    const map: number[] = [];
    let text = '';
    for (let i = 0; i < raw.length; i++) {
      map.push(start + 3 + i);
      if (raw[i] === '\\' && raw[i + 1] === 'n') {
        text += '\n';
        i++;
      } else text += raw[i];
    }
    map.push(end);
    return [{ kind: 'python', text, toOuter: (o) => map[o], encode: (t) => t.replace(/\n/g, '\\n'), label: host.path + '#region' }];
  },
};

/** The marker rule restricted to python, for embedded-region tests (the host kind must not match). */
export const pythonMarkerRule: Rule = { ...markerRule, meta: { ...markerRule.meta, kinds: ['python'] } };

/**
 * Flags every `CLIENT` and points at the first `READ` in the file and at line 3 of `config.py`
 * beside it, as a client rule points at its key read and at a setting in another file.
 */
export const relatedRule: Rule = {
  meta: meta('AOAI993', 'test-related', { kinds: ['python'] }),
  prefilter: /CLIENT/,
  check(ctx) {
    const read = ctx.file.text.indexOf('READ');
    for (const m of ctx.file.text.matchAll(/CLIENT/g)) {
      ctx.report({
        start: m.index!,
        end: m.index! + 6,
        message: 'client uses a key',
        related: [
          ...(read >= 0 ? [{ start: read, end: read + 4, message: 'the key read' }] : []),
          { path: ctx.file.path.replace(/[^/]*$/, 'config.py'), range: { start: { line: 2, character: 0 }, end: { line: 2, character: 9 } }, message: 'the key setting' },
        ],
      });
    }
  },
};
