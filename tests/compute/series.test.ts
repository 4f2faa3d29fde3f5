import { describe, expect, it } from 'vitest';
import { computeNav } from '../../src/compute/nav.js';
import { indexCumulative, performanceWindow, strategyCumulative } from '../../src/compute/series.js';
import { buildDataset } from '../helpers/dataset-builder.js';

const calendar = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'];
const ds = buildDataset({
  calendar,
  tickers: { A: [100, 110, 99, 121] },
  snapshots: [{ date: '2026-03-03', weights: { A: 1 } }],
  // No level on 2026-03-04 (a holiday of the index): the chart keeps 03-03's level that day.
  indices: { IX1: { '2026-03-02': 200, '2026-03-03': 210, '2026-03-05': 180 } },
});
const nav = computeNav(ds.calendar, ds.prices, ds.snapshots.get('S1')!, 3, 'S1');
const index = ds.indices.get('IX1')!;

describe('chart series: cumulative return rebased to 0 at the window start', () => {
  it('a strategy: NAV(t) / NAV(start) − 1 → 0, 99/110 − 1, 121/110 − 1', () => {
    const s = strategyCumulative(nav, calendar, 1, 3, '戦略1');
    expect(s.id).toBe('S1');
    expect(s.label).toBe('戦略1');
    expect(s.points.map((p) => p.date)).toEqual(['2026-03-03', '2026-03-04', '2026-03-05']);
    expect(s.points[0]!.value).toBe(0);
    expect(s.points[1]!.value).toBeCloseTo(-0.1, 15);
    expect(s.points[2]!.value).toBeCloseTo(0.1, 15);
  });
  it('an index on a day without a level uses its last level on or before: 0, 0.05, 0.05, −0.1', () => {
    const s = indexCumulative(index, calendar, 0, 3, 'IX1');
    expect(s.points.map((p) => p.value)).toEqual([0, expect.closeTo(0.05, 15), expect.closeTo(0.05, 15), expect.closeTo(-0.1, 15)]);
  });
  it('a strategy starting after the window start: the pair starts at its first snapshot', () => {
    const w = performanceWindow(calendar, 0, 3, [{ nav, label: '戦略1', benchmark: index, benchmarkLabel: 'IX1' }]);
    expect(w.start).toBe('2026-03-02');
    expect(w.end).toBe('2026-03-05');
    const pair = w.pairs[0]!;
    expect(pair.strategy.points[0]).toEqual({ date: '2026-03-03', value: 0 });
    expect(pair.benchmark.points[0]).toEqual({ date: '2026-03-03', value: 0 });
    expect(pair.benchmark.points[2]!.value).toBeCloseTo(180 / 210 - 1, 15);
  });
});
