/**
 * The error taxonomy. Exit codes are part of the CLI's contract (README, --help):
 * 0 ok, 1 unexpected failure, 2 bad input or usage, 3 renderer failure, 4 warnings under
 * `validate --strict`.
 */

export const EXIT = {
  OK: 0,
  UNEXPECTED: 1,
  BAD_INPUT: 2,
  RENDERER: 3,
  /** `validate --strict` found warnings (compliance breaches are warnings too); no problems. */
  STRICT: 4,
} as const;

/** How many problems a message lists before it only counts the rest (DATA.md). */
export const MAX_LISTED_ISSUES = 20;

/** One problem found in the input, located as precisely as the input allows. */
export interface Issue {
  /** File name relative to the data folder: `prices.csv`, `commentary/2026-03.md`. */
  file: string;
  /** 1-based physical line where the record starts (header = 1). */
  line?: number;
  /** CSV column name. */
  column?: string;
  /** JSON path for config.json: `courses[2].weights.NEXT100`. */
  path?: string;
  /** The offending value, as read. */
  value?: string;
  /** What is wrong: `is not a number`. */
  message: string;
}

/** `prices.csv:1873: column "close": "12,5" is not a number` */
export function formatIssue(issue: Issue): string {
  let s = issue.file;
  if (issue.line !== undefined) s += `:${issue.line}`;
  s += ':';
  if (issue.path !== undefined) s += ` ${issue.path}:`;
  if (issue.column !== undefined) s += ` column "${issue.column}":`;
  if (issue.value !== undefined) s += ` ${JSON.stringify(issue.value)}`;
  return `${s} ${issue.message}`;
}

/**
 * A check of one file against another that was left out because the other file has problems of its
 * own: its findings would be knock-on errors, not causes.
 */
export interface SkippedCheck {
  /** The file not checked: `holdings.csv`. */
  file: string;
  /** The file it depends on, which has problems: `securities.csv`. */
  against: string;
}

/**
 * One line per file with problems that others were not checked against:
 * `holdings.csv, factor_returns.csv: not checked against prices.csv, which has errors above`.
 */
export function formatSkipped(skipped: readonly SkippedCheck[]): string[] {
  const byAgainst = new Map<string, string[]>();
  for (const s of skipped) {
    const files = byAgainst.get(s.against) ?? [];
    if (!files.includes(s.file)) files.push(s.file);
    byAgainst.set(s.against, files);
  }
  return [...byAgainst].map(([against, files]) => `${files.join(', ')}: not checked against ${against}, which has errors above`);
}

/**
 * The first 20 issues, one a line, then a count of the rest (`total`: the true count when not every
 * issue was kept), then every skipped check: few, and they say why a file's problems may be missing.
 */
export function formatIssues(issues: readonly Issue[], skipped: readonly SkippedCheck[] = [], total = issues.length): string {
  const lines = issues.slice(0, MAX_LISTED_ISSUES).map(formatIssue);
  const rest = total - Math.min(issues.length, MAX_LISTED_ISSUES);
  if (rest > 0) lines.push(`… and ${rest} more problem${rest === 1 ? '' : 's'} (${total} in all)`);
  lines.push(...formatSkipped(skipped));
  return lines.join('\n');
}

export class WgReportError extends Error {
  readonly exitCode: number = EXIT.UNEXPECTED;
}

/** The data folder breaks DATA.md. Exit 2; nothing is written. */
export class DataError extends WgReportError {
  override readonly exitCode = EXIT.BAD_INPUT;
  readonly issues: Issue[];
  /** Checks left out because a file they depend on has problems (listed after the problems). */
  readonly skipped: SkippedCheck[];
  /** How many problems were found; more than `issues.length` when a file had too many to keep. */
  readonly total: number;
  constructor(issues: Issue[], skipped: SkippedCheck[] = [], total = issues.length) {
    super(formatIssues(issues, skipped, total));
    this.name = 'DataError';
    this.issues = issues;
    this.skipped = skipped;
    this.total = total;
  }
}

/** Bad arguments or a month the data cannot answer (no data, before a strategy's first snapshot…). Exit 2. */
export class UsageError extends WgReportError {
  override readonly exitCode = EXIT.BAD_INPUT;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Chromium is missing, crashed or hung, or its PDF is not all in the report font. Exit 3. */
export class RenderError extends WgReportError {
  override readonly exitCode = EXIT.RENDERER;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RenderError';
  }
}
