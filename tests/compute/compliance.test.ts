import { describe, expect, it } from 'vitest';
import {
  complianceChecks,
  holdingsCount,
  holdingsCountCheck,
  maxSectorWeightCheck,
  maxWeightCheck,
} from '../../src/compute/compliance.js';
import { computeReport } from '../../src/compute/report.js';
import type { Limits, Security } from '../../src/types.js';
import { buildDataset } from '../helpers/dataset-builder.js';

const limits: Limits = { minHoldings: 3, maxHoldings: 4, maxWeight: 0.1, maxSectorWeight: 0.35 };
const security = (ticker: string, sector: string): [string, Security] => [ticker, { market: 'US', ticker, name: ticker, sector, description: '' }];

describe('holdingsCount: securities other than CASH', () => {
  it('CASH is not counted', () => {
    expect(holdingsCount(new Map([['A', 0.5], ['CASH', 0.2], ['B', 0.3]]))).toBe(2);
  });
  it('ok within [min, max], with the count and the range', () => {
    expect(holdingsCountCheck(new Map([['A', 0.3], ['B', 0.3], ['C', 0.4]]), '2026-03-31', limits)).toEqual({
      rule: 'holdingsCount', ok: true, date: '2026-03-31', count: 3, min: 3, max: 4,
    });
    expect(holdingsCountCheck(new Map([['A', 0.5], ['CASH', 0.5]]), '2026-03-31', limits).ok).toBe(false);
  });
});

describe('maxWeight: every weight other than CASH ≤ limits.maxWeight', () => {
  it('a breach lists every offender, largest first', () => {
    const w = new Map([['NVDA', 0.097], ['XYZ', 0.109], ['ABC', 0.12], ['CASH', 0.3]]);
    expect(maxWeightCheck(w, '2026-02-27', limits)).toEqual({
      rule: 'maxWeight', ok: false, date: '2026-02-27', limit: 0.1,
      over: [{ name: 'ABC', weight: 0.12 }, { name: 'XYZ', weight: 0.109 }],
      largest: { name: 'ABC', weight: 0.12 },
    });
  });
  it('ok: the largest weight; CASH above the limit does not count', () => {
    const w = new Map([['NVDA', 0.097], ['CASH', 0.3], ['AAA', 0.05]]);
    expect(maxWeightCheck(w, '2026-02-27', limits)).toEqual({
      rule: 'maxWeight', ok: true, date: '2026-02-27', limit: 0.1, over: [], largest: { name: 'NVDA', weight: 0.097 },
    });
  });
  it('a tie goes to the name that sorts first; nothing but CASH has no largest', () => {
    expect(maxWeightCheck(new Map([['B', 0.2], ['A', 0.2]]), '2026-02-27', limits)).toMatchObject({ over: [{ name: 'A' }, { name: 'B' }] });
    expect(maxWeightCheck(new Map([['CASH', 1]]), '2026-02-27', limits)).toMatchObject({ ok: true, over: [], largest: null });
  });
  it('a weight at the limit up to float noise is not a breach (0.1 / 0.9999999999999999)', () => {
    expect(maxWeightCheck(new Map([['A', 0.1 / 0.9999999999999999]]), '2026-02-27', limits).ok).toBe(true);
  });
});

describe('maxSectorWeight: each sector (CASH aside) ≤ limits.maxSectorWeight', () => {
  const securities = new Map([security('A', 'Tech'), security('B', 'Tech'), security('C', 'Fin')]);
  it('Tech 0.2 + 0.2 = 40% > 35%', () => {
    const w = new Map([['A', 0.2], ['B', 0.2], ['C', 0.3], ['CASH', 0.3]]);
    expect(maxSectorWeightCheck(w, '2026-03-31', limits, securities)).toMatchObject({ ok: false, limit: 0.35, over: [{ name: 'Tech', weight: 0.4 }] });
  });
  it('ok: the largest sector', () => {
    const w = new Map([['A', 0.1], ['B', 0.1], ['C', 0.3], ['CASH', 0.5]]);
    expect(maxSectorWeightCheck(w, '2026-03-31', limits, securities)).toEqual({
      rule: 'maxSectorWeight', ok: true, date: '2026-03-31', limit: 0.35, over: [], largest: { name: 'Fin', weight: 0.3 },
    });
  });
});

describe('the checks of a strategy', () => {
  const securities = new Map([security('A', 'Tech'), security('B', 'Fin'), security('C', 'Energy')]);
  const checks = complianceChecks({
    baseWeights: new Map([['A', 0.12], ['B', 0.08], ['CASH', 0.8]]),
    base: '2026-02-27',
    snapshotWeights: new Map([['A', 0.05], ['CASH', 0.95]]),
    snapshotDate: '2026-03-16',
    limits,
    securities,
  });
  it('maxWeight at base (dated base), then holdingsCount, maxWeight, maxSectorWeight on the last snapshot', () => {
    expect(checks.map((c) => [c.rule, c.date, c.ok])).toEqual([
      ['maxWeight', '2026-02-27', false],
      ['holdingsCount', '2026-03-16', false],
      ['maxWeight', '2026-03-16', true],
      ['maxSectorWeight', '2026-03-16', true],
    ]);
  });
});

describe('compliance in the report', () => {
  // Snapshot 26 Feb: A 10%, B 10%, C 80% (at the limit: ok). 27 Feb: A doubles, so at base A is
  // 0.2 / 1.1 = 18.18% > 10%. Snapshot 31 Mar (= end): A 10%, B 10%, C 80% again.
  const calendar = ['2026-02-26', '2026-02-27', '2026-03-02', '2026-03-31', '2026-04-01'];
  const ds = buildDataset({
    calendar,
    config: { limits: { minHoldings: 3, maxHoldings: 25, maxWeight: 0.1, maxSectorWeight: 1 } },
    tickers: { A: [100, 200, 200, 200, 200], B: [100, 100, 100, 100, 100], C: [100, 100, 100, 100, 100] },
    snapshots: [
      { date: '2026-02-26', weights: { A: 0.1, B: 0.1, C: 0.8 } },
      { date: '2026-03-31', weights: { A: 0.1, B: 0.1, C: 0.8 } },
    ],
    indices: { IX1: [1, 1, 1, 1, 1] },
    warnings: ['from the loader'],
  });
  const report = computeReport(ds, { month: '2026-03', asOf: '2026-04-01', partial: false, generator: { name: 't', version: '0' } }).report;
  const s = report.strategies[0]!;
  it('the base check sees the drifted weights (C 0.8 / 1.1, A 0.2 / 1.1); C (80%) breaches too', () => {
    const base = s.compliance[0]!;
    expect(base).toMatchObject({ rule: 'maxWeight', ok: false, date: '2026-02-27', limit: 0.1 });
    expect(base.rule === 'maxWeight' && base.over.map((o) => [o.name, o.weight])).toEqual([
      ['C', expect.closeTo(0.8 / 1.1, 12)],
      ['A', expect.closeTo(0.2 / 1.1, 12)],
    ]);
  });
  it('the end-of-month snapshot is the last snapshot on or before end', () => {
    expect(s.compliance[1]).toEqual({ rule: 'holdingsCount', ok: true, date: '2026-03-31', count: 3, min: 3, max: 25 });
    expect(s.holdingsCount).toBe(3);
  });
  it("compute's warnings are the loader's: the breaches are worded by present", () => {
    expect(report.warnings).toEqual(['from the loader']);
  });
});
