/**
 * The error taxonomy. Exit codes are part of the CLI's contract (README, --help):
 * 0 ok, 1 unexpected failure, 2 bad input or usage, 3 renderer failure, 4 warnings under
 * `validate --strict`.
 */

import { formatIssueIn, formatIssuesIn } from './messages.js';

export { MAX_LISTED_ISSUES } from './messages.js';

export const EXIT = {
  OK: 0,
  UNEXPECTED: 1,
  BAD_INPUT: 2,
  RENDERER: 3,
  /** `validate --strict` found warnings (compliance breaches are warnings too); no problems. */
  STRICT: 4,
} as const;

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

/** `prices.csv:1873: column "close": "12,5" is not a number` */
export function formatIssue(issue: Issue): string {
  return formatIssueIn(issue, 'en');
}

/**
 * The first 20 issues, one a line, then a count of the rest (`total`: the true count when not every
 * issue was kept), then every skipped check.
 */
export function formatIssues(issues: readonly Issue[], skipped: readonly SkippedCheck[] = [], total = issues.length): string {
  return formatIssuesIn(issues, skipped, total, 'en');
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
