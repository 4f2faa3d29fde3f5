import { describe, expect, it } from 'vitest';
import { monthBounds } from '../../src/compute/calendar.js';
import {
  bottomContributors,
  monthContributions,
  monthPieces,
  topContributors,
  type Contribution,
} from '../../src/compute/contributions.js';
import { computeNav, navReturn } from '../../src/compute/nav.js';
import type { Security } from '../../src/types.js';
import { buildDataset, type DatasetInput } from '../helpers/dataset-builder.js';

/** The month's contributions of S1, by ticker, and its month return. */
function contributions(input: DatasetInput, month = '2026-03') {
  const ds = buildDataset(input);
  const bounds = monthBounds(ds.calendar, month);
  const nav = computeNav(ds.calendar, ds.prices, ds.snapshots.get('S1')!, bounds.endIndex, 'S1');
  const rows = monthContributions(nav, bounds, ds.calendar, ds.prices);
  const total = rows.reduce((s, r) => s + r.contribution, 0);
  return {
    by: new Map(rows.map((r) => [r.ticker, r])),
    tickers: rows.map((r) => r.ticker),
    total,
    monthReturn: navReturn(nav, bounds.baseIndex, bounds.endIndex),
    pieces: monthPieces(nav, bounds),
  };
}

describe('contribution with no rebalance inside M: w_(i,base) × R_(i,M)', () => {
  // Snapshot 26 Feb: A 50%, B 50%. On 27 Feb (base) A +20%, B −20%, so the weights at base are 60% / 40%.
  // In March A +10% (120 → 132), B −5% (80 → 76).
  const c = contributions({
    calendar: ['2026-02-26', '2026-02-27', '2026-03-02', '2026-03-03', '2026-04-01'],
    tickers: { A: [100, 120, 132, 132, 132], B: [100, 80, 76, 76, 76] },
    snapshots: [{ date: '2026-02-26', weights: { A: 0.5, B: 0.5 } }],
  });
  it('one piece, base → end', () => {
    expect(c.pieces).toEqual([{ from: 1, to: 3 }]);
  });
  it('A: 0.6 × 0.10 = 0.06; B: 0.4 × (−0.05) = −0.02; weight is the drifted weight at base', () => {
    expect(c.by.get('A')).toEqual({ ticker: 'A', weight: expect.closeTo(0.6, 15), return: expect.closeTo(0.1, 15), contribution: expect.closeTo(0.06, 15) });
    expect(c.by.get('B')).toEqual({ ticker: 'B', weight: expect.closeTo(0.4, 15), return: expect.closeTo(-0.05, 15), contribution: expect.closeTo(-0.02, 15) });
  });
  it('they add up to the month return (1.1 × 0.6 + 0.95 × 0.4) − 1 = 0.04', () => {
    expect(c.monthReturn).toBeCloseTo(0.04, 15);
    expect(c.total).toBeCloseTo(c.monthReturn, 15);
  });
});

describe('a rebalance inside M: linked pieces', () => {
  // Base 27 Feb: A 60%, B 40%. Piece 1 (→ 3 Mar): A +10%, B −5%, so R_p1 = 0.06 − 0.02 = 0.04.
  // Snapshot 3 Mar: A 50%, C 50% (B sold, C bought). Piece 2 (→ 5 Mar): A −10%, C +20%, so R_p2 = −0.05 + 0.10 = 0.05.
  const c = contributions({
    calendar: ['2026-02-27', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-04-01'],
    tickers: {
      A: [100, 105, 110, 104.5, 99, 99],
      B: [100, 97, 95, 95, 95, 95],
      C: [50, 50, 50, 55, 60, 60],
    },
    snapshots: [
      { date: '2026-02-27', weights: { A: 0.6, B: 0.4 } },
      { date: '2026-03-03', weights: { A: 0.5, C: 0.5 } },
    ],
  });
  it('two pieces: base → 3 Mar → end', () => {
    expect(c.pieces).toEqual([{ from: 0, to: 2 }, { from: 2, to: 4 }]);
  });
  it('month return: 1.04 × 1.05 − 1 = 0.092', () => {
    expect(c.monthReturn).toBeCloseTo(0.092, 15);
  });
  it('A: 0.6 × 0.10 + 0.5 × (−0.10) × 1.04 = 0.008, its return 1.1 × 0.9 − 1 = −0.01', () => {
    expect(c.by.get('A')!.contribution).toBeCloseTo(0.008, 15);
    expect(c.by.get('A')!.return).toBeCloseTo(-0.01, 15);
    expect(c.by.get('A')!.weight).toBe(0.6);
  });
  it('B (sold on 3 Mar): 0.4 × (−0.05) = −0.02', () => {
    expect(c.by.get('B')!.contribution).toBeCloseTo(-0.02, 15);
    expect(c.by.get('B')!.return).toBeCloseTo(-0.05, 15);
  });
  it('C (bought on 3 Mar): 0.5 × 0.20 × 1.04 = 0.104; weight that of its first snapshot, 0.5', () => {
    expect(c.by.get('C')!.contribution).toBeCloseTo(0.104, 15);
    expect(c.by.get('C')!.return).toBeCloseTo(0.2, 15);
    expect(c.by.get('C')!.weight).toBe(0.5);
  });
  it('the contributions add up exactly to the month return: 0.008 − 0.02 + 0.104 = 0.092', () => {
    expect(c.total).toBeCloseTo(c.monthReturn, 15);
  });
});

describe('a snapshot dated end takes effect after M', () => {
  // Base: A 60%, B 40%; A +10%, B −5%. The end-of-month snapshot buys D, which is not a contributor.
  const c = contributions({
    calendar: ['2026-02-27', '2026-03-02', '2026-03-03', '2026-04-01'],
    tickers: { A: [100, 105, 110, 110], B: [100, 100, 95, 95], D: [10, 10, 10, 11] },
    snapshots: [
      { date: '2026-02-27', weights: { A: 0.6, B: 0.4 } },
      { date: '2026-03-03', weights: { A: 0.5, D: 0.5 } },
    ],
  });
  it('it starts no piece and adds no contributor', () => {
    expect(c.pieces).toEqual([{ from: 0, to: 2 }]);
    expect(c.tickers).toEqual(['A', 'B']);
  });
  it('A 0.6 × 0.1 + B 0.4 × (−0.05) = 0.04 = the month return', () => {
    expect(c.by.get('A')!.contribution).toBeCloseTo(0.06, 15);
    expect(c.total).toBeCloseTo(0.04, 15);
    expect(c.total).toBeCloseTo(c.monthReturn, 15);
  });
});

describe('a security held in pieces 1 and 3 but not 2', () => {
  // Snapshots: base A 50% B 50%; 2 Mar A 100%; 4 Mar A 50% B 50%. A stays at 100.
  // B: +10% in piece 1, +50% in piece 2 (not held), −10% in piece 3.
  const c = contributions({
    calendar: ['2026-02-27', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-04-01'],
    tickers: { A: [100, 100, 100, 100, 100, 100], B: [100, 110, 130, 165, 148.5, 148.5] },
    snapshots: [
      { date: '2026-02-27', weights: { A: 0.5, B: 0.5 } },
      { date: '2026-03-02', weights: { A: 1 } },
      { date: '2026-03-04', weights: { A: 0.5, B: 0.5 } },
    ],
  });
  it('B: return over held pieces 1.1 × 0.9 − 1 = −0.01; contribution 0.5 × 0.1 + 0.5 × (−0.1) × 1.05 × 1.0 = −0.0025', () => {
    expect(c.by.get('B')!.return).toBeCloseTo(-0.01, 15);
    expect(c.by.get('B')!.contribution).toBeCloseTo(-0.0025, 15);
  });
  it('month: 1.05 × 1.00 × 0.95 − 1 = −0.0025, all of it B', () => {
    expect(c.monthReturn).toBeCloseTo(-0.0025, 15);
    expect(c.by.get('A')!.contribution).toBe(0);
    expect(c.total).toBeCloseTo(c.monthReturn, 15);
  });
});

describe('CASH is part of the portfolio but never a contributor', () => {
  const c = contributions({
    calendar: ['2026-02-27', '2026-03-02', '2026-04-01'],
    tickers: { A: [100, 110, 110] },
    snapshots: [{ date: '2026-02-27', weights: { CASH: 0.2, A: 0.8 } }],
  });
  it('A 0.8 × 0.1 = 0.08 is the whole month return', () => {
    expect(c.tickers).toEqual(['A']);
    expect(c.by.get('A')!.contribution).toBeCloseTo(0.08, 15);
    expect(c.monthReturn).toBeCloseTo(0.08, 15);
  });
});

describe('top and bottom contributors: 5 each, ties to the ticker that sorts first', () => {
  const row = (ticker: string, contribution: number): Contribution => ({ ticker, weight: 0.1, return: contribution * 10, contribution });
  const rows = [row('ZZZ', 0.01), row('AAA', 0.01), row('MMM', 0.02), row('BBB', -0.01), row('CCC', -0.01), row('DDD', 0), row('EEE', 0.005)];
  const securities = new Map<string, Security>(
    rows.map((r) => [r.ticker, { ticker: r.ticker, market: 'US', name: `${r.ticker} 社`, sector: 'X', description: '' }]),
  );
  it('top: largest first; AAA before ZZZ at 1%', () => {
    const top = topContributors(rows, securities);
    expect(top.map((c) => [c.rank, c.ticker])).toEqual([
      [1, 'MMM'],
      [2, 'AAA'],
      [3, 'ZZZ'],
      [4, 'EEE'],
      [5, 'DDD'],
    ]);
    expect(top[0]).toEqual({ rank: 1, ticker: 'MMM', name: 'MMM 社', weight: 0.1, return: 0.2, contribution: 0.02 });
  });
  it('bottom: smallest first; BBB before CCC at −1%', () => {
    expect(bottomContributors(rows, securities).map((c) => [c.rank, c.ticker])).toEqual([
      [1, 'BBB'],
      [2, 'CCC'],
      [3, 'DDD'],
      [4, 'EEE'],
      [5, 'AAA'],
    ]);
  });
  it('fewer than 5 contributors: all of them', () => {
    expect(topContributors(rows.slice(0, 2), securities)).toHaveLength(2);
  });
});
