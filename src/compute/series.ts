/**
 * The charts' daily series (REPORT.md section 4): each strategy's and its benchmark's cumulative
 * return, rebased to 0 at the window start, one point per trading day of the prices.csv calendar.
 * An index on a day without a level uses its last level on or before that day.
 */
import type { CumulativeSeries, IndexSeries, IsoDate, PerformanceWindow } from '../types.js';
import { indexLevelOnOrBefore } from './index-returns.js';
import { navAt, type StrategyNav } from './nav.js';

/** NAV(t) / NAV(from) − 1 for each calendar day t in [from, to]. */
export function strategyCumulative(
  nav: StrategyNav,
  calendar: readonly IsoDate[],
  from: number,
  to: number,
  label: string,
): CumulativeSeries {
  const start = navAt(nav, from);
  const points: CumulativeSeries['points'] = [];
  for (let t = from; t <= to; t++) points.push({ date: calendar[t] as IsoDate, value: navAt(nav, t) / start - 1 });
  return { id: nav.strategy, label, points };
}

/** level(≤ t) / level(≤ from) − 1 for each calendar day t in [from, to]. */
export function indexCumulative(
  index: IndexSeries,
  calendar: readonly IsoDate[],
  from: number,
  to: number,
  label: string,
): CumulativeSeries {
  const start = indexLevelOnOrBefore(index, calendar[from] as IsoDate);
  const points: CumulativeSeries['points'] = [];
  for (let t = from; t <= to; t++) {
    const date = calendar[t] as IsoDate;
    points.push({ date, value: indexLevelOnOrBefore(index, date) / start - 1 });
  }
  return { id: index.id, label, points };
}

/** One strategy of a chart: its NAV, its name and its benchmark's series and label. */
export interface ChartStrategy {
  nav: StrategyNav;
  label: string;
  benchmark: IndexSeries;
  benchmarkLabel: string;
}

/**
 * A chart window from calendar day `from` to `to`. A strategy whose first snapshot is after `from`
 * starts, with its benchmark, at its first snapshot, so that each pair compares like with like.
 */
export function performanceWindow(
  calendar: readonly IsoDate[],
  from: number,
  to: number,
  strategies: readonly ChartStrategy[],
): PerformanceWindow {
  return {
    start: calendar[from] as IsoDate,
    end: calendar[to] as IsoDate,
    pairs: strategies.map((s) => {
      const pairFrom = Math.max(from, s.nav.firstIndex);
      return {
        strategy: strategyCumulative(s.nav, calendar, pairFrom, to, s.label),
        benchmark: indexCumulative(s.benchmark, calendar, pairFrom, to, s.benchmarkLabel),
      };
    }),
  };
}
