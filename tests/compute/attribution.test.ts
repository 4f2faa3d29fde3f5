import { describe, expect, it } from 'vitest';
import { factorAttribution, latestRowOnOrBefore } from '../../src/compute/attribution.js';
import { factorMonthReturns } from '../../src/compute/factor-returns.js';
import { computeReport } from '../../src/compute/report.js';
import { DataError } from '../../src/errors.js';
import type { FactorConfig, FactorData } from '../../src/types.js';
import { buildDataset, type FactorInput } from '../helpers/dataset-builder.js';

const factors: FactorConfig[] = [
  { id: 'profitability', name: '収益性', high: '高収益性', low: '低収益性' },
  { id: 'growth', name: '成長性', high: '高成長性', low: '低成長性' },
];
const marchDays = ['2026-03-02', '2026-03-03'];

describe('factor month return: Π over the trading days of M of (1 + f_t) − 1', () => {
  const rows = [
    { date: '2026-02-27', values: [0.5, 0.5] }, // before M: not counted
    { date: '2026-03-02', values: [0.01, -0.01] },
    { date: '2026-03-03', values: [0.02, 0.01] },
    { date: '2026-04-01', values: [0.5, 0.5] }, // after M: not counted
  ];
  it('profitability 1.01 × 1.02 − 1 = 0.0302; growth 0.99 × 1.01 − 1 = −0.0001', () => {
    const r = factorMonthReturns(factors, rows, marchDays);
    expect(r).toEqual([
      { id: 'profitability', name: '収益性', monthReturn: expect.closeTo(0.0302, 15) },
      { id: 'growth', name: '成長性', monthReturn: expect.closeTo(-0.0001, 15) },
    ]);
  });
  it('a trading day of M without a row is a data error naming factor_returns.csv and the day', () => {
    expect(() => factorMonthReturns(factors, rows, [...marchDays, '2026-03-04'])).toThrow(DataError);
    expect(() => factorMonthReturns(factors, rows, [...marchDays, '2026-03-04'])).toThrow(
      'factor_returns.csv: no row for trading day 2026-03-04',
    );
  });
});

describe('factor attribution on the weights at base', () => {
  // Weights at base: A 50%, B 30%, CASH 20%.
  // A's latest row on or before base (27 Feb) is that of 27 Feb: (2, −1); B's is that of 20 Feb: (−1, 1).
  // Portfolio: profitability 0.5 × 2 + 0.3 × (−1) = 0.7; growth 0.5 × (−1) + 0.3 × 1 = −0.2 (CASH counts 0).
  // Benchmark IX1 on 27 Feb: (0.5, 0.1). Active: 0.7 − 0.5 = 0.2 and −0.2 − 0.1 = −0.3.
  const data: FactorData = {
    exposures: new Map([
      ['A', [
        { date: '2026-01-30', values: [1, 0] },
        { date: '2026-02-27', values: [2, -1] },
        { date: '2026-03-31', values: [9, 9] },
      ]],
      ['B', [{ date: '2026-02-20', values: [-1, 1] }]],
    ]),
    benchmarkExposures: new Map([['IX1', [{ date: '2026-01-30', values: [9, 9] }, { date: '2026-02-27', values: [0.5, 0.1] }]]]),
    returns: [],
  };
  const factorReturns = [
    { id: 'profitability', name: '収益性', monthReturn: 0.0302 },
    { id: 'growth', name: '成長性', monthReturn: -0.0001 },
  ];
  const attribution = factorAttribution({
    strategy: 'S1',
    benchmark: 'IX1',
    weights: new Map([['A', 0.5], ['B', 0.3], ['CASH', 0.2]]),
    base: '2026-02-27',
    data,
    factorReturns,
    excessReturn: 0.01,
  });

  it('active exposures 0.2 and −0.3', () => {
    expect(attribution.factors[0]!.activeExposure).toBeCloseTo(0.2, 15);
    expect(attribution.factors[1]!.activeExposure).toBeCloseTo(-0.3, 15);
  });
  it('contributions 0.2 × 0.0302 = 0.00604 and −0.3 × (−0.0001) = 0.00003', () => {
    expect(attribution.factors[0]!.contribution).toBeCloseTo(0.00604, 15);
    expect(attribution.factors[1]!.contribution).toBeCloseTo(0.00003, 15);
    expect(attribution.factors[0]!.factorReturn).toBe(0.0302);
  });
  it('specific = 0.01 − 0.00607 = 0.00393, and the parts add up to the excess return', () => {
    expect(attribution.specific).toBeCloseTo(0.00393, 15);
    const parts = attribution.factors.reduce((s, f) => s + f.contribution, 0) + attribution.specific;
    expect(parts).toBeCloseTo(attribution.excessReturn, 15);
    expect(attribution.excessReturn).toBe(0.01);
  });
  it('keys as in report.json', () => {
    expect(Object.keys(attribution)).toEqual(['excessReturn', 'specific', 'factors']);
    expect(Object.keys(attribution.factors[0]!)).toEqual(['id', 'name', 'activeExposure', 'factorReturn', 'contribution']);
  });
  it('a held ticker with no exposure row on or before base: data error naming factor_exposures.csv, the ticker and the date', () => {
    const call = () =>
      factorAttribution({
        strategy: 'S1', benchmark: 'IX1', weights: new Map([['A', 0.5], ['NEW', 0.5]]), base: '2026-02-27',
        data, factorReturns, excessReturn: 0,
      });
    expect(call).toThrow(DataError);
    expect(call).toThrow(/factor_exposures\.csv: NEW .*2026-02-27/);
  });
  it('a benchmark with no row on or before base: data error naming benchmark_exposures.csv', () => {
    expect(() =>
      factorAttribution({ strategy: 'S1', benchmark: 'RUT', weights: new Map([['A', 1]]), base: '2026-02-27', data, factorReturns, excessReturn: 0 }),
    ).toThrow(/benchmark_exposures\.csv: RUT .*2026-02-27/);
  });
  it('latestRowOnOrBefore picks the last row not after the date', () => {
    expect(latestRowOnOrBefore(data.exposures.get('A')!, '2026-03-30')!.values).toEqual([2, -1]);
    expect(latestRowOnOrBefore(data.exposures.get('A')!, '2026-01-29')).toBeUndefined();
  });
});

describe('attribution in the report: weights at base, excess = month − benchmark', () => {
  // Snapshot 26 Feb: A 50%, B 50%; 27 Feb A +20%, B −20% → weights at base 60% / 40%.
  // March: A +10%, B −5% → month 0.04; IX1 +1% → excess 0.03.
  // Exposures (one factor): A 1, B −1 → portfolio 0.6 − 0.4 = 0.2; benchmark 0 → active 0.2.
  // Factor: +1% then +2% → 1.01 × 1.02 − 1 = 0.0302; contribution 0.2 × 0.0302 = 0.00604; specific 0.03 − 0.00604.
  const calendar = ['2026-02-26', '2026-02-27', '2026-03-02', '2026-03-03', '2026-04-01'];
  const factorInput: FactorInput = {
    exposures: { A: { '2026-02-26': [1] }, B: { '2026-02-26': [-1] } },
    benchmarkExposures: { IX1: { '2026-02-26': [0] } },
    returns: { '2026-03-02': [0.01], '2026-03-03': [0.02] },
  };
  const input = {
    calendar,
    config: { factors: [{ id: 'profitability', name: '収益性', high: '高収益性', low: '低収益性' }] },
    tickers: { A: [100, 120, 132, 132, 132], B: [100, 80, 76, 76, 76] },
    snapshots: [{ date: '2026-02-26', weights: { A: 0.5, B: 0.5 } }],
    indices: { IX1: [100, 100, 100, 101, 101] },
  };
  const options = { month: '2026-03', asOf: '2026-04-01', partial: false, generator: { name: 't', version: '0' } };

  it('figures by hand', () => {
    const s = computeReport(buildDataset({ ...input, factors: factorInput }), options).report.strategies[0]!;
    expect(s.excessReturn).toBeCloseTo(0.03, 15);
    expect(s.attribution!.factors[0]!.activeExposure).toBeCloseTo(0.2, 15);
    expect(s.attribution!.factors[0]!.contribution).toBeCloseTo(0.00604, 15);
    expect(s.attribution!.specific).toBeCloseTo(0.03 - 0.00604, 15);
    expect(s.attribution!.specific + s.attribution!.factors[0]!.contribution).toBeCloseTo(s.excessReturn, 15);
  });
  it('null attribution and factorReturns without the factor files', () => {
    const r = computeReport(buildDataset({ ...input, factors: null }), options).report;
    expect(r.strategies[0]!.attribution).toBeNull();
    expect(r.factorReturns).toBeNull();
  });
});
