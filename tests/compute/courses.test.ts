import { describe, expect, it } from 'vitest';
import { benchmarkLabel, courseAverage, courseFigures, rankCourses } from '../../src/compute/courses.js';
import { DataError } from '../../src/errors.js';
import type { CourseReport, IndexConfig, StrategyConfig } from '../../src/types.js';

const strategies: StrategyConfig[] = [
  { market: 'US', id: 'MAJOR100', name: 'メジャー100', benchmark: 'SPX', traits: [] },
  { market: 'US', id: 'NEXT100', name: 'ネクストメジャー100', benchmark: 'RUT', traits: [] },
];
const indices: IndexConfig[] = [
  { market: 'US', id: 'SPX', name: 'S&P 500', short: 'S&P500' },
  { market: 'US', id: 'RUT', name: 'Russell 2000', short: 'Russell2000' },
];

describe('benchmarkLabel', () => {
  it('a blend: `<short> (<whole %>%)` per strategy, in the course order, joined by a space', () => {
    const course = { name: '70:30', weights: { MAJOR100: 0.7, NEXT100: 0.3 } };
    expect(benchmarkLabel(course, strategies, indices)).toBe('S&P500 (70%) Russell2000 (30%)');
  });
  it('the course order, not the config order', () => {
    const course = { name: '30:70', weights: { NEXT100: 0.7, MAJOR100: 0.3 } };
    expect(benchmarkLabel(course, strategies, indices)).toBe('Russell2000 (70%) S&P500 (30%)');
  });
  it('a one-strategy course: just the short name', () => {
    expect(benchmarkLabel({ name: 'M', weights: { MAJOR100: 1 } }, strategies, indices)).toBe('S&P500');
  });
  it('weights of 0 are left out (so this is a one-strategy course too)', () => {
    expect(benchmarkLabel({ name: 'N', weights: { MAJOR100: 0, NEXT100: 1 } }, strategies, indices)).toBe('Russell2000');
  });
  it('whole percentages are rounded: 1/3 → 33%, 2/3 → 67%', () => {
    const course = { name: 'thirds', weights: { MAJOR100: 1 / 3, NEXT100: 2 / 3 } };
    expect(benchmarkLabel(course, strategies, indices)).toBe('S&P500 (33%) Russell2000 (67%)');
  });
});

describe('course figures: R_course = Σ W_s R_s, benchmark Σ W_s R_bench(s), excess = difference', () => {
  const months = new Map([
    ['MAJOR100', { monthReturn: 0.03, benchmarkReturn: 0.01 }],
    ['NEXT100', { monthReturn: -0.02, benchmarkReturn: 0.005 }],
  ]);
  it('70:30 → 0.7 × 3% + 0.3 × (−2%) = 1.5%; benchmark 0.7 × 1% + 0.3 × 0.5% = 0.85%; excess 0.65%', () => {
    const c = courseFigures({ name: '70:30', weights: { MAJOR100: 0.7, NEXT100: 0.3 } }, months, 'label');
    expect(c.monthReturn).toBeCloseTo(0.015, 15);
    expect(c.benchmarkReturn).toBeCloseTo(0.0085, 15);
    expect(c.excessReturn).toBeCloseTo(0.0065, 15);
    expect(c.weights).toEqual({ MAJOR100: 0.7, NEXT100: 0.3 });
    expect(c.benchmarkLabel).toBe('label');
  });
  it('a one-strategy course repeats the strategy figures exactly', () => {
    const c = courseFigures({ name: 'M', weights: { MAJOR100: 1 } }, months, 'S&P500');
    expect(c.monthReturn).toBe(0.03);
    expect(c.benchmarkReturn).toBe(0.01);
  });
});

function course(name: string, monthReturn: number, excessReturn = 0): CourseReport {
  return { rank: 0, name, weights: {}, monthReturn, benchmarkLabel: '', benchmarkReturn: monthReturn - excessReturn, excessReturn };
}

describe('ranking: by month return, highest first, ties in config order', () => {
  it('ranks 1..n; equal month returns keep the config order', () => {
    const ranked = rankCourses([course('A', 0.01), course('B', 0.02), course('C', 0.01), course('D', -0.03)]);
    expect(ranked.map((c) => [c.rank, c.name])).toEqual([
      [1, 'B'],
      [2, 'A'],
      [3, 'C'],
      [4, 'D'],
    ]);
  });
  it('rank is the first key, as in report.json', () => {
    expect(Object.keys(rankCourses([course('A', 0)])[0]!)[0]).toBe('rank');
  });
});

describe('courseAverage: the plain mean of the courses', () => {
  it('month (3% + 1% − 1%) / 3 = 1%, excess (1% + 0% + 2%) / 3 = 1%', () => {
    const avg = courseAverage([course('A', 0.03, 0.01), course('B', 0.01, 0), course('C', -0.01, 0.02)]);
    expect(avg.monthReturn).toBeCloseTo(0.01, 15);
    expect(avg.excessReturn).toBeCloseTo(0.01, 15);
  });
  it('no courses at all: a data error rather than NaN', () => {
    expect(() => courseAverage([])).toThrow(DataError);
  });
});
