/**
 * The compliance checks in words: report.json's `detail`, the breach warnings, and present's warnings
 * of a month (breaches, then top contributors without a description, strategy by strategy). Expected
 * strings are written out by hand (REPORT.md "compliance", "Number formatting").
 */
import { describe, expect, it } from 'vitest';
import { complianceDetail, complianceEntry, complianceWarnings } from '../../src/present/compliance.js';
import { figureWarnings } from '../../src/present/warnings.js';
import { renderJson } from '../../src/render/json.js';
import type { ComplianceCheck, Security } from '../../src/types.js';
import { reportFixture } from '../helpers/report-fixture.js';

const count = (n: number): ComplianceCheck => ({ rule: 'holdingsCount', ok: n >= 3 && n <= 4, date: '2026-03-16', count: n, min: 3, max: 4 });
const breach: ComplianceCheck = {
  rule: 'maxWeight',
  ok: false,
  date: '2026-02-27',
  limit: 0.1,
  over: [{ name: 'ABC', weight: 0.12 }, { name: 'XYZ', weight: 0.109 }],
  largest: { name: 'ABC', weight: 0.12 },
};
const fine: ComplianceCheck = { rule: 'maxSectorWeight', ok: true, date: '2026-03-31', limit: 0.35, over: [], largest: { name: 'Fin', weight: 0.3 } };

describe('complianceDetail', () => {
  it('the count; every offender against the limit; else the largest; else no securities', () => {
    expect(complianceDetail(count(22))).toBe('22');
    expect(complianceDetail(breach)).toBe('ABC 12.00% > 10.00%, XYZ 10.90% > 10.00%');
    expect(complianceDetail(fine)).toBe('max Fin 30.00%');
    expect(complianceDetail({ ...fine, largest: null })).toBe('no securities');
  });
  it('rounds as every percentage of the report does (0.000125 → 0.01%, 0.00015 → 0.02%)', () => {
    expect(complianceDetail({ ...fine, largest: { name: 'A', weight: 0.000125 } })).toBe('max A 0.01%');
    expect(complianceDetail({ ...fine, largest: { name: 'A', weight: 0.00015 } })).toBe('max A 0.02%');
  });
  it('report.json entry: rule, ok, date, detail in that order', () => {
    expect(Object.entries(complianceEntry(breach))).toEqual([
      ['rule', 'maxWeight'],
      ['ok', false],
      ['date', '2026-02-27'],
      ['detail', 'ABC 12.00% > 10.00%, XYZ 10.90% > 10.00%'],
    ]);
  });
});

describe('complianceWarnings', () => {
  it('one per breach, in the order of the checks', () => {
    expect(complianceWarnings('MAJOR100', [breach, count(1), count(3), fine])).toEqual([
      'MAJOR100: maxWeight on 2026-02-27: ABC 12.00% > 10.00%, XYZ 10.90% > 10.00%',
      'MAJOR100: holdingsCount on 2026-03-16: 1 securities, outside 3–4',
    ]);
  });
});

describe('figureWarnings', () => {
  it('strategy by strategy: its breaches, then its top contributors without a description', () => {
    const { result, dataset } = reportFixture();
    const [major, next] = result.report.strategies;
    const report = {
      ...result.report,
      strategies: [
        { ...major!, compliance: [breach] },
        { ...next!, compliance: [count(30)] },
      ],
    };
    const bare = (ticker: string): [string, Security] => [ticker, { ...dataset.securities.get(ticker)!, description: ' ' }];
    const securities = new Map([...dataset.securities, bare(major!.topContributors[0]!.ticker), bare(next!.topContributors[1]!.ticker)]);
    // XOM and ALHC lose theirs here; the fixture's BCRX has none.
    expect(figureWarnings(report, securities)).toEqual([
      'MAJOR100: maxWeight on 2026-02-27: ABC 12.00% > 10.00%, XYZ 10.90% > 10.00%',
      'securities.csv: XOM has no description (a top contributor of MAJOR100)',
      'NEXT100: holdingsCount on 2026-03-16: 30 securities, outside 3–4',
      'securities.csv: ALHC has no description (a top contributor of NEXT100)',
      'securities.csv: BCRX has no description (a top contributor of NEXT100)',
    ]);
  });
});

describe('report.json', () => {
  it('words each check as { rule, ok, date, detail } and keeps every other key where it was', () => {
    const { result } = reportFixture();
    const json = JSON.parse(renderJson(result.report)) as { strategies: { compliance: unknown[] }[] };
    expect(json.strategies[0]!.compliance).toEqual([
      { rule: 'holdingsCount', ok: true, date: '2026-03-31', detail: '22' },
      { rule: 'maxWeight', ok: true, date: '2026-03-31', detail: 'max NVDA 9.70%' },
    ]);
    expect(Object.keys(json.strategies[0]!)).toEqual(Object.keys(result.report.strategies[0]!));
    expect(Object.keys(json)).toEqual(Object.keys(result.report));
  });
});
