import { describe, expect, it } from 'vitest';
import { monthBounds } from '../../src/compute/calendar.js';
import { computeReport } from '../../src/compute/report.js';
import { launchStart, trailingWindowStarts } from '../../src/compute/trailing.js';
import { DataError } from '../../src/errors.js';
import type { ComputeOptions } from '../../src/types.js';
import { buildDataset } from '../helpers/dataset-builder.js';

// One trading day per month end is enough for trailing windows (plus one day after M to complete it).
const calendar = [
  '2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-30', '2025-06-30', '2025-07-31', '2025-08-29',
  '2025-09-30', '2025-10-31', '2025-11-28', '2025-12-31', '2026-01-30', '2026-02-27', '2026-03-31', '2026-04-01',
];
const options: ComputeOptions = { month: '2026-03', asOf: '2026-04-01', partial: false, generator: { name: 't', version: '0' } };

describe('trailing window starts at the end of M', () => {
  it('1m from base, 3m/6m/1y from the last trading day of M−3, M−6, M−12; sinceLaunch from launch', () => {
    const starts = trailingWindowStarts(calendar, monthBounds(calendar, '2026-03'), '2025-01-31');
    expect(starts).toEqual({
      '1m': '2026-02-27',
      '3m': '2025-12-31',
      '6m': '2025-09-30',
      '1y': '2025-03-31',
      sinceLaunch: '2025-01-31', // launchDate is a trading day: from its own close
    });
  });
  it('a window starting before service.launchDate is null; sinceLaunch from the last trading day before launch', () => {
    const starts = trailingWindowStarts(calendar, monthBounds(calendar, '2026-03'), '2025-06-15');
    expect(starts['6m']).toBe('2025-09-30');
    expect(starts['1y']).toBeNull(); // 2025-03-31 < 2025-06-15
    expect(starts.sinceLaunch).toBe('2025-05-30');
  });
  it('in the launch month even 1m is null (base is before launch)', () => {
    const starts = trailingWindowStarts(calendar, monthBounds(calendar, '2025-06'), '2025-06-15');
    expect(starts['1m']).toBeNull();
    expect(starts['3m']).toBeNull();
  });
  it('no trading day on or before launch is a data error naming prices.csv', () => {
    expect(() => launchStart(calendar, '2024-12-31')).toThrow(DataError);
  });
});

describe('trailing returns: strategies from NAV, indices on their own calendar, the launch rule for every row', () => {
  const ds = buildDataset({
    calendar,
    config: {
      service: { name: 'T', launchDate: '2025-06-15', ratioStartDate: '2025-01-31' },
      strategies: [
        { market: 'US', id: 'S1', name: '戦略1', benchmark: 'IX1', traits: [] },
        { market: 'US', id: 'S2', name: '戦略2', benchmark: 'IX1', traits: [] },
      ],
    },
    tickers: {
      //  2025: Jan Feb Mar Apr May  Jun  Jul  Aug  Sep  Oct  Nov  Dec 2026: Jan  Feb  Mar  Apr-01
      A: [90, 95, 98, 99, 100, 104, 108, 110, 120, 118, 122, 125, 140, 150, 135, 136],
      B: [50, 50, 50, 50, 50, 50, 50, 50, 50, 40, 42, 44, 46, 48, 50, 50],
    },
    snapshots: [
      { strategy: 'S1', date: '2025-05-30', weights: { A: 1 } },
      { strategy: 'S2', date: '2025-10-31', weights: { B: 1 } }, // after the 6m start 2025-09-30
    ],
    // IX1's own calendar has no row on 2025-12-31 nor on 2026-03-31.
    indices: {
      IX1: { '2025-03-31': 900, '2025-05-30': 1000, '2025-09-30': 1100, '2025-12-30': 1150, '2026-02-27': 1200, '2026-03-30': 1180 },
    },
  });
  const report = computeReport(ds, options).report;
  const s1 = report.strategies[0]!;
  const s2 = report.strategies[1]!;
  const ix = report.indices[0]!;

  it('S1 (100% A since 2025-05-30): 1m 135/150 − 1, 3m 135/125 − 1, 6m 135/120 − 1, since launch 135/100 − 1', () => {
    expect(s1.trailing['1m']).toBeCloseTo(-0.1, 15);
    expect(s1.trailing['3m']).toBeCloseTo(0.08, 15);
    expect(s1.trailing['6m']).toBeCloseTo(0.125, 15);
    expect(s1.trailing.sinceLaunch).toBeCloseTo(0.35, 15);
  });
  it('the 1y window starts before launch: null for strategies and indices alike', () => {
    expect(s1.trailing['1y']).toBeNull();
    expect(s2.trailing['1y']).toBeNull();
    expect(ix.trailing['1y']).toBeNull(); // although IX1 has a level on 2025-03-31
  });
  it('S2 starts on 2025-10-31: 6m and since-launch windows start before it → null; 1m 50/48 − 1, 3m 50/44 − 1', () => {
    expect(s2.trailing['6m']).toBeNull();
    expect(s2.trailing.sinceLaunch).toBeNull();
    expect(s2.trailing['1m']).toBeCloseTo(50 / 48 - 1, 15);
    expect(s2.trailing['3m']).toBeCloseTo(50 / 44 - 1, 15);
  });
  it('trailing 1m is the month return', () => {
    expect(s1.trailing['1m']).toBe(s1.monthReturn);
    expect(ix.trailing['1m']).toBe(ix.monthReturn);
  });
  it('IX1 uses its level on or before each date: 1m 1180/1200 − 1, 3m 1180/1150 − 1, 6m 1180/1100 − 1, since launch 1180/1000 − 1', () => {
    expect(ix.trailing['1m']).toBeCloseTo(1180 / 1200 - 1, 15);
    expect(ix.trailing['3m']).toBeCloseTo(1180 / 1150 - 1, 15);
    expect(ix.trailing['6m']).toBeCloseTo(1180 / 1100 - 1, 15);
    expect(ix.trailing.sinceLaunch).toBeCloseTo(0.18, 15);
  });
});
