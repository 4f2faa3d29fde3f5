/**
 * Courses (REPORT.md "courses"): blends of strategies rebalanced to their weights every month.
 *   R_course = Σ_s W_s × R_s,  benchmark = Σ_s W_s × R_bench(s),  excess = R_course − benchmark.
 * Ranked by month return, highest first, ties in config order.
 */
import { DataError } from '../errors.js';
import type { CourseConfig, CourseReport, IndexConfig, StrategyConfig } from '../types.js';

/** What a course needs of each strategy for M (decimal fractions). */
export interface StrategyMonth {
  monthReturn: number;
  benchmarkReturn: number;
}

/** A weight as a whole percentage: 0.7 → 70. */
export function wholePercent(weight: number): number {
  return Math.round(weight * 100);
}

/**
 * The course's benchmark label: the benchmark's `short` for a course of one strategy, else
 * `<short> (<weight as whole %>%)` for each strategy with weight > 0, in the course's order, joined by a space.
 */
export function benchmarkLabel(
  course: CourseConfig,
  strategies: readonly StrategyConfig[],
  indices: readonly IndexConfig[],
): string {
  const parts = Object.entries(course.weights)
    .filter(([, weight]) => weight > 0)
    .map(([id, weight]) => {
      const benchmark = strategies.find((s) => s.id === id)?.benchmark;
      const short = indices.find((ix) => ix.id === benchmark)?.short;
      if (short === undefined) throw new RangeError(`course ${course.name}: no benchmark index for strategy ${id}`);
      return { short, weight };
    });
  if (parts.length === 1) return (parts[0] as { short: string }).short;
  return parts.map((p) => `${p.short} (${wholePercent(p.weight)}%)`).join(' ');
}

/** One course's month return, benchmark return and excess return (unranked: rank 0). */
export function courseFigures(
  course: CourseConfig,
  strategyMonths: ReadonlyMap<string, StrategyMonth>,
  label: string,
): CourseReport {
  let monthReturn = 0;
  let benchmarkReturn = 0;
  for (const [id, weight] of Object.entries(course.weights)) {
    const s = strategyMonths.get(id);
    if (s === undefined) throw new RangeError(`course ${course.name}: unknown strategy ${id}`);
    monthReturn += weight * s.monthReturn;
    benchmarkReturn += weight * s.benchmarkReturn;
  }
  return {
    rank: 0,
    name: course.name,
    weights: { ...course.weights },
    monthReturn,
    benchmarkLabel: label,
    benchmarkReturn,
    excessReturn: monthReturn - benchmarkReturn,
  };
}

/** Courses ranked by month return, highest first; equal returns keep their config order. Ranks 1..n. */
export function rankCourses(courses: readonly CourseReport[]): CourseReport[] {
  return courses
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.monthReturn - a.c.monthReturn || a.order - b.order)
    .map(({ c }, i) => ({ ...c, rank: i + 1 }));
}

/** 全戦略平均: the plain mean of the courses' month and excess returns. */
export function courseAverage(courses: readonly CourseReport[]): { monthReturn: number; excessReturn: number } {
  if (courses.length === 0) {
    throw new DataError([{ file: 'config.json', path: 'courses', message: 'must list at least one course' }]);
  }
  let month = 0;
  let excess = 0;
  for (const c of courses) {
    month += c.monthReturn;
    excess += c.excessReturn;
  }
  return { monthReturn: month / courses.length, excessReturn: excess / courses.length };
}
