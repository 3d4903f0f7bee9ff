/** FrameRepair: well-formed frames pass unchanged however they are split; a bad one is skipped. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FrameRepair } from '../../server/lsp/frame-repair';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const A = frame('{"jsonrpc":"2.0","id":1,"method":"a"}');
const B = frame('{"jsonrpc":"2.0","method":"b","params":{"text":"Content-Length: 5\\r\\n\\r\\nGET / é"}}');

/** What FrameRepair passes on for `chunks`, and how many repairs it made. */
function through(chunks: (string | Buffer)[]): { out: string; drops: number } {
  let drops = 0;
  const r = new FrameRepair(() => drops++);
  const out: Buffer[] = [];
  r.on('data', (d: Buffer) => out.push(d));
  for (const c of chunks) r.write(typeof c === 'string' ? Buffer.from(c) : c);
  return { out: Buffer.concat(out).toString(), drops };
}

describe('FrameRepair', () => {
  it('passes well-formed frames unchanged, split at every byte', () => {
    const all = Buffer.from(A + B);
    for (let cut = 0; cut <= all.length; cut++) {
      assert.deepEqual(through([all.subarray(0, cut), all.subarray(cut)]), { out: A + B, drops: 0 }, `split at ${cut}`);
    }
    const bytes = [...all].map((b) => Buffer.from([b]));
    assert.deepEqual(through(bytes), { out: A + B, drops: 0 }, 'one byte at a time');
  });

  const bad: [string, string, number][] = [
    ['a header without Content-Length', 'Content-Type: x\r\n\r\n{"jsonrpc":"2.0"}', 1],
    ['a Content-Length longer than the body', 'Content-Length: 400\r\n\r\n{"jsonrpc":"2.0"}', 1],
    ['a non-numeric Content-Length', 'Content-Length: ten\r\n\r\n', 1],
    ['a header line without a colon', 'Content-Length: 2\r\nno colon\r\n\r\n{}', 1],
    ['bytes that are no frame', 'hello\r\nworld\r\n\r\n', 1],
  ];
  for (const [name, junk, drops] of bad) {
    it(`skips ${name} and passes the frames after it`, () => {
      assert.deepEqual(through([junk, A, B]), { out: A + B, drops });
      assert.deepEqual(through([junk + A + B]), { out: A + B, drops }, 'in one chunk');
    });
  }

  it('a Content-Length shorter than the body: the rest of that body is skipped up to the next header', () => {
    const r = through(['Content-Length: 5\r\n\r\n{"jsonrpc":"2.0"}', A]);
    assert.equal(r.out, 'Content-Length: 5\r\n\r\n{"jso' + A, 'the short frame is passed on (the library rejects its JSON)');
    assert.equal(r.drops, 1);
  });

  it('a long run of junk with no header end is dropped, keeping only what may start a header', () => {
    const r = through(['x'.repeat(20000), 'Content-Len', 'gth: 2\r\n\r\n{}']);
    assert.deepEqual(r, { out: 'Content-Length: 2\r\n\r\n{}', drops: 1 });
  });

  it('always ends: random junk followed by a good frame yields that frame', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ['\r', '\n', ':', ' ', 'Content-Length', '1', '9', '{', '}', 'a'];
    for (let i = 0; i < 300; i++) {
      let junk = '';
      for (let n = Math.floor(rand() * 40); n > 0; n--) junk += alphabet[Math.floor(rand() * alphabet.length)];
      const out = through([junk, '\r\n\r\n', A, A]).out;
      assert.ok(out.endsWith(A), `junk ${JSON.stringify(junk)}`);
    }
  });
});
