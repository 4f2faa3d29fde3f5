/**
 * The error taxonomy. Exit codes are part of the CLI's contract (README, --help):
 * 0 ok, 1 unexpected failure, 2 bad input or usage, 3 renderer failure, 4 warnings under
 * `validate --strict`.
 */

import { formatIssueIn, formatIssuesIn } from './messages.js';
import type { Issue, SkippedCheck } from './types.js';

export { MAX_LISTED_ISSUES } from './messages.js';

export const EXIT = {
  OK: 0,
  UNEXPECTED: 1,
  BAD_INPUT: 2,
  RENDERER: 3,
  /** `validate --strict` found warnings (compliance breaches are warnings too); no problems. */
  STRICT: 4,
} as const;

// Issue and SkippedCheck live in types.ts so that messages.ts (which formats them) and this module
// (which uses messages.ts) do not import each other.
export type { Issue, SkippedCheck } from './types.js';

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
