/**
 * What the month's figures give the user to know, worded: each strategy's compliance breaches, then
 * its top contributors without a description (REPORT.md "compliance": breaches are warnings, never
 * silent), then the strategies that may need a client notice (NOTICE.md). Run for every month, `validate` included, right after compute; light on purpose (no
 * charts, no templates).
 */
import type { Config, Dataset, ReportModel } from '../types.js';
import { complianceWarnings } from './compliance.js';
import { noticeCandidates, noticeWarning } from './notice-trigger.js';

/** With `config`, the client-notice trigger too (NOTICE.md "The trigger"), after the others. */
export function figureWarnings(report: ReportModel, securities: Dataset['securities'], config?: Pick<Config, 'notice'>): string[] {
  return [
    ...report.strategies.flatMap((s) => [
      ...complianceWarnings(s.id, s.compliance),
      ...s.topContributors
        .filter((c) => (securities.get(c.ticker)?.description ?? '').trim() === '')
        .map((c) => `securities.csv: ${c.ticker} has no description (a top contributor of ${s.id})`),
    ]),
    ...(config === undefined ? [] : noticeCandidates(report.strategies, config).map((s) => noticeWarning(s, report.month, config, report.sample))),
  ];
}
