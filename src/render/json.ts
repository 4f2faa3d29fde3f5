import { complianceEntry } from '../present/compliance.js';
import type { NoticeModel, ReportModel } from '../types.js';

/**
 * report.json: the model as built (keys in REPORT.md's order), two-space indented, LF, final newline;
 * each compliance check as `{ rule, ok, date, detail }` (present/compliance.ts words the figures).
 * Numbers are written unrounded; JSON.stringify gives the shortest decimal that reads back as the same
 * double, so a reader gets exactly the value the report was formatted from.
 */
export function renderJson(report: ReportModel): string {
  const json = { ...report, strategies: report.strategies.map((s) => ({ ...s, compliance: s.compliance.map(complianceEntry) })) };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** A client notice's notice-<id>.json, written as report.json is (NOTICE.md "notice.json"). */
export function renderNoticeJson(notice: NoticeModel): string {
  return `${JSON.stringify(notice, null, 2)}\n`;
}
