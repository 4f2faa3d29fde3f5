import { describe, expect, it } from 'vitest';
import { monthBounds } from '../../src/compute/calendar.js';
import { tradingWeeks, weekReports } from '../../src/compute/weeks.js';
import type { IndexSeries } from '../../src/types.js';
import { weekdays } from '../helpers/dataset-builder.js';

function series(id: string, levels: Record<string, number>): IndexSeries {
  const dates = Object.keys(levels).sort();
  return { id, dates, levels: dates.map((d) => levels[d]!) };
}

describe('weeks: trading days of M grouped by ISO week (Monday–Sunday)', () => {
  it('March 2026: five weeks; the first starts from 27 Feb (previous month), the last has two days', () => {
    const calendar = weekdays('2026-02-23', '2026-04-10', ['2026-04-03']);
    const weeks = tradingWeeks(calendar, monthBounds(calendar, '2026-03'));
    expect(weeks.map((w) => [w.number, w.start, w.end, w.previous])).toEqual([
      [1, '2026-03-02', '2026-03-06', '2026-02-27'],
      [2, '2026-03-09', '2026-03-13', '2026-03-06'],
      [3, '2026-03-16', '2026-03-20', '2026-03-13'],
      [4, '2026-03-23', '2026-03-27', '2026-03-20'],
      [5, '2026-03-30', '2026-03-31', '2026-03-27'],
    ]);
  });

  it('May 2026 opens with a one-day week: Friday 1 May, from Thursday 30 April', () => {
    const calendar = weekdays('2026-04-20', '2026-06-05');
    const weeks = tradingWeeks(calendar, monthBounds(calendar, '2026-05'));
    expect(weeks[0]).toEqual({ number: 1, start: '2026-05-01', end: '2026-05-01', previous: '2026-04-30' });
    expect(weeks[1]!.start).toBe('2026-05-04');
  });
});

describe('week returns: level on or before the trading day preceding the week → level on or before its last day', () => {
  // April 2025; Good Friday 18 April is not a trading day.
  const calendar = weekdays('2025-03-24', '2025-05-09', ['2025-04-18']);
  const bounds = monthBounds(calendar, '2025-04');
  const weeks = tradingWeeks(calendar, bounds);
  const dji = series('DJI', {
    '2025-03-31': 100,
    '2025-04-04': 90, // week 1: −10%
    '2025-04-11': 99, // week 2: +10%
    '2025-04-17': 103.95, // week 3 (Mon–Thu): +5%
    '2025-04-25': 114.345, // week 4: +10%
    '2025-04-30': 108.62775, // week 5 (Mon–Wed): −5%
  });
  // SPX's own calendar has no row on Thursday 17 April: the level of the 16th stands in.
  const spx = series('SPX', { '2025-03-31': 50, '2025-04-11': 50, '2025-04-16': 55, '2025-04-25': 66, '2025-04-30': 66 });
  const reports = weekReports(weeks, new Map([['DJI', dji], ['SPX', spx]]), ['DJI', 'SPX']);

  it('the Good Friday week runs Monday 14 to Thursday 17; the next starts from the 17th', () => {
    expect(weeks[2]).toMatchObject({ start: '2025-04-14', end: '2025-04-17', previous: '2025-04-11' });
    expect(weeks[3]).toMatchObject({ start: '2025-04-21', end: '2025-04-25', previous: '2025-04-17' });
  });
  it('DJI: −10%, +10%, +5%, +10%, −5%', () => {
    const r = reports.map((w) => w.returns['DJI']!);
    [-0.1, 0.1, 0.05, 0.1, -0.05].forEach((x, k) => expect(r[k]).toBeCloseTo(x, 14));
  });
  it('SPX on its own calendar: week 3 = 55 / 50 − 1 = 10%, week 4 = 66 / 55 − 1 = 20%', () => {
    expect(reports[2]!.returns['SPX']).toBeCloseTo(0.1, 15);
    expect(reports[3]!.returns['SPX']).toBeCloseTo(0.2, 15);
  });
  it('the weeks compound to the month: 0.9 × 1.1 × 1.05 × 1.1 × 0.95 − 1 = 108.62775 / 100 − 1', () => {
    const compounded = reports.reduce((g, w) => g * (1 + w.returns['DJI']!), 1) - 1;
    expect(compounded).toBeCloseTo(0.0862775, 14);
  });
  it('returns are keyed in weeklyIndices order; weeks carry number, start, end', () => {
    expect(Object.keys(reports[0]!.returns)).toEqual(['DJI', 'SPX']);
    expect(Object.keys(reports[0]!)).toEqual(['number', 'start', 'end', 'returns']);
  });
});
