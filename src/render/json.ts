import type { ReportModel } from '../types.js';

/**
 * report.json: the model as built (keys in REPORT.md's order), two-space indented, LF, final newline.
 * Numbers are written unrounded; JSON.stringify gives the shortest decimal that reads back as the same
 * double, so a reader gets exactly the value the report was formatted from.
 */
export function renderJson(report: ReportModel): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
