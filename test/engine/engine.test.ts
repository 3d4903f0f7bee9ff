import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine, type LintOptions } from '../../engine/engine';
import { applyFixes, fixToFixpoint, MAX_FIX_PASSES } from '../../engine/fixes';
import { LineIndex } from '../../engine/source';
import { MemoryWorkspace } from '../helpers/rule-tester';
import { crashingRule, fakeEmbedder, infoRule, loopingRule, markerRule, parsingRuleA, parsingRuleB, pythonMarkerRule, relatedRule, unsafeRule } from '../helpers/fake-rules';
import type { Rule } from '../../engine/rule';

const options = (severities: Record<string, string> = {}): LintOptions => ({
  settings: { tokenScope: 'https://cognitiveservices.azure.com/.default' },
  workspace: new MemoryWorkspace(),
  ruleSeverities: new Map(Object.entries(severities)) as LintOptions['ruleSeverities'],
});

describe('LineIndex', () => {
  it('maps offsets and positions across LF, CRLF and CR line breaks', () => {
    const idx = new LineIndex('a\r\nbc\nd\re');
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(idx.positionAt(8), { line: 3, character: 0 });
    assert.equal(idx.offsetAt({ line: 1, character: 1 }), 4);
    assert.equal(idx.lineText(0), 'a');
    assert.equal(idx.lineText(1), 'bc');
    assert.equal(idx.offsetAt({ line: 1, character: 99 }), 5, 'clamped to the end of the line');
  });
});

describe('engine', () => {
  it('positions findings with zero-based ranges and a docs URL derived from the rule name', () => {
    const r = new Engine([markerRule]).lint('/ws/a.py', 'x = 1\ny = KEYWORD\n', options());
    assert.equal(r.findings.length, 1);
    const f = r.findings[0];
    assert.deepEqual(f.range, { start: { line: 1, character: 4 }, end: { line: 1, character: 11 } });
    assert.equal(f.code, 'AOAI990');
    assert.match(f.docsUrl, /\/docs\/rules\/test-marker\.md$/);
  });

  it('skips a rule whose prefilter does not match, without calling it', () => {
    let called = 0;
    const rule: Rule = { ...markerRule, check: () => void called++ };
    new Engine([rule]).lint('/ws/a.py', 'nothing here', options());
    assert.equal(called, 0);
    new Engine([rule]).lint('/ws/a.py', 'KEYWORD', options());
    assert.equal(called, 1);
  });

  it('ignores files of kinds it does not know', () => {
    const r = new Engine([markerRule]).lint('/ws/a.png', 'KEYWORD', options());
    assert.equal(r.kind, undefined);
    assert.equal(r.findings.length, 0);
  });

  it('applies config severities by code or name, and off disables the rule', () => {
    const e = new Engine([markerRule]);
    assert.equal(e.lint('/ws/a.py', 'KEYWORD', options({ aoai990: 'error' })).findings[0].severity, 'error');
    assert.equal(e.lint('/ws/a.py', 'KEYWORD', options({ 'test-marker': 'info' })).findings[0].severity, 'info');
    assert.equal(e.lint('/ws/a.py', 'KEYWORD', options({ aoai990: 'off' })).findings.length, 0);
  });

  it('keeps a lower report-level severity even when config raises the rule', () => {
    const e = new Engine([infoRule]);
    assert.equal(e.lint('/ws/a.py', 'MAYBE', options()).findings[0].severity, 'info');
    assert.equal(e.lint('/ws/a.py', 'MAYBE', options({ aoai992: 'error' })).findings[0].severity, 'info');
  });

  it('lets a report raise its severity until the user configures the rule', () => {
    const raising: Rule = {
      ...markerRule,
      check(ctx) {
        ctx.report({ start: 0, end: 7, message: 'hard-coded key', severity: 'error' });
      },
    };
    const e = new Engine([raising]);
    assert.equal(e.lint('/ws/a.py', 'KEYWORD', options()).findings[0].severity, 'error');
    assert.equal(e.lint('/ws/a.py', 'KEYWORD', options({ aoai990: 'warning' })).findings[0].severity, 'warning');
    assert.equal(e.lint('/ws/a.py', 'KEYWORD', options({ aoai990: 'info' })).findings[0].severity, 'info');
  });

  it('parses once and reports a parse failure once, while other rules still run', () => {
    const r = new Engine([parsingRuleA, parsingRuleB, markerRule]).lint('/ws/a.py', 'BROKEN KEYWORD', options());
    assert.equal(r.notices.length, 1);
    assert.match(r.notices[0].message, /^Cannot parse: test-brittle: unexpected token/);
    assert.equal(r.findings.length, 1);
  });

  it('turns a crashing rule into a notice and keeps going', () => {
    const r = new Engine([crashingRule, markerRule]).lint('/ws/a.py', 'CRASH KEYWORD', options());
    assert.equal(r.findings.length, 1);
    assert.equal(r.notices.length, 1);
    assert.match(r.notices[0].message, /Internal error in rule AOAI995/);
  });

  it('skips binary and oversized files with a notice', () => {
    const e = new Engine([markerRule]);
    assert.match(e.lint('/ws/a.py', 'KEYWORD\0\0', options()).notices[0].message, /binary/);
    assert.match(e.lint('/ws/a.py', 'x'.repeat(3 * 1024 * 1024 + 1), options()).notices[0].message, /larger than/);
  });

  it('rejects two rules with one code', () => {
    assert.throws(() => new Engine([markerRule, markerRule]), /duplicate rule code/);
  });

  it('runs rules on embedded regions and maps findings and fix edits back into the host', () => {
    const host = '{"cell": "<<<a = 1\\nb = KEYWORD>>>"}';
    const r = new Engine([pythonMarkerRule], [fakeEmbedder]).lint('/ws/n.json', host, options());
    assert.equal(r.findings.length, 1);
    const f = r.findings[0];
    assert.equal(host.slice(f.start, f.end), 'KEYWORD');
    const fixed = applyFixes(host, [f.fixes[0]]).text;
    assert.equal(fixed, '{"cell": "<<<a = 1\\nb = keyword>>>"}');
  });

  it('resolves related locations: same-file offsets to ranges, other files as given', () => {
    const r = new Engine([relatedRule]).lint('/ws/app.py', 'k = READ\nc = CLIENT\n', options());
    assert.equal(r.findings.length, 1);
    assert.deepEqual(r.findings[0].related, [
      { message: 'the key read', path: '/ws/app.py', range: { start: { line: 0, character: 4 }, end: { line: 0, character: 8 } } },
      { message: 'the key setting', path: '/ws/config.py', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 9 } } },
    ]);
  });

  it('maps related locations inside embedded regions into the host file', () => {
    const host = '{"cell": "<<<k = READ\\nc = CLIENT>>>"}';
    const r = new Engine([relatedRule], [fakeEmbedder]).lint('/ws/nb.json', host, options());
    assert.equal(r.findings.length, 1);
    const related = r.findings[0].related![0];
    assert.equal(related.path, '/ws/nb.json', 'the host path, not the region label');
    assert.equal(host.slice(related.range.start.character, related.range.end.character), 'READ');
  });

  it('honours suppressions inside embedded regions, in the region comment syntax', () => {
    const host = '{"cell": "<<<# aoai-lint-disable-next-line AOAI990\\nb = KEYWORD>>>"}';
    const r = new Engine([pythonMarkerRule], [fakeEmbedder]).lint('/ws/n.json', host, options());
    assert.equal(r.findings.length, 0);
    assert.equal(r.suppressed, 1);
  });
});

describe('fixes', () => {
  it('applies non-overlapping fixes in one pass and leaves touching ones for the next', () => {
    const text = 'abcdef';
    const fix = (start: number, end: number, newText: string) => ({ title: 't', applicability: 'safe' as const, edits: [{ start, end, newText }] });
    const { text: out, applied } = applyFixes(text, [fix(0, 1, 'A'), fix(1, 2, 'B'), fix(4, 5, 'E')]);
    assert.equal(out, 'AbcdEf');
    assert.equal(applied.length, 2);
  });

  it('never applies a fix whose own edits overlap or fall outside the text', () => {
    const bad = { title: 't', applicability: 'safe' as const, edits: [{ start: 0, end: 3, newText: 'x' }, { start: 2, end: 4, newText: 'y' }] };
    const outside = { title: 't', applicability: 'safe' as const, edits: [{ start: 5, end: 99, newText: 'x' }] };
    assert.equal(applyFixes('abcdef', [bad, outside]).text, 'abcdef');
  });

  it('fixes to a fixpoint: safe mode leaves unsafe fixes alone, unsafe mode applies both', () => {
    const e = new Engine([markerRule, unsafeRule]);
    const safe = fixToFixpoint(e, '/ws/a.py', 'KEYWORD UNSAFE KEYWORD', options(), 'safe');
    assert.equal(safe.text, 'keyword UNSAFE keyword');
    assert.equal(safe.remaining.length, 1);
    const unsafe = fixToFixpoint(e, '/ws/a.py', 'KEYWORD UNSAFE KEYWORD', options(), 'unsafe');
    assert.equal(unsafe.text, 'keyword Entra keyword');
    assert.equal(unsafe.remaining.length, 0);
  });

  it('stops a fix that keeps re-triggering itself after a bounded number of passes', () => {
    const out = fixToFixpoint(new Engine([loopingRule]), '/ws/a.py', 'LOOP', options(), 'safe');
    assert.equal(out.passes, MAX_FIX_PASSES);
    assert.equal(out.text, 'LOOP' + 'x'.repeat(MAX_FIX_PASSES));
  });
});
