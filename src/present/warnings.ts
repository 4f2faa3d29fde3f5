/**
 * What the month's figures give the user to know, worded: each strategy's compliance breaches, then
 * its top contributors without a description (REPORT.md "compliance": breaches are warnings, never
 * silent). Run for every month, `validate` included, right after compute; light on purpose (no
 * charts, no templates).
 */
import type { Dataset, ReportModel } from '../types.js';
import { complianceWarnings } from './compliance.js';

export function figureWarnings(report: ReportModel, securities: Dataset['securities']): string[] {
  return report.strategies.flatMap((s) => [
    ...complianceWarnings(s.id, s.compliance),
    ...s.topContributors
      .filter((c) => (securities.get(c.ticker)?.description ?? '').trim() === '')
      .map((c) => `securities.csv: ${c.ticker} has no description (a top contributor of ${s.id})`),
  ]);
}
