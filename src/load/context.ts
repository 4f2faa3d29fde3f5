/**
 * What one load run accumulates: the problems found (all of them, per DATA.md), the warnings, and the
 * SHA-256 of every file read.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DataError, formatIssue, MAX_LISTED_ISSUES, type Issue } from '../errors.js';

/** Files in the order their problems are listed. */
const FILE_ORDER = [
  'config.json',
  'holdings.csv',
  'prices.csv',
  'securities.csv',
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

interface FileIssues {
  issues: Issue[];
  more: number;
}

export class LoadContext {
  readonly warnings: string[] = [];
  private readonly inputHashes = new Map<string, string>();
  private readonly byFile = new Map<string, FileIssues>();
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
   * The DataError for everything found. When a file had more problems than are kept, its message still
   * gives the true count (`… and N more problems (M in all)`), though `issues` holds only those kept.
   */
  dataError(): DataError {
    const issues = this.issues();
    const error = new DataError(issues);
    if (this.count > issues.length) {
      const rest = this.count - MAX_LISTED_ISSUES;
      error.message = [...issues.slice(0, MAX_LISTED_ISSUES).map(formatIssue), `… and ${rest} more problems (${this.count} in all)`].join('\n');
    }
    return error;
  }

  /** All problems: by file (FILE_ORDER, then others), each file's by line (lineless last), stable. */
  issues(): Issue[] {
    const rank = (f: string) => {
      const i = FILE_ORDER.indexOf(f);
      return i === -1 ? FILE_ORDER.length : i;
    };
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
   * Read a file of the data folder whole (70 MB of prices.csv is fine as bytes) and record its hash.
   * Missing: an error if required, else null without fuss.
   */
  async read(rel: string, required: boolean): Promise<Buffer | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(this.dir, ...rel.split('/')));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        if (required) this.error({ file: rel, message: 'required file is missing' });
        return null;
      }
      this.error({ file: rel, message: `cannot be read (${code ?? String(e)})` });
      return null;
    }
    this.inputHashes.set(rel, createHash('sha256').update(bytes).digest('hex'));
    return bytes;
  }
}
