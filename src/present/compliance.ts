/**
 * The compliance checks in words (REPORT.md "compliance"): report.json's `detail` and the warning of
 * each breach, percentages formatted as everywhere else (present/percent.ts).
 */
import type { ComplianceCheck, ComplianceEntry } from '../types.js';
import { formatPercent } from './percent.js';

/** `22`; `XYZ 10.90% > 10.00%, ABC 10.50% > 10.00%` (every offender); `max NVDA 9.70%`; `no securities`. */
export function complianceDetail(check: ComplianceCheck): string {
  if (check.rule === 'holdingsCount') return String(check.count);
  if (check.over.length > 0) return check.over.map((o) => `${o.name} ${formatPercent(o.weight)} > ${formatPercent(check.limit)}`).join(', ');
  return check.largest === null ? 'no securities' : `max ${check.largest.name} ${formatPercent(check.largest.weight)}`;
}

/** The check as report.json has it: `{ rule, ok, date, detail }`, in that order. */
export function complianceEntry(check: ComplianceCheck): ComplianceEntry {
  return { rule: check.rule, ok: check.ok, date: check.date, detail: complianceDetail(check) };
}

/** One warning per failed check: `MAJOR100: maxWeight on 2026-02-27: XYZ 10.90% > 10.00%`. */
export function complianceWarnings(strategy: string, checks: readonly ComplianceCheck[]): string[] {
  return checks
    .filter((c) => !c.ok)
    .map((c) =>
      c.rule === 'holdingsCount'
        ? `${strategy}: holdingsCount on ${c.date}: ${c.count} securities, outside ${c.min}–${c.max}`
        : `${strategy}: ${c.rule} on ${c.date}: ${complianceDetail(c)}`,
    );
}
