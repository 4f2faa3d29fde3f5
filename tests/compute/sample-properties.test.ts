/**
 * Properties of the computed report on the bundled sample (fixtures/sample), loaded by the real loader:
 * the figures must agree with each other the way REPORT.md says they do.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { monthBounds } from '../../src/compute/calendar.js';
import { monthContributions } from '../../src/compute/contributions.js';
import { computeNav, navReturn } from '../../src/compute/nav.js';
import { computeReport } from '../../src/compute/report.js';
import { loadDataset } from '../../src/load/dataset.js';
import type { Dataset, ReportModel } from '../../src/types.js';

const SAMPLE = fileURLToPath(new URL('../../fixtures/sample/', import.meta.url));

describe.each(['2026-03', '2025-12'])('sample %s', (month) => {
  let dataset: Dataset;
  let report: ReportModel;
  beforeAll(async () => {
    dataset = await loadDataset(SAMPLE, { month, allowGaps: false });
    report = computeReport(dataset, { month, asOf: '2026-04-06', partial: false, generator: { name: 'wg-report', version: 'test' } }).report;
  });

  it('each strategy: the contributions of all its securities add up to its month return', () => {
    const bounds = monthBounds(dataset.calendar, month);
    for (const s of report.strategies) {
      const nav = computeNav(dataset.calendar, dataset.prices, dataset.snapshots.get(s.id)!, bounds.endIndex, s.id);
      const rows = monthContributions(nav, bounds, dataset.calendar, dataset.prices);
      const total = rows.reduce((sum, r) => sum + r.contribution, 0);
      expect(navReturn(nav, bounds.baseIndex, bounds.endIndex)).toBe(s.monthReturn);
      expect(total).toBeCloseTo(s.monthReturn, 12);
      // and the report's top 5 are the 5 largest of them, the bottom 5 the 5 smallest
      const sorted = rows.map((r) => r.contribution).sort((a, b) => b - a);
      expect(s.topContributors.map((c) => c.contribution)).toEqual(sorted.slice(0, 5));
      expect(s.bottomContributors.map((c) => c.contribution)).toEqual(sorted.slice(-5).reverse());
    }
  });

  it("each weekly index whose calendar is the prices calendar: the weeks compound to its month return", () => {
    const bounds = monthBounds(dataset.calendar, month);
    let checked = 0;
    for (const id of dataset.config.weeklyIndices) {
      const own = dataset.indices.get(id)!.dates.filter((d) => d >= bounds.base && d <= bounds.end);
      if (own.join() !== dataset.calendar.slice(bounds.baseIndex, bounds.endIndex + 1).join()) continue;
      const compounded = report.weeks.reduce((g, w) => g * (1 + w.returns[id]!), 1) - 1;
      expect(compounded).toBeCloseTo(report.indices.find((ix) => ix.id === id)!.monthReturn, 14);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('each strategy: factor contributions + specific = excess return', () => {
    for (const s of report.strategies) {
      const a = s.attribution!;
      const parts = a.factors.reduce((sum, f) => sum + f.contribution, 0) + a.specific;
      expect(Math.abs(parts - s.excessReturn)).toBeLessThan(1e-15);
      expect(a.excessReturn).toBe(s.excessReturn);
    }
  });

  it('each course: month and benchmark returns are the weighted sums of its strategies’ figures', () => {
    const byId = new Map(report.strategies.map((s) => [s.id, s]));
    for (const c of report.courses) {
      const weighted = (pick: (s: ReportModel['strategies'][number]) => number) =>
        Object.entries(c.weights).reduce((sum, [id, w]) => sum + w * pick(byId.get(id)!), 0);
      expect(c.monthReturn).toBeCloseTo(weighted((s) => s.monthReturn), 15);
      expect(c.benchmarkReturn).toBeCloseTo(weighted((s) => s.benchmarkReturn), 15);
      expect(c.excessReturn).toBeCloseTo(c.monthReturn - c.benchmarkReturn, 15);
    }
  });

  it('trailing 1m is the month return, for strategies and indices', () => {
    for (const row of [...report.strategies, ...report.indices]) expect(row.trailing['1m']).toBe(row.monthReturn);
  });

  it('courses are ranked 1..n by month return, highest first', () => {
    expect(report.courses.map((c) => c.rank)).toEqual(report.courses.map((_, i) => i + 1));
    for (let i = 1; i < report.courses.length; i++) {
      expect(report.courses[i - 1]!.monthReturn).toBeGreaterThanOrEqual(report.courses[i]!.monthReturn);
    }
  });
});
