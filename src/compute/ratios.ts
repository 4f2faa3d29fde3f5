/**
 * Sharpe and Sortino ratios (REPORT.md "Sharpe / Sortino"), annualised from daily returns:
 *   rf_d = (1 + riskFreeRate)^(1/252) − 1,  x = r − rf_d,
 *   sharpe  = mean(x) / std(x, sample) × √252,
 *   sortino = mean(x) × 252 / (sqrt(mean(min(x, 0)²)) × √252).
 * null when there are fewer than 2 returns or the deviation is zero.
 */
import type { IndexSeries, IsoDate } from '../types.js';
import { indexOnOrBefore } from './calendar.js';
import type { StrategyNav } from './nav.js';

/** Trading days in a year, for annualising. */
export const TRADING_DAYS_PER_YEAR = 252;

/** The daily risk-free rate from an annual one (decimals). */
export function dailyRiskFreeRate(annualRate: number): number {
  return (1 + annualRate) ** (1 / TRADING_DAYS_PER_YEAR) - 1;
}

function mean(xs: readonly number[]): number {
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}

function excessReturns(dailyReturns: readonly number[], annualRiskFreeRate: number): number[] {
  const rf = dailyRiskFreeRate(annualRiskFreeRate);
  return dailyReturns.map((r) => r - rf);
}

/** Annualised Sharpe ratio of daily returns (decimals); null for < 2 returns or zero standard deviation. */
export function sharpeRatio(dailyReturns: readonly number[], annualRiskFreeRate: number): number | null {
  if (dailyReturns.length < 2) return null;
  const x = excessReturns(dailyReturns, annualRiskFreeRate);
  const m = mean(x);
  let squares = 0;
  for (const v of x) squares += (v - m) ** 2;
  const std = Math.sqrt(squares / (x.length - 1));
  if (std === 0) return null;
  return (m / std) * Math.sqrt(TRADING_DAYS_PER_YEAR);
}

/** Annualised Sortino ratio of daily returns (decimals); null for < 2 returns or zero downside deviation. */
export function sortinoRatio(dailyReturns: readonly number[], annualRiskFreeRate: number): number | null {
  if (dailyReturns.length < 2) return null;
  const x = excessReturns(dailyReturns, annualRiskFreeRate);
  const downside = Math.sqrt(mean(x.map((v) => Math.min(v, 0) ** 2)));
  if (downside === 0) return null;
  return (mean(x) * TRADING_DAYS_PER_YEAR) / (downside * Math.sqrt(TRADING_DAYS_PER_YEAR));
}

/**
 * A strategy's daily returns for the ratios: the trading days after the later of `ratioStartDate`
 * and its first snapshot, up to and including calendar day `endIndex`.
 */
export function strategyRatioReturns(
  nav: StrategyNav,
  calendar: readonly IsoDate[],
  ratioStartDate: IsoDate,
  endIndex: number,
): number[] {
  const from = Math.max(nav.firstIndex, indexOnOrBefore(calendar, ratioStartDate));
  return Array.from(nav.dailyReturn.subarray(from + 1, endIndex + 1));
}

/**
 * An index's daily returns for the ratios: between consecutive rows of its own indices.csv series,
 * for each row dated after `ratioStartDate` up to and including `end`.
 */
export function indexRatioReturns(index: IndexSeries, ratioStartDate: IsoDate, end: IsoDate): number[] {
  const last = indexOnOrBefore(index.dates, end);
  const first = Math.max(1, indexOnOrBefore(index.dates, ratioStartDate) + 1);
  const returns: number[] = [];
  for (let j = first; j <= last; j++) returns.push((index.levels[j] as number) / (index.levels[j - 1] as number) - 1);
  return returns;
}
