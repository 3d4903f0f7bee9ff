import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Engine } from '../../engine/engine';
import { toDiagnostic } from '../../server/lsp/code-actions';
import { MemoryWorkspace } from '../helpers/rule-tester';
import { relatedRule } from '../helpers/fake-rules';

describe('LSP diagnostics', () => {
  it('carry related locations as DiagnosticRelatedInformation with file URIs', () => {
    const result = new Engine([relatedRule]).lint('/ws/app.py', 'k = READ\nc = CLIENT\n', {
      settings: { tokenScope: 'https://cognitiveservices.azure.com/.default' },
      workspace: new MemoryWorkspace(),
    });
    const d = toDiagnostic(result.findings[0]);
    assert.deepEqual(d.relatedInformation, [
      { location: { uri: pathToFileURL('/ws/app.py').href, range: { start: { line: 0, character: 4 }, end: { line: 0, character: 8 } } }, message: 'the key read' },
      { location: { uri: pathToFileURL('/ws/config.py').href, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 9 } } }, message: 'the key setting' },
    ]);
  });

  it('leave relatedInformation out when a finding has none', () => {
    const result = new Engine([{ ...relatedRule, check: (ctx) => ctx.report({ start: 0, end: 1, message: 'm' }) }]).lint('/ws/a.py', 'CLIENT', {
      settings: { tokenScope: 'https://cognitiveservices.azure.com/.default' },
      workspace: new MemoryWorkspace(),
    });
    assert.equal('relatedInformation' in toDiagnostic(result.findings[0]), false);
  });
});
