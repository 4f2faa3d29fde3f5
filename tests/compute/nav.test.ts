import { describe, expect, it } from 'vitest';
import { computeNav, navAt, navReturn, weightsAt } from '../../src/compute/nav.js';
import { DataError } from '../../src/errors.js';
import { buildDataset } from '../helpers/dataset-builder.js';

const calendar = ['2026-03-02', '2026-03-03', '2026-03-04'];

function nav(input: Parameters<typeof buildDataset>[0], last = input.calendar.length - 1) {
  const ds = buildDataset(input);
  return computeNav(ds.calendar, ds.prices, ds.snapshots.get('S1')!, last, 'S1');
}

describe('NAV: NAV_t = NAV_(t−1) × (1 + Σ w_(i,t−1) r_(i,t)), weights drifting between snapshots', () => {
  // A: 100 → 110 → 121 (+10%, +10%); B: 100 → 95 → 99.75 (−5%, +5%). Snapshot on day 0: A 60%, B 40%.
  const drift = nav({
    calendar,
    tickers: { A: [100, 110, 121], B: [100, 95, 99.75] },
    snapshots: [{ date: '2026-03-02', weights: { A: 0.6, B: 0.4 } }],
  });

  it('NAV is 1 at the first snapshot close', () => {
    expect(navAt(drift, 0)).toBe(1);
    expect(drift.firstIndex).toBe(0);
  });
  it('day 1: 1 + 0.6 × 0.10 + 0.4 × (−0.05) = 1.04', () => {
    expect(navAt(drift, 1)).toBeCloseTo(1.04, 15);
    expect(drift.dailyReturn[1]).toBeCloseTo(0.04, 15);
  });
  it('weights drift: A 0.6 × 1.1 / 1.04, B 0.4 × 0.95 / 1.04', () => {
    const w = weightsAt(drift, 1);
    expect(w.get('A')).toBeCloseTo(0.66 / 1.04, 15);
    expect(w.get('B')).toBeCloseTo(0.38 / 1.04, 15);
  });
  it('day 2 on drifted weights equals buy-and-hold: 0.6 × 1.21 + 0.4 × 0.9975 = 1.125', () => {
    // 1.04 × (1 + (0.66 × 0.10 + 0.38 × 0.05) / 1.04) = 1.04 + 0.085
    expect(navAt(drift, 2)).toBeCloseTo(1.125, 15);
    expect(weightsAt(drift, 2).get('A')).toBeCloseTo(0.726 / 1.125, 15);
    expect(navReturn(drift, 0, 2)).toBeCloseTo(0.125, 15);
  });

  it('a snapshot resets the weights at its close: the day itself still earns on the old weights', () => {
    const rebalanced = nav({
      calendar,
      tickers: { A: [100, 110, 121], B: [100, 95, 99.75] },
      snapshots: [
        { date: '2026-03-02', weights: { A: 0.6, B: 0.4 } },
        { date: '2026-03-03', weights: { A: 0.5, B: 0.5 } },
      ],
    });
    expect(navAt(rebalanced, 1)).toBeCloseTo(1.04, 15); // old weights on day 1
    expect(weightsAt(rebalanced, 1).get('A')).toBe(0.5); // "the weights at date d" after d's close
    // day 2: 1.04 × (1 + 0.5 × 0.10 + 0.5 × 0.05) = 1.04 × 1.075 = 1.118
    expect(navAt(rebalanced, 2)).toBeCloseTo(1.118, 15);
    expect(weightsAt(rebalanced, 2).get('A')).toBeCloseTo(0.55 / 1.075, 15);
    expect(rebalanced.snapshotIndices).toEqual([0, 1]);
  });

  it('CASH earns 0 and drifts: 20% cash, 80% A up 10% → NAV 1.08, cash weight 0.2 / 1.08', () => {
    const withCash = nav({
      calendar,
      tickers: { A: [100, 110, 110] },
      snapshots: [{ date: '2026-03-02', weights: { CASH: 0.2, A: 0.8 } }],
    });
    expect(navAt(withCash, 1)).toBeCloseTo(1.08, 15);
    expect(weightsAt(withCash, 1).get('CASH')).toBeCloseTo(0.2 / 1.08, 15);
  });

  it('a split and a dividend in the NAV: 1 + 0.5 × (2 × 51 / 100 − 1) + 0.5 × ((98 + 3) / 100 − 1) = 1.015', () => {
    const events = nav({
      calendar,
      tickers: {
        S: { close: [100, 51, 51], split: { '2026-03-03': 2 } },
        D: { close: [100, 98, 98], dividend: { '2026-03-03': 3 } },
      },
      snapshots: [{ date: '2026-03-02', weights: { S: 0.5, D: 0.5 } }],
    });
    expect(navAt(events, 1)).toBeCloseTo(1.015, 15);
  });

  it('days before the first snapshot have no NAV; snapshots after the last day are ignored', () => {
    const late = nav(
      {
        calendar,
        tickers: { A: [100, 110, 121] },
        snapshots: [
          { date: '2026-03-03', weights: { A: 1 } },
          { date: '2026-03-04', weights: { CASH: 1 } },
        ],
      },
      1,
    );
    expect(late.firstIndex).toBe(1);
    expect(late.lastIndex).toBe(1);
    expect(late.snapshotIndices).toEqual([1]);
    expect(() => navAt(late, 0)).toThrow(RangeError);
  });

  it('a held security without a close is a data error naming prices.csv', () => {
    expect(() =>
      nav({
        calendar,
        tickers: { A: [100, Number.NaN, 121] },
        snapshots: [{ date: '2026-03-02', weights: { A: 1 } }],
      }),
    ).toThrow(DataError);
  });

  it('a snapshot on a day that is not a trading day is a data error naming holdings.csv', () => {
    expect(() =>
      nav({ calendar, tickers: { A: [100, 110, 121] }, snapshots: [{ date: '2026-03-01', weights: { A: 1 } }] }),
    ).toThrow('holdings.csv:2: snapshot 2026-03-01 of S1 is not a trading day in prices.csv');
  });
});
