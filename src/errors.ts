/**
 * The error taxonomy. Exit codes are part of the CLI's contract (README, --help):
 * 0 ok, 1 unexpected failure, 2 bad input or usage, 3 renderer failure.
 */

export const EXIT = {
  OK: 0,
  UNEXPECTED: 1,
  BAD_INPUT: 2,
  RENDERER: 3,
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

/** The first 20 issues, one a line, then a count of the rest. */
export function formatIssues(issues: readonly Issue[]): string {
  const lines = issues.slice(0, MAX_LISTED_ISSUES).map(formatIssue);
  const rest = issues.length - MAX_LISTED_ISSUES;
  if (rest > 0) lines.push(`… and ${rest} more problem${rest === 1 ? '' : 's'} (${issues.length} in all)`);
  return lines.join('\n');
}

export class WgReportError extends Error {
  readonly exitCode: number = EXIT.UNEXPECTED;
}

/** The data folder breaks DATA.md. Exit 2; nothing is written. */
export class DataError extends WgReportError {
  override readonly exitCode = EXIT.BAD_INPUT;
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(formatIssues(issues));
    this.name = 'DataError';
    this.issues = issues;
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

/** Chromium is missing, crashed or hung. Exit 3. */
export class RenderError extends WgReportError {
  override readonly exitCode = EXIT.RENDERER;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RenderError';
  }
}
