import { Transform, type TransformCallback } from 'node:stream';

/** Longest header block accepted before the stream is considered out of step. */
const MAX_HEADER_BYTES = 8 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /content-length:/i;
const LENGTH_NAME = 'content-length:';

/**
 * Sits between stdin and vscode-jsonrpc's reader and passes on only well-formed frames
 * (`Content-Length: N\r\n...\r\n\r\n` + N bytes), so one bad frame costs one message, not the
 * connection. vscode-jsonrpc 10 recovers by itself from a non-numeric length or a body that is
 * not JSON, but not from a header without `Content-Length` (the body stays in its buffer and
 * every later header fails to parse: the server never answers again) nor from a length longer
 * than the body (it swallows the next frames). Both are repaired here by skipping to the next
 * `Content-Length` header. A raw CR LF CR LF cannot occur inside a JSON body (JSON escapes
 * control characters in strings), so one inside a declared body marks where the next frame
 * really starts.
 */
export class FrameRepair extends Transform {
  private buf: Buffer = Buffer.alloc(0);
  /** How much of the current frame's body has been searched for a header (a big body arrives in many chunks). */
  private scanned = 0;

  /** `onDrop` hears each repair (for the server's log). */
  constructor(private readonly onDrop: (reason: string) => void = () => undefined) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    this.drain();
    done();
  }

  private drain(): void {
    for (;;) {
      const headerEnd = this.buf.indexOf(HEADER_END);
      if (headerEnd < 0) {
        if (this.buf.length > MAX_HEADER_BYTES) this.resync('a header without an end');
        return;
      }
      const length = headerEnd <= MAX_HEADER_BYTES ? contentLength(this.buf.subarray(0, headerEnd).toString('latin1')) : undefined;
      if (length === undefined) {
        this.resync('a malformed header');
        continue;
      }
      const start = headerEnd + HEADER_END.length;
      const declared = this.buf.subarray(start, Math.min(this.buf.length, start + length));
      const next = nextHeaderInside(declared, this.scanned);
      if (next >= 0) {
        this.onDrop('a frame whose Content-Length runs into the next frame');
        this.shift(start + next);
        continue;
      }
      if (this.buf.length < start + length) {
        this.scanned = Math.max(0, declared.length - HEADER_END.length);
        return;
      }
      this.push(this.buf.subarray(0, start + length));
      this.shift(start + length);
    }
  }

  private shift(n: number): void {
    this.buf = this.buf.subarray(n);
    this.scanned = 0;
  }

  /**
   * Drops bytes up to the next `Content-Length` header, or all but a tail that may be the start
   * of one. Always drops at least one byte, and the kept tail cannot hold a header end, so the
   * loop in `drain` always moves on.
   */
  private resync(reason: string): void {
    this.onDrop(reason);
    const text = this.buf.toString('latin1');
    const m = CONTENT_LENGTH.exec(text.slice(1));
    if (m) {
      this.shift(1 + m.index);
      return;
    }
    const lower = text.slice(-LENGTH_NAME.length).toLowerCase();
    let keep = Math.min(LENGTH_NAME.length - 1, text.length - 1);
    while (keep > 0 && !LENGTH_NAME.startsWith(lower.slice(lower.length - keep))) keep--;
    this.shift(this.buf.length - keep);
  }
}

/** The length a header block declares, or undefined when any line is not `Name: value` or it has none. */
function contentLength(header: string): number | undefined {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const m = /^([A-Za-z0-9-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!m) return undefined;
    if (m[1].toLowerCase() === 'content-length') {
      if (!/^\d{1,10}$/.test(m[2])) return undefined;
      length = Number(m[2]);
    }
  }
  return length;
}

/**
 * Where a `Content-Length` header block starts inside `body`, or -1 (a valid JSON body has none);
 * header ends before `from` were searched already.
 */
function nextHeaderInside(body: Buffer, from: number): number {
  for (;;) {
    const end = body.indexOf(HEADER_END, from);
    if (end < 0) return -1;
    const before = body.subarray(Math.max(0, end - MAX_HEADER_BYTES), end).toString('latin1');
    const at = before.toLowerCase().lastIndexOf('content-length:');
    if (at >= 0) {
      const blockStart = end - before.length + at;
      if (contentLength(body.subarray(blockStart, end).toString('latin1')) !== undefined) return blockStart;
    }
    from = end + 1;
  }
}
