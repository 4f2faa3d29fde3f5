import { describe, expect, it } from 'vitest';
import { computeNav } from '../../src/compute/nav.js';
import {
  dailyRiskFreeRate,
  indexRatioReturns,
  sharpeRatio,
  sortinoRatio,
  strategyRatioReturns,
} from '../../src/compute/ratios.js';
import { buildDataset } from '../helpers/dataset-builder.js';

const SQRT_252 = Math.sqrt(252); // 15.874507866387544

describe('Sharpe: mean(x) / std(x, sample) × √252', () => {
  it('four returns 1%, −2%, 3%, 0% with rf = 0', () => {
    // mean = 0.02 / 4 = 0.005; deviations 0.005, −0.025, 0.025, −0.005
    // squares 0.000025 + 0.000625 + 0.000625 + 0.000025 = 0.0013; sample variance 0.0013 / 3
    const expected = (0.005 / Math.sqrt(0.0013 / 3)) * SQRT_252;
    expect(sharpeRatio([0.01, -0.02, 0.03, 0], 0)).toBeCloseTo(expected, 12);
    expect(expected).toBeCloseTo(3.81296, 4);
  });
  it('five returns 2%, −1%, 1.5%, −0.5%, 0.5% with rf = 0', () => {
    // mean 0.025 / 5 = 0.005; deviations ±0.015, ±0.01, 0 → squares sum 0.00065; variance 0.00065 / 4
    const expected = (0.005 / Math.sqrt(0.00065 / 4)) * SQRT_252;
    expect(sharpeRatio([0.02, -0.01, 0.015, -0.005, 0.005], 0)).toBeCloseTo(expected, 12);
    expect(expected).toBeCloseTo(6.22649, 4);
  });
  it('the risk-free rate: rf_d = 1.05^(1/252) − 1 comes off the mean, not the deviation', () => {
    const rf = 1.05 ** (1 / 252) - 1;
    expect(dailyRiskFreeRate(0.05)).toBeCloseTo(rf, 15);
    expect(rf).toBeCloseTo(0.000193630, 8);
    const expected = ((0.005 - rf) / Math.sqrt(0.0013 / 3)) * SQRT_252;
    expect(sharpeRatio([0.01, -0.02, 0.03, 0], 0.05)).toBeCloseTo(expected, 12);
  });
  it('null with fewer than 2 returns or zero deviation', () => {
    expect(sharpeRatio([], 0)).toBeNull();
    expect(sharpeRatio([0.01], 0)).toBeNull();
    expect(sharpeRatio([0.01, 0.01, 0.01], 0)).toBeNull();
  });
});

describe('Sortino: mean(x) × 252 / (sqrt(mean(min(x, 0)²)) × √252)', () => {
  it('four returns 1%, −2%, 3%, 0%: downside sqrt((0 + 0.0004 + 0 + 0) / 4) = 0.01', () => {
    // 0.005 × 252 / (0.01 × √252) = 0.5 × √252
    expect(sortinoRatio([0.01, -0.02, 0.03, 0], 0)).toBeCloseTo(0.5 * SQRT_252, 12);
  });
  it('five returns 2%, −1%, 1.5%, −0.5%, 0.5%: downside sqrt((0.0001 + 0.000025) / 5) = 0.005', () => {
    // 0.005 × 252 / (0.005 × √252) = √252
    expect(sortinoRatio([0.02, -0.01, 0.015, -0.005, 0.005], 0)).toBeCloseTo(SQRT_252, 12);
  });
  it('with rf, x = r − rf_d: a 0% day becomes a loss day', () => {
    const rf = 1.05 ** (1 / 252) - 1;
    // x = 0.01 − rf, −0.02 − rf, 0.03 − rf, −rf: the last two of these are negative
    const downside = Math.sqrt(((0.02 + rf) ** 2 + rf ** 2) / 4);
    expect(sortinoRatio([0.01, -0.02, 0.03, 0], 0.05)).toBeCloseTo(((0.005 - rf) * 252) / (downside * SQRT_252), 12);
  });
  it('null with fewer than 2 returns or no loss day', () => {
    expect(sortinoRatio([-0.01], 0)).toBeNull();
    expect(sortinoRatio([0.01, 0.02, 0], 0)).toBeNull();
  });
});

describe('the returns the ratios use', () => {
  const calendar = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];
  const ds = buildDataset({
    calendar,
    // A: +10%, −10%, +20%, −50% on days 1..4; first snapshot on day 1.
    tickers: { A: [100, 110, 99, 118.8, 59.4] },
    snapshots: [{ date: '2026-03-03', weights: { A: 1 } }],
  });
  const nav = computeNav(ds.calendar, ds.prices, ds.snapshots.get('S1')!, 4, 'S1');

  it('a strategy: the days after its first snapshot when that is later than ratioStartDate', () => {
    const r = strategyRatioReturns(nav, calendar, '2026-03-02', 4);
    expect(r).toHaveLength(3); // days 2, 3, 4
    expect(r[0]).toBeCloseTo(-0.1, 15);
    expect(r[1]).toBeCloseTo(0.2, 15);
    expect(r[2]).toBeCloseTo(-0.5, 15);
  });
  it('a strategy: the days after ratioStartDate when that is later, up to end', () => {
    const r = strategyRatioReturns(nav, calendar, '2026-03-04', 3);
    expect(r).toHaveLength(1); // day 3 only
    expect(r[0]).toBeCloseTo(0.2, 15);
  });
  it("an index: between consecutive rows of its own calendar, rows after ratioStartDate up to end", () => {
    const index = { id: 'IX', dates: ['2026-03-02', '2026-03-03', '2026-03-05', '2026-03-06'], levels: [100, 110, 99, 108.9] };
    // rows after 2026-03-03: 03-05 (99 / 110 − 1 = −10%) and 03-06 (108.9 / 99 − 1 = +10%)
    const r = indexRatioReturns(index, '2026-03-03', '2026-03-06');
    expect(r).toHaveLength(2);
    expect(r[0]).toBeCloseTo(-0.1, 15);
    expect(r[1]).toBeCloseTo(0.1, 15);
    expect(indexRatioReturns(index, '2026-03-03', '2026-03-05')).toHaveLength(1);
    expect(indexRatioReturns(index, '2026-01-01', '2026-03-06')).toHaveLength(3); // the first row has no predecessor
  });
});
