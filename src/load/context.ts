/**
 * What one load run accumulates: the problems found (all of them, per DATA.md), the warnings, and the
 * SHA-256 of every file read.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readFile, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { DataError, formatIssue, type Issue, type SkippedCheck } from '../errors.js';
import { CHUNK, decodeChunks, detectEncoding, hasUtf16Bom, UnreadableError, type ByteSource, type TextSource } from './text.js';

/**
 * Files in the order their problems are listed: dependency order, so that a cause comes before what
 * it breaks (holdings.csv is checked against config.json, securities.csv and prices.csv; indices.csv
 * against config.json; the factor files against config.json, prices.csv and holdings.csv). The
 * commentary depends on nothing and comes last, like any file not named here.
 */
const FILE_ORDER = [
  'config.json',
  'securities.csv',
  'prices.csv',
  'holdings.csv',
  'indices.csv',
  'factor_exposures.csv',
  'benchmark_exposures.csv',
  'factor_returns.csv',
];

/**
 * A file with millions of bad rows must not build millions of Issue objects: past this many, a file's
 * problems are only counted (and one closing issue says how many more there were).
 */
export const MAX_ISSUES_KEPT_PER_FILE = 1000;

function rank(file: string): number {
  const i = FILE_ORDER.indexOf(file);
  return i === -1 ? FILE_ORDER.length : i;
}

interface FileIssues {
  issues: Issue[];
  more: number;
}

export class LoadContext {
  readonly warnings: string[] = [];
  private readonly inputHashes = new Map<string, string>();
  private readonly byFile = new Map<string, FileIssues>();
  private readonly skipped: SkippedCheck[] = [];
  private count = 0;

  constructor(readonly dir: string) {}

  error(issue: Issue): void {
    this.count++;
    // A long field value may be a slice of a 1 MB chunk of text: copy it so the chunk can be freed.
    if (issue.value !== undefined && issue.value.length >= 13) issue = { ...issue, value: Buffer.from(issue.value).toString() };
    let entry = this.byFile.get(issue.file);
    if (entry === undefined) {
      entry = { issues: [], more: 0 };
      this.byFile.set(issue.file, entry);
    }
    if (entry.issues.length < MAX_ISSUES_KEPT_PER_FILE) entry.issues.push(issue);
    else entry.more++;
  }

  /** A warning, located like an issue (`holdings.csv:12: …`) or a plain sentence. */
  warn(warning: Issue | string): void {
    this.warnings.push(typeof warning === 'string' ? warning : formatIssue(warning));
  }

  get errorCount(): number {
    return this.count;
  }

  errorCountIn(file: string): number {
    const e = this.byFile.get(file);
    return e === undefined ? 0 : e.issues.length + e.more;
  }

  /**
   * `value` (what `file` is checked against, read from `against`) when `against` has no problems;
   * else null, and the check is recorded as skipped: a file that failed must not bury its own cause
   * under knock-on errors of the files that depend on it (e.g. every held ticker "is not in
   * securities.csv" when securities.csv lost its rows to a bad header).
   */
  against<T>(file: string, against: string, value: T | null): T | null {
    if (this.errorCountIn(against) === 0) return value;
    if (!this.skipped.some((s) => s.file === file && s.against === against)) this.skipped.push({ file, against });
    return null;
  }

  /**
   * The DataError for everything found. When a file had more problems than are kept, its message still
   * gives the true count (`… and N more problems (M in all)`), though `issues` holds only those kept.
   */
  dataError(): DataError {
    const issues = this.issues();
    const skipped = [...this.skipped].sort((a, b) => rank(a.against) - rank(b.against) || rank(a.file) - rank(b.file));
    return new DataError(issues, skipped, Math.max(this.count, issues.length));
  }

  /** All problems: by file (FILE_ORDER, then others), each file's by line (lineless last), stable. */
  issues(): Issue[] {
    const files = [...this.byFile.keys()].sort((a, b) => rank(a) - rank(b));
    const out: Issue[] = [];
    for (const f of files) {
      const e = this.byFile.get(f)!;
      const sorted = e.issues
        .map((issue, i) => ({ issue, i }))
        .sort((a, b) => (a.issue.line ?? Infinity) - (b.issue.line ?? Infinity) || a.i - b.i)
        .map((x) => x.issue);
      out.push(...sorted);
      if (e.more > 0) out.push({ file: f, message: `… and ${e.more} more problems in this file (not kept)` });
    }
    return out;
  }

  /** File name → SHA-256, keys sorted. */
  inputs(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of [...this.inputHashes.keys()].sort()) out[k] = this.inputHashes.get(k)!;
    return out;
  }

  /**
   * Open a file of the data folder as raw bytes for ONE streamed pass (the universe-sized prices.csv and
   * factor_exposures.csv): the SHA-256 is computed from the same chunks and recorded when the pass
   * reaches the end. A chunk is valid until the next one is asked for (its buffer is read into again).
   * If the bytes turn out not to be UTF-8, forget() what the pass reported and use readText instead.
   * Returns null when the file is absent (an error if required), false when it is unreadable (reported).
   */
  async readBytes(rel: string, required: boolean): Promise<ByteSource | null | false> {
    const file = path.join(this.dir, ...rel.split('/'));
    const present = await this.present(rel, file, required);
    if (present !== true) return present;
    const hashes = this.inputHashes;
    return {
      file: rel,
      // Two buffers, one being read while the other is handed out: no new megabyte per chunk (nor the
      // garbage collections that external memory brings), and reading overlaps the parsing.
      async *chunks() {
        const hash = createHash('sha256');
        const code = (e: unknown) => new UnreadableError(rel, (e as NodeJS.ErrnoException).code ?? String(e));
        let handle: FileHandle;
        try {
          handle = await open(file);
        } catch (e) {
          throw code(e);
        }
        const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
        let k = 0;
        let pending: Promise<{ bytesRead: number }> | null = handle.read(buffers[0]!, 0, CHUNK, null);
        try {
          for (;;) {
            let bytesRead: number;
            try {
              ({ bytesRead } = await pending);
            } catch (e) {
              pending = null;
              throw code(e);
            }
            pending = null;
            if (bytesRead === 0) break;
            const chunk = buffers[k]!.subarray(0, bytesRead);
            k ^= 1;
            pending = handle.read(buffers[k]!, 0, CHUNK, null);
            hash.update(chunk);
            yield chunk;
          }
        } finally {
          if (pending !== null) await pending.catch(() => undefined);
          await handle.close().catch(() => undefined);
        }
        hashes.set(rel, hash.digest('hex'));
      },
    };
  }

  /** The problem of a file that could not be read to the end. */
  unreadableFile(e: UnreadableError): void {
    this.error({ file: e.file, message: `cannot be read (${e.code})` });
  }

  /** Drop every problem reported so far for `file` (a pass that has to start again). */
  forget(file: string): void {
    const e = this.byFile.get(file);
    if (e === undefined) return;
    this.count -= e.issues.length + e.more;
    this.byFile.delete(file);
  }

  /**
   * Open a CSV file of the data folder as streamed text, without holding its bytes: a first pass
   * hashes it and checks that it is UTF-8 (the usual case); the text is then decoded chunk by chunk
   * on a second pass. A file that is not UTF-8 is read whole and decoded as Shift_JIS (CP932) if it
   * is that, else its encoding problem is reported.
   * Returns null when the file is absent (an error if required), false when it is unreadable (reported).
   */
  async readText(rel: string, required: boolean): Promise<TextSource | null | false> {
    const file = path.join(this.dir, ...rel.split('/'));
    const present = await this.present(rel, file, required);
    if (present !== true) return present;
    const hash = createHash('sha256');
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    let isUtf8 = true;
    let first = true;
    try {
      for await (const chunk of createReadStream(file, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
        hash.update(chunk);
        if (isUtf8) {
          if ((first && hasUtf16Bom(chunk)) || chunk.indexOf(0) !== -1) isUtf8 = false;
          else {
            try {
              utf8.decode(chunk, { stream: true });
            } catch {
              isUtf8 = false;
            }
          }
        }
        first = false;
      }
      if (isUtf8) utf8.decode();
    } catch (e) {
      if (e instanceof TypeError) isUtf8 = false; // the decoder's end-of-input check
      else {
        this.error({ file: rel, message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` });
        return false;
      }
    }
    this.inputHashes.set(rel, hash.digest('hex'));
    if (isUtf8) {
      return {
        file: rel,
        async *chunks() {
          const decoder = new TextDecoder('utf-8'); // strips a BOM
          for await (const chunk of createReadStream(file, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
            const s = decoder.decode(chunk, { stream: true });
            if (s.length > 0) yield s;
          }
          const tail = decoder.decode();
          if (tail.length > 0) yield tail;
        },
      };
    }
    // Not UTF-8: Shift_JIS (small Excel exports, in practice), or a problem to name.
    const bytes = await readFile(file);
    const detected = detectEncoding(bytes);
    if ('problem' in detected) {
      this.error({ file: rel, line: detected.line, message: detected.problem });
      return false;
    }
    return { file: rel, chunks: () => decodeChunks(bytes, detected.encoding) };
  }

  /** Whether a file is there; reports what is wrong if not (absent: only if required). */
  private async present(rel: string, file: string, required: boolean): Promise<true | null | false> {
    try {
      if ((await stat(file)).isFile()) return true;
      this.error({ file: rel, message: 'is not a file' });
      return false;
    } catch (e) {
      return this.unreadable(rel, e, required) ? null : false;
    }
  }

  /** Records why a file could not be opened; returns true when it is simply absent. */
  private unreadable(rel: string, e: unknown, required: boolean): boolean {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      if (required) this.error({ file: rel, message: 'required file is missing' });
      return true;
    }
    this.error({ file: rel, message: `cannot be read (${code ?? String(e)})` });
    return false;
  }

  /**
   * Read a small file of the data folder whole (config.json, commentary) and record its hash.
   * Missing: an error if required, else null without fuss.
   */
  async read(rel: string, required: boolean): Promise<Buffer | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(this.dir, ...rel.split('/')));
    } catch (e) {
      this.unreadable(rel, e, required);
      return null;
    }
    this.inputHashes.set(rel, createHash('sha256').update(bytes).digest('hex'));
    return bytes;
  }
}
