/**
 * The compute stage's entry: a loaded Dataset and a month → the report.json model (REPORT.md
 * "report.json", keys in its order, every figure unrounded, compliance as figures), the dates present
 * states and the charts' daily series.
 * Pure: no I/O, no clock, no console.
 */
import { UsageError } from '../errors.js';
import type {
  ComputeOptions,
  ComputeResult,
  CourseReport,
  Dataset,
  FactorMonthReturn,
  IndexReport,
  IsoDate,
  PerformanceWindow,
  ReportModel,
  StrategyConfig,
  StrategyReport,
} from '../types.js';
import { factorAttribution } from './attribution.js';
import { shiftMonth } from '../dates.js';
import { indexOfDate, lastTradingDayOfMonth } from './calendar.js';
import { allComplete, marketWindows, type MarketWindows } from './markets.js';
import { complianceChecks, holdingsCount } from './compliance.js';
import { bottomContributors, monthContributions, topContributors } from './contributions.js';
import { benchmarkLabel, courseAverage, courseFigures, rankCourses, type StrategyMonth } from './courses.js';
import { factorMonthReturns } from './factor-returns.js';
import { indexReturn, requireIndex } from './index-returns.js';
import { computeNav, navReturn, weightsAt, type StrategyNav } from './nav.js';
import { indexRatioReturns, sharpeRatio, sortinoRatio, strategyRatioReturns } from './ratios.js';
import { performanceWindow, type ChartStrategy } from './series.js';
import { indexTrailing, strategyTrailing } from './trailing.js';
import { tradingWeeks, weekReports } from './weeks.js';

/**
 * Every figure of the report for `options.month`.
 * @throws UsageError when the data cannot answer for the month (no trading days in it or before it,
 *   incomplete without --partial, base before a strategy's first snapshot).
 * @throws DataError for data problems found only now (a missing index level, exposure row, close…).
 */
export function computeReport(dataset: Dataset, options: ComputeOptions): ComputeResult {
  const { config } = dataset;
  const windows = marketWindows(dataset, options.month, options.partial);
  const first = windows.get(config.markets[0]!.id) as MarketWindows;
  const { bounds, starts } = first;
  const on = (market: string) => windows.get(market) as MarketWindows;

  const navs = new Map(config.strategies.map((s) => [s.id, strategyNav(dataset, s, on(s.market))]));
  if (starts.sinceLaunch > bounds.end) {
    throw new UsageError(`${bounds.month} ends before the service's launch (service.launchDate ${config.service.launchDate})`);
  }
  // The factor model's month is its market's month.
  const factorReturns =
    dataset.factors === null
      ? null
      : factorMonthReturns(config.factors, dataset.factors.returns, (windows.get(config.factorMarket) ?? first).bounds.days);

  const indices = config.indices.map((ix) => indexReport(dataset, ix.id, ix.name, on(ix.market)));
  const indexMonth = new Map(indices.map((ix) => [ix.id, ix.monthReturn]));

  const strategies = config.strategies.map((s) => {
    const attributed = s.market === config.factorMarket ? factorReturns : null;
    return strategyReport(dataset, s, navs.get(s.id) as StrategyNav, on(s.market), indexMonth, attributed);
  });

  const courses = courseReports(dataset, strategies);
  const weeks = weekReports(tradingWeeks(first.calendar, bounds), dataset.indices, config.weeklyIndices);

  const report: ReportModel = {
    schemaVersion: 1,
    month: bounds.month,
    base: bounds.base,
    end: bounds.end,
    asOf: options.asOf,
    // marketWindows let an incomplete month through only because of --partial.
    partial: !allComplete(windows, config),
    sample: options.sample === true,
    generator: { name: options.generator.name, version: options.generator.version },
    inputs: { ...dataset.inputs },
    strategies,
    indices,
    courses,
    courseAverage: courseAverage(courses),
    weeks,
    factorReturns,
    // The loader's; the pipeline adds present's words for the figures (breaches, …) and its own.
    warnings: [...dataset.warnings],
  };
  // strategyNav has made sure every strategy has a snapshot.
  const firstSnapshots = Object.fromEntries(config.strategies.map((s) => [s.id, dataset.snapshots.get(s.id)![0]!.date]));
  return {
    report,
    dates: { firstDay: bounds.days[0] ?? bounds.end, windowStarts: { ...starts }, firstSnapshots },
    charts: charts(dataset, navs, windows),
  };
}

/**
 * The strategy's NAV through end.
 * @throws UsageError when it has no snapshot or M's base is before its first snapshot.
 */
export function strategyNav(dataset: Dataset, strategy: StrategyConfig, market: MarketWindows): StrategyNav {
  const { bounds } = market;
  const snapshots = dataset.snapshots.get(strategy.id) ?? [];
  const first = snapshots[0];
  if (first === undefined) {
    throw new UsageError(`strategy ${strategy.id} has no snapshot in holdings.csv, so it has no return for ${bounds.month}`);
  }
  if (first.date > bounds.base) {
    throw new UsageError(
      `${bounds.month} starts from the close of ${bounds.base}, before the first snapshot of strategy ${strategy.id} ` +
        `(${first.date}): its track record starts at that snapshot's close`,
    );
  }
  return computeNav(market.calendar, dataset.prices, snapshots, bounds.endIndex, strategy.id);
}

function indexReport(dataset: Dataset, id: string, name: string, { bounds, starts }: MarketWindows): IndexReport {
  const series = requireIndex(dataset.indices, id);
  const { ratioStartDate } = dataset.config.service;
  const returns = indexRatioReturns(series, ratioStartDate, bounds.end);
  return {
    id,
    name,
    monthReturn: indexReturn(series, bounds.base, bounds.end),
    trailing: indexTrailing(series, starts, bounds.end),
    sharpe: sharpeRatio(returns, dataset.config.riskFreeRate),
    sortino: sortinoRatio(returns, dataset.config.riskFreeRate),
  };
}

function strategyReport(
  dataset: Dataset,
  strategy: StrategyConfig,
  nav: StrategyNav,
  market: MarketWindows,
  indexMonth: ReadonlyMap<string, number>,
  factorReturns: FactorMonthReturn[] | null,
): StrategyReport {
  const { config } = dataset;
  const { calendar, bounds, starts } = market;
  const monthReturn = navReturn(nav, bounds.baseIndex, bounds.endIndex);
  const benchmarkReturn = indexMonth.get(strategy.benchmark);
  if (benchmarkReturn === undefined) {
    throw new RangeError(`strategy ${strategy.id}: benchmark ${strategy.benchmark} is not a configured index`);
  }
  const excessReturn = monthReturn - benchmarkReturn;
  const ratioReturns = strategyRatioReturns(nav, calendar, config.service.ratioStartDate, bounds.endIndex);
  const contributions = monthContributions(nav, bounds, calendar, dataset.prices);
  const baseWeights = weightsAt(nav, bounds.baseIndex);
  const lastSnapshotIndex = nav.snapshotIndices[nav.snapshotIndices.length - 1] as number; // ≤ end by construction
  const lastSnapshot = weightsAt(nav, lastSnapshotIndex);
  const attribution =
    dataset.factors === null || factorReturns === null
      ? null
      : factorAttribution({
          strategy: strategy.id,
          benchmark: strategy.benchmark,
          weights: baseWeights,
          base: bounds.base,
          data: dataset.factors,
          factorReturns,
          excessReturn,
        });
  return {
    id: strategy.id,
    name: strategy.name,
    benchmark: strategy.benchmark,
    market: strategy.market,
    base: bounds.base,
    end: bounds.end,
    monthReturn,
    benchmarkReturn,
    excessReturn,
    trailing: strategyTrailing(nav, calendar, starts, bounds.endIndex),
    sharpe: sharpeRatio(ratioReturns, config.riskFreeRate),
    sortino: sortinoRatio(ratioReturns, config.riskFreeRate),
    holdingsCount: holdingsCount(lastSnapshot),
    topContributors: topContributors(contributions, dataset.securities),
    bottomContributors: bottomContributors(contributions, dataset.securities),
    attribution,
    compliance: complianceChecks({
      baseWeights,
      base: bounds.base,
      snapshotWeights: lastSnapshot,
      snapshotDate: calendar[lastSnapshotIndex] as IsoDate,
      limits: config.limits,
      securities: dataset.securities,
    }),
  };
}

function courseReports(dataset: Dataset, strategies: readonly StrategyReport[]): CourseReport[] {
  const { config } = dataset;
  const months = new Map<string, StrategyMonth>(strategies.map((s) => [s.id, s]));
  return rankCourses(
    config.courses.map((c) => courseFigures(c, months, benchmarkLabel(c, config.strategies, config.indices))),
  );
}

function charts(dataset: Dataset, navs: ReadonlyMap<string, StrategyNav>, windows: ReadonlyMap<string, MarketWindows>): ComputeResult['charts'] {
  const { config } = dataset;
  const first = windows.get(config.markets[0]!.id) as MarketWindows;
  // Each strategy's pair is drawn on its own market's days; the window's dates are the first market's.
  const window = (startOf: (w: MarketWindows) => number): PerformanceWindow => {
    const pairs = config.strategies.map((s) => {
      const w = windows.get(s.market) as MarketWindows;
      const strategy: ChartStrategy = {
        nav: navs.get(s.id) as StrategyNav,
        label: s.name,
        benchmark: requireIndex(dataset.indices, s.benchmark),
        benchmarkLabel: config.indices.find((ix) => ix.id === s.benchmark)?.short ?? s.benchmark,
      };
      return performanceWindow(w.calendar, startOf(w), w.bounds.endIndex, [strategy]).pairs[0]!;
    });
    const start = startOf(first);
    return { start: first.calendar[start] as IsoDate, end: first.bounds.end, pairs };
  };
  return {
    last3Months: window((w) => Math.max(0, lastTradingDayOfMonth(w.calendar, shiftMonth(w.bounds.month, -3)))),
    sinceLaunch: window((w) => indexOfDate(w.calendar, w.starts.sinceLaunch)),
  };
}
