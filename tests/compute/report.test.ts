import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/report.js';
import { DataError, UsageError } from '../../src/errors.js';
import type { ComputeOptions } from '../../src/types.js';
import { buildDataset, weekdays, type DatasetInput } from '../helpers/dataset-builder.js';

// Fri 27 Feb (base), Mon 2 – Tue 3 Mar (end), Wed 1 Apr completes March.
const calendar = ['2026-02-27', '2026-03-02', '2026-03-03', '2026-04-01'];
const options: ComputeOptions = { month: '2026-03', asOf: '2026-04-06', partial: false, generator: { name: 'wg-report', version: '9.9.9' } };

const input: DatasetInput = {
  calendar,
  config: {
    service: { name: 'T', launchDate: '2026-02-27', ratioStartDate: '2026-02-27' },
    strategies: [
      { market: 'US', id: 'MAJOR', name: 'メジャー', benchmark: 'SPX', traits: [] },
      { market: 'US', id: 'NEXT', name: 'ネクスト', benchmark: 'RUT', traits: [] },
    ],
    courses: [
      { name: 'メジャー', weights: { MAJOR: 1 } },
      { name: '70:30', weights: { MAJOR: 0.7, NEXT: 0.3 } },
      { name: 'ネクスト', weights: { NEXT: 1 } },
    ],
    indices: [
      { market: 'US', id: 'SPX', name: 'S&P 500', short: 'S&P500' },
      { market: 'US', id: 'RUT', name: 'Russell 2000', short: 'Russell2000' },
      { market: 'US', id: 'DJI', name: 'NY ダウ', short: 'ダウ平均' },
    ],
    weeklyIndices: ['DJI', 'SPX'],
  },
  // MAJOR: A 100% → +10%. NEXT: B 100% → −20%.
  tickers: { A: { close: [100, 105, 110, 110], description: '' }, B: [100, 90, 80, 80] },
  snapshots: [
    { strategy: 'MAJOR', date: '2026-02-27', weights: { A: 1 } },
    { strategy: 'NEXT', date: '2026-02-27', weights: { B: 1 } },
  ],
  // SPX +2%, RUT −10%, DJI +1%.
  indices: { SPX: [100, 101, 102, 102], RUT: [50, 48, 45, 45], DJI: [200, 202, 202, 202] },
  warnings: ['loader warning'],
};

describe('computeReport: the report.json model', () => {
  const { report, dates, charts } = computeReport(buildDataset(input), options);

  it('dates present states beside the figures: the first day of the period, the window starts, each first snapshot', () => {
    // The calendar starts at the launch (27 Feb): 1m starts at base, 3m/6m/1y (December and before) have no day.
    expect(dates).toEqual({
      firstDay: '2026-03-02',
      windowStarts: { '1m': '2026-02-27', '3m': null, '6m': null, '1y': null, sinceLaunch: '2026-02-27' },
      firstSnapshots: { MAJOR: '2026-02-27', NEXT: '2026-02-27' },
    });
  });

  it('keys in REPORT.md order', () => {
    expect(Object.keys(report)).toEqual([
      'schemaVersion', 'month', 'base', 'end', 'asOf', 'partial', 'sample', 'generator', 'inputs', 'strategies', 'indices',
      'courses', 'courseAverage', 'weeks', 'factorReturns', 'warnings',
    ]);
    expect(Object.keys(report.strategies[0]!)).toEqual([
      'id', 'name', 'benchmark', 'market', 'base', 'end', 'monthReturn', 'benchmarkReturn', 'excessReturn', 'trailing', 'sharpe', 'sortino',
      'holdingsCount', 'topContributors', 'bottomContributors', 'attribution', 'compliance',
    ]);
    expect(Object.keys(report.strategies[0]!.trailing)).toEqual(['1m', '3m', '6m', '1y', 'sinceLaunch']);
    expect(Object.keys(report.indices[0]!)).toEqual(['id', 'name', 'monthReturn', 'trailing', 'sharpe', 'sortino']);
    expect(Object.keys(report.courses[0]!)).toEqual([
      'rank', 'name', 'weights', 'monthReturn', 'benchmarkLabel', 'benchmarkReturn', 'excessReturn',
    ]);
  });
  it('header fields', () => {
    expect(report).toMatchObject({
      schemaVersion: 1, month: '2026-03', base: '2026-02-27', end: '2026-03-03', asOf: '2026-04-06', partial: false,
      generator: { name: 'wg-report', version: '9.9.9' }, inputs: { 'config.json': 'test' },
    });
  });
  it('strategies: MAJOR +10% vs SPX +2% → excess 8%; NEXT −20% vs RUT −10% → excess −10%', () => {
    const [major, next] = report.strategies;
    expect(major!.monthReturn).toBeCloseTo(0.1, 15);
    expect(major!.benchmarkReturn).toBeCloseTo(0.02, 15);
    expect(major!.excessReturn).toBeCloseTo(0.08, 15);
    expect(next!.excessReturn).toBeCloseTo(-0.1, 15);
  });
  it('indices in config order with their month returns', () => {
    expect(report.indices.map((ix) => ix.id)).toEqual(['SPX', 'RUT', 'DJI']);
    expect(report.indices[2]!.monthReturn).toBeCloseTo(0.01, 15);
  });
  it('courses ranked: メジャー 10%, 70:30 0.7 × 10% + 0.3 × (−20%) = 1%, ネクスト −20%', () => {
    expect(report.courses.map((c) => [c.rank, c.name, c.benchmarkLabel])).toEqual([
      [1, 'メジャー', 'S&P500'],
      [2, '70:30', 'S&P500 (70%) Russell2000 (30%)'],
      [3, 'ネクスト', 'Russell2000'],
    ]);
    const blend = report.courses[1]!;
    expect(blend.monthReturn).toBeCloseTo(0.01, 15);
    expect(blend.benchmarkReturn).toBeCloseTo(0.7 * 0.02 + 0.3 * -0.1, 15); // −1.6%
    expect(blend.excessReturn).toBeCloseTo(0.026, 15);
    // average month (10% + 1% − 20%) / 3 = −3%; excess (8% + 2.6% − 10%) / 3 = 0.2%
    expect(report.courseAverage.monthReturn).toBeCloseTo(-0.03, 15);
    expect(report.courseAverage.excessReturn).toBeCloseTo(0.002, 15);
  });
  it('weeks with the weekly indices', () => {
    expect(report.weeks).toEqual([
      { number: 1, start: '2026-03-02', end: '2026-03-03', returns: { DJI: expect.closeTo(0.01, 15), SPX: expect.closeTo(0.02, 15) } },
    ]);
  });
  it('warnings: the loader\'s only (present words what the figures show: tests/present/compliance.test.ts)', () => {
    expect(report.warnings).toEqual(['loader warning']);
  });
  it('Sharpe/Sortino from 2 daily returns: MAJOR +5%, +4.7619…% → no loss day, Sortino null', () => {
    expect(report.strategies[0]!.sharpe).not.toBeNull();
    expect(report.strategies[0]!.sortino).toBeNull();
  });
  it('charts: 3-month and since-launch windows, one pair per strategy', () => {
    expect(charts.sinceLaunch.start).toBe('2026-02-27');
    expect(charts.sinceLaunch.pairs.map((p) => [p.strategy.id, p.benchmark.id, p.benchmark.label])).toEqual([
      ['MAJOR', 'SPX', 'S&P500'],
      ['NEXT', 'RUT', 'Russell2000'],
    ]);
    expect(charts.sinceLaunch.pairs[0]!.strategy.points.at(-1)!.value).toBeCloseTo(0.1, 15);
    expect(charts.last3Months.end).toBe('2026-03-03');
  });
});

describe('month-level errors', () => {
  it('no trading days in M', () => {
    expect(() => computeReport(buildDataset(input), { ...options, month: '2026-07' })).toThrow(
      'no prices for 2026-07 in prices.csv (last date 2026-04-01)',
    );
  });
  it('an incomplete month without --partial names the last date and suggests --partial; with it, partial is true', () => {
    const ds = buildDataset({ ...input, calendar: weekdays('2026-03-30', '2026-04-02'), tickers: { A: [1, 1, 1, 1], B: [1, 1, 1, 1] },
      snapshots: [{ strategy: 'MAJOR', date: '2026-03-31', weights: { A: 1 } }, { strategy: 'NEXT', date: '2026-03-31', weights: { B: 1 } }],
      indices: { SPX: [1, 1, 1, 1], RUT: [1, 1, 1, 1], DJI: [1, 1, 1, 1] },
      config: { ...input.config, service: { name: 'T', launchDate: '2026-03-31', ratioStartDate: '2026-03-31' } } });
    const april = { ...options, month: '2026-04' };
    expect(() => computeReport(ds, april)).toThrow(UsageError);
    expect(() => computeReport(ds, april)).toThrow(/2026-04-02.*--partial/);
    expect(computeReport(ds, { ...april, partial: true }).report.partial).toBe(true);
  });
  it('base before a strategy\'s first snapshot names the strategy and the date', () => {
    const ds = buildDataset({ ...input, snapshots: [input.snapshots![0]!, { strategy: 'NEXT', date: '2026-03-02', weights: { B: 1 } }] });
    expect(() => computeReport(ds, options)).toThrow(UsageError);
    expect(() => computeReport(ds, options)).toThrow(/NEXT.*2026-03-02/);
  });
  it('an index without a level on or before base is a data error naming indices.csv and the index', () => {
    const ds = buildDataset({ ...input, indices: { ...input.indices, DJI: { '2026-03-02': 1, '2026-03-03': 1 } } });
    expect(() => computeReport(ds, options)).toThrow(DataError);
    expect(() => computeReport(ds, options)).toThrow(/indices\.csv: index DJI has no level on or before 2026-02-27/);
  });
});
