import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHttp, resolveVariables } from '../../engine/parsers/http';

describe('http parser', () => {
  it('reads variables, requests, headers and skips bodies and comments', () => {
    const text = [
      '@host = https://x.openai.azure.com',
      '',
      '# @name chat',
      'POST {{host}}/openai/deployments/d/chat/completions',
      '    ?api-version=2024-10-21',
      'api-key: {{key}}',
      '# x-skipped: 1',
      'Content-Type: application/json',
      '',
      '{"a": "b: c"}',
      '###',
      'GET https://example.com HTTP/1.1',
      'Accept: */*',
    ].join('\n');
    const doc = parseHttp(text);
    assert.equal(doc.variables.get('host'), 'https://x.openai.azure.com');
    assert.equal(doc.requests.length, 2);
    const [chat, other] = doc.requests;
    assert.equal(chat.method, 'POST');
    assert.equal(chat.url, '{{host}}/openai/deployments/d/chat/completions?api-version=2024-10-21');
    assert.deepEqual(chat.headers.map((h) => [h.name, h.value]), [['api-key', '{{key}}'], ['Content-Type', 'application/json']]);
    const h = chat.headers[0];
    assert.equal(text.slice(h.nameStart, h.valueEnd), 'api-key: {{key}}');
    assert.equal(text.slice(h.valueStart, h.valueEnd), '{{key}}');
    assert.equal(other.url, 'https://example.com');
    assert.deepEqual(other.headers.map((x) => x.name), ['Accept']);
    assert.equal(resolveVariables(chat.url, doc.variables), 'https://x.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-10-21');
  });

  it('accepts a bare URL request line and CRLF', () => {
    const doc = parseHttp('https://x.openai.azure.com/openai/v1/models\r\nApi-Key: abc\r\n');
    assert.equal(doc.requests[0].method, undefined);
    assert.deepEqual(doc.requests[0].headers.map((h) => [h.name, h.value]), [['Api-Key', 'abc']]);
  });
});
