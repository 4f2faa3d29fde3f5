/**
 * Properties of the computed report on the bundled sample (fixtures/sample), loaded by the real loader:
 * the figures must agree with each other the way REPORT.md says they do.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { monthBounds } from '../../src/compute/calendar.js';
import { computeReport } from '../../src/compute/report.js';
import { loadDataset } from '../../src/load/dataset.js';
import type { Dataset, ReportModel } from '../../src/types.js';
import { referenceContributions } from './reference-nav.js';

const SAMPLE = fileURLToPath(new URL('../../fixtures/sample/', import.meta.url));

describe.each(['2026-03', '2025-12'])('sample %s', (month) => {
  let dataset: Dataset;
  let report: ReportModel;
  beforeAll(async () => {
    dataset = await loadDataset(SAMPLE, { month, allowGaps: false });
    report = computeReport(dataset, { month, asOf: '2026-04-06', partial: false, generator: { name: 'wg-report', version: 'test' } }).report;
  });

  // Against reference-nav.ts, a second implementation in currency units (not src/compute's weights).
  it('each strategy: its month return and top/bottom 5 contributions match the reference, which add up to it', () => {
    expect(report.strategies.map((s) => `${s.id}:${s.market}`)).toEqual(['MAJOR100:US', 'NEXT100:US', 'SAMURAI25:JP']);
    const bounds = monthBounds(dataset.calendar, month);
    // reference-nav.ts walks the first market's calendar: the US strategies; SAMURAI25 (TSE days) is
    // checked against tests/e2e/independent_nav.py, which builds each market's calendar itself.
    for (const s of report.strategies.filter((x) => x.market === 'US')) {
      const ref = referenceContributions(dataset, s.id, bounds.baseIndex, bounds.endIndex);
      expect(s.monthReturn).toBeCloseTo(ref.monthReturn, 12);
      const rows = [...ref.byTicker.entries()].map(([ticker, c]) => ({ ticker, contribution: c.contribution }));
      expect(rows.reduce((sum, r) => sum + r.contribution, 0)).toBeCloseTo(s.monthReturn, 12);
      const sorted = rows.sort((a, b) => b.contribution - a.contribution);
      const top = sorted.slice(0, 5);
      const bottom = sorted.slice(-5).reverse();
      expect(s.topContributors.map((c) => c.ticker)).toEqual(top.map((r) => r.ticker));
      expect(s.bottomContributors.map((c) => c.ticker)).toEqual(bottom.map((r) => r.ticker));
      s.topContributors.forEach((c, i) => expect(c.contribution).toBeCloseTo(top[i]!.contribution, 12));
      s.bottomContributors.forEach((c, i) => expect(c.contribution).toBeCloseTo(bottom[i]!.contribution, 12));
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

  it('each strategy: every factor contribution is active exposure × factor return, and with specific they make the excess return', () => {
    const factorReturn = new Map(report.factorReturns!.map((f) => [f.id, f.monthReturn]));
    expect(report.strategies.find((s) => s.id === 'SAMURAI25')!.attribution).toBeNull();
    for (const s of report.strategies.filter((x) => x.market === 'US')) {
      const a = s.attribution!;
      expect(a.factors.map((f) => f.id)).toEqual(dataset.config.factors.map((f) => f.id));
      for (const f of a.factors) {
        expect(f.factorReturn).toBe(factorReturn.get(f.id));
        expect(f.contribution).toBeCloseTo(f.activeExposure * f.factorReturn, 15);
      }
      const parts = a.factors.reduce((sum, f) => sum + f.contribution, 0) + a.specific;
      expect(Math.abs(parts - s.excessReturn)).toBeLessThan(1e-15);
      expect(a.excessReturn).toBe(s.excessReturn);
      expect(s.excessReturn).toBeCloseTo(s.monthReturn - s.benchmarkReturn, 15);
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
