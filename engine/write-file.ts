import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Every way the tool writes a file. Only a regular file is ever replaced, and only by the atomic
 * temp-file + fsync + rename; anything else (a FIFO, `/dev/null`, `/dev/stdout`, a socket) is
 * written in place, because renaming over a device node replaces the node (as root, `/dev/null`
 * for the whole machine). Symbolic links are followed to their target, never replaced.
 */

/** Temporary files not yet renamed into place: removed if a signal ends the process. */
const pendingTemps = new Set<string>();
let signalsHooked = false;

/** The hidden temporary name beside `target` (`.name.aoai-lint-PID-TS.tmp`); scans skip it. */
export function tempNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.aoai-lint-${process.pid}-${Date.now()}.tmp`);
}

/** True for the temporary files this module writes, so a scan never lints one left by a crash. */
export function isTempFileName(name: string): boolean {
  return /^\..*\.aoai-lint-\d+-\d+\.tmp$/.test(name);
}

/**
 * On SIGINT, SIGTERM or SIGHUP, remove the temporary files being written, then die of the same
 * signal (so the shell sees the usual status). Installed once, on the first write.
 */
function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = (): void => {
      removePendingTemps();
      for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(s);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
  process.on('exit', removePendingTemps);
}

/** Removes every temporary file not yet renamed into place (signal handlers and tests). */
export function removePendingTemps(): void {
  for (const t of pendingTemps) {
    try {
      fs.rmSync(t, { force: true });
    } catch {
      /* nothing more can be done while exiting */
    }
  }
  pendingTemps.clear();
}

/**
 * Where a new file named by `filePath` is created: the final target of a chain of dangling links
 * (as `>` in a shell does), or the path itself.
 */
function newFileTarget(filePath: string): string {
  let p = path.resolve(filePath);
  for (let hops = 0; hops < 40; hops++) {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(p);
    } catch {
      return p;
    }
    if (!st.isSymbolicLink()) return p;
    p = path.resolve(path.dirname(p), fs.readlinkSync(p));
  }
  throw Object.assign(new Error('too many levels of symbolic links'), { code: 'ELOOP' });
}

/**
 * The descriptor a path names, when it is one of this process's own (`/dev/stdout`,
 * `/dev/fd/1`, `/proc/self/fd/2`, or a link to one): written to directly, as a shell's
 * `> /dev/stdout` does. Opening it again would fail on a socket (ENXIO) and replace or truncate
 * whatever file the descriptor has open.
 */
function ownDescriptor(filePath: string): number | undefined {
  let p = path.resolve(filePath);
  for (let hops = 0; hops < 40; hops++) {
    const m = /^\/(?:proc\/self|dev)\/fd\/(\d+)$/.exec(p) ?? (/^\/dev\/std(out|err)$/.exec(p) ? [p, p.endsWith('out') ? '1' : '2'] : null);
    if (m) return Number(m[1]);
    let st: fs.Stats;
    try {
      st = fs.lstatSync(p);
    } catch {
      return undefined;
    }
    if (!st.isSymbolicLink()) return undefined;
    p = path.resolve(path.dirname(p), fs.readlinkSync(p));
  }
  return undefined;
}

function writeAllToDescriptor(fd: number, data: Buffer): void {
  let off = 0;
  while (off < data.length) {
    try {
      off += fs.writeSync(fd, data, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}

function statOrUndefined(filePath: string): fs.Stats | undefined {
  try {
    return fs.statSync(filePath);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Writes `text` over the regular file `target` atomically: a temporary file beside it, flushed,
 * given the original's mode (and owner, when allowed), then renamed over it. `keep` is the
 * original's stat (undefined for a new file).
 */
function replaceAtomically(target: string, data: Buffer, keep: fs.Stats | undefined): void {
  hookSignals();
  const tmp = tempNameFor(target);
  pendingTemps.add(tmp);
  try {
    const fd = fs.openSync(tmp, 'wx', keep ? keep.mode & 0o7777 : 0o666);
    try {
      fs.writeFileSync(fd, data);
      if (keep) {
        fs.fchmodSync(fd, keep.mode & 0o7777); // the umask narrowed the open's mode
        const uid = process.getuid?.();
        if (uid !== undefined && (keep.uid !== uid || keep.gid !== process.getgid?.())) fs.fchownSync(fd, keep.uid, keep.gid);
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } finally {
    if (pendingTemps.delete(tmp)) fs.rmSync(tmp, { force: true });
  }
}

/** Writes over an existing file's content where it is (devices, FIFOs, shared or hard-linked files). */
function writeInPlace(target: string, data: Buffer): void {
  fs.writeFileSync(target, data);
}

/**
 * Writes a report (`--output`): through links to their target; in place onto anything that is not
 * a regular file (a FIFO is read from its other end, `/dev/null` discards); atomically onto a
 * regular file or a new one (whose folder is created).
 */
export function writeReport(filePath: string, text: string): void {
  const data = Buffer.from(text, 'utf8');
  const fd = ownDescriptor(filePath);
  if (fd !== undefined) return writeAllToDescriptor(fd, data);
  // stat follows links: `/dev/stdout` is a link to `/proc/self/fd/1`, whose "target" is no path
  // at all, so a special file is opened through the name it was given.
  const st = statOrUndefined(filePath);
  if (!st) {
    const target = newFileTarget(filePath);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    replaceAtomically(target, data, undefined);
  } else if (st.isDirectory()) {
    throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } else if (st.isFile()) {
    replaceAtomically(fs.realpathSync(filePath), data, st);
  } else {
    writeInPlace(filePath, data);
  }
}

/** Any output file the tool writes whole (a report, a baseline): {@link writeReport}'s rules. */
export const writeFileAtomic = writeReport;

/** A file's text as read for fixing, and what it was on disk then (to detect a change before writing). */
export interface ReadForFix {
  /** The path written: the final target of any link. */
  target: string;
  text: string;
  bytes: Buffer;
  stat: fs.Stats;
}

/** Decodes strictly: a file that is not valid UTF-8 (Latin-1, binary) is never rewritten. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Why a file was not fixed: shown as a per-file notice; the run goes on with the other files. */
export class FixWriteRefused extends Error {}

/**
 * Reads a file that is about to be fixed. Throws {@link FixWriteRefused} (with the notice text)
 * for anything the fixer must not rewrite: not a regular file, read-only by its mode (unless only
 * a diff is wanted: `forWrite: false`), not valid UTF-8, or unreadable.
 */
export function readForFix(filePath: string, options: { forWrite?: boolean } = { forWrite: true }): ReadForFix {
  let target: string;
  let stat: fs.Stats;
  let bytes: Buffer;
  try {
    stat = fs.statSync(filePath);
    if (!stat.isFile()) throw new FixWriteRefused(stat.isDirectory() ? 'Not fixed: it is now a directory.' : 'Not fixed: not a regular file.');
    target = fs.realpathSync(filePath);
    bytes = fs.readFileSync(target);
  } catch (e) {
    if (e instanceof FixWriteRefused) throw e;
    throw new FixWriteRefused(`Not fixed: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  if (options.forWrite !== false && !writableByMode(stat)) throw new FixWriteRefused('Not fixed: the file is read-only.');
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new FixWriteRefused('Not fixed: the file is not valid UTF-8 (it is left as it is).');
  }
  return { target, text, bytes, stat };
}

/**
 * Whether the file's permission bits let this process write it. Checked on the mode, not by trying:
 * root may write anything, yet a file whose write bits are off was made read-only on purpose.
 */
function writableByMode(st: fs.Stats): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return (st.mode & 0o200) !== 0; // Windows: the read-only attribute
  if (uid === 0) return (st.mode & 0o222) !== 0;
  if (st.uid === uid) return (st.mode & 0o200) !== 0;
  const groups = new Set([process.getgid?.(), ...(process.getgroups?.() ?? [])]);
  if (groups.has(st.gid)) return (st.mode & 0o020) !== 0;
  return (st.mode & 0o002) !== 0;
}

/**
 * Writes a fixed text over the file `read` came from, unless it changed on disk since (then
 * {@link FixWriteRefused}: the fix was computed on the old text and would drop the new lines).
 * Keeps mode and owner: atomically when the rename can keep them, else in place (a file owned by
 * another user, or with other hard links, which a rename would split off).
 */
export function writeFixed(read: ReadForFix, text: string): void {
  let now: fs.Stats;
  let current: Buffer;
  try {
    now = fs.statSync(read.target);
    if (!now.isFile()) throw new FixWriteRefused('Not fixed: it is no longer a regular file.');
    current = fs.readFileSync(read.target);
  } catch (e) {
    if (e instanceof FixWriteRefused) throw e;
    throw new FixWriteRefused(`Not fixed: the file went away while it was being fixed (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  if (now.size !== read.stat.size || now.mtimeMs !== read.stat.mtimeMs || now.ino !== read.stat.ino || !current.equals(read.bytes)) {
    throw new FixWriteRefused('Not fixed: the file changed while it was being fixed; run again.');
  }
  const data = Buffer.from(text, 'utf8');
  const uid = process.getuid?.();
  const canKeepOwner = uid === undefined || uid === 0 || (now.uid === uid && (process.getgroups?.() ?? []).concat(process.getgid?.() ?? -1).includes(now.gid));
  if (now.nlink > 1 || !canKeepOwner) writeInPlace(read.target, data);
  else replaceAtomically(read.target, data, now);
}
