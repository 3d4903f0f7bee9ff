/**
 * A plain LSP client over stdio (Content-Length framing, JSON-RPC 2.0), no VS Code and no
 * vscode-jsonrpc: what any editor does. Used by the stdio tests and the latency benchmark.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Notification {
  method: string;
  params: Json;
  at: number;
}

export class LspClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: Json) => void; reject: (e: Error) => void }>();
  readonly notifications: Notification[] = [];
  private waiters: { pred: (n: Notification) => boolean; resolve: (n: Notification) => void }[] = [];
  /** Answers to server → client requests, by method. */
  readonly handlers = new Map<string, (params: Json) => Json>();
  readonly stderr: string[] = [];
  readonly proc: ChildProcessWithoutNullStreams;

  constructor(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, cwd?: string) {
    this.proc = spawn(command, args, { env, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr.on('data', (d: Buffer) => this.stderr.push(d.toString()));
  }

  private onData(d: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const m = /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString());
      if (!m) throw new Error('bad header');
      const len = Number(m[1]);
      if (this.buffer.length < headerEnd + 4 + len) return;
      const msg = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + len);
      this.dispatch(msg);
    }
  }

  private dispatch(msg: Json): void {
    if (msg.id !== undefined && msg.method) {
      const h = this.handlers.get(msg.method);
      this.write({ jsonrpc: '2.0', id: msg.id, result: h ? h(msg.params) : null });
    } else if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(msg.error.message));
      else p?.resolve(msg.result);
    } else {
      const n = { method: msg.method, params: msg.params, at: performance.now() };
      this.notifications.push(n);
      this.waiters = this.waiters.filter((w) => (w.pred(n) ? (w.resolve(n), false) : true));
    }
  }

  private write(msg: Json): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request<T = Json>(method: string, params: Json): Promise<T> {
    return this.start<T>(method, params).result;
  }

  /** Sends a request and returns its id too (to cancel it with `$/cancelRequest`). */
  start<T = Json>(method: string, params: Json): { id: number; result: Promise<T> } {
    const id = this.nextId++;
    const result = new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
    return { id, result };
  }

  notify(method: string, params: Json): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** The next notification (after `since` notifications seen) matching `pred`. */
  waitFor(pred: (n: Notification) => boolean, timeoutMs = 10000, since = 0): Promise<Notification> {
    const hit = this.notifications.slice(since).find(pred);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`timed out waiting for a notification; stderr: ${this.stderr.join('')}`)), timeoutMs);
      this.waiters.push({ pred, resolve: (n) => (clearTimeout(t), resolve(n)) });
    });
  }

  diagnosticsFor(uri: string, since = 0, timeoutMs = 10000): Promise<Notification> {
    return this.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri, timeoutMs, since);
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch {
      /* already gone */
    }
    await new Promise<void>((r) => {
      if (this.proc.exitCode !== null) return r();
      const t = setTimeout(() => (this.proc.kill(), r()), 2000);
      this.proc.once('exit', () => (clearTimeout(t), r()));
    });
  }
}

/** The client capabilities a modern editor announces (the parts the server looks at). */
export const CLIENT_CAPABILITIES = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: true } },
    applyEdit: true,
  },
  window: { workDoneProgress: true, showDocument: { support: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      dataSupport: true,
      resolveSupport: { properties: ['edit'] },
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
    },
  },
};
