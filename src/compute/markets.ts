/**
 * Each market's windows for month M (DATA.md and REPORT.md "Markets"): its own base, end and trailing
 * window starts on its own calendar. The first market's are the report's; the null rule of the
 * 1m–1y windows is the first market's for every market.
 */
import type { Config, Dataset, IsoDate, Month } from '../types.js';
import { assertMonthComplete, monthBounds, type MonthBounds } from './calendar.js';
import { trailingWindowStarts, windowStartsLike, type WindowStarts } from './trailing.js';

export interface MarketWindows {
  id: string;
  calendar: readonly IsoDate[];
  bounds: MonthBounds;
  starts: WindowStarts;
}

/** The markets a report reads: the first, and every market of a strategy or an index. */
export function marketsInUse(config: Config): string[] {
  const used = new Set([config.markets[0]!.id, ...config.strategies.map((s) => s.market), ...config.indices.map((i) => i.market)]);
  return config.markets.map((m) => m.id).filter((id) => used.has(id));
}

/**
 * Windows of every market in use, keyed by market id (first market first).
 * @throws UsageError when a market has no trading day in M or before it, or when M is incomplete in
 *   the calendar of a market a strategy uses (unless `partial`); with several markets the message
 *   names the market.
 */
export function marketWindows(dataset: Dataset, month: Month, partial: boolean): Map<string, MarketWindows> {
  const { config } = dataset;
  const several = config.markets.length > 1;
  const strategyMarkets = new Set(config.strategies.map((s) => s.market));
  const out = new Map<string, MarketWindows>();
  let first: WindowStarts | null = null;
  for (const id of marketsInUse(config)) {
    const calendar = dataset.calendars.get(id) ?? [];
    const label = several ? id : undefined;
    const bounds = monthBounds(calendar, month, label);
    if (strategyMarkets.has(id)) assertMonthComplete(bounds, partial, label);
    const starts: WindowStarts =
      first === null
        ? trailingWindowStarts(calendar, bounds, config.service.launchDate)
        : windowStartsLike(calendar, bounds, config.service.launchDate, first);
    first ??= starts;
    out.set(id, { id, calendar, bounds, starts });
  }
  return out;
}

/** Whether every market whose completeness matters is complete (else the report is 速報). */
export function allComplete(windows: ReadonlyMap<string, MarketWindows>, config: Config): boolean {
  const strategyMarkets = new Set(config.strategies.map((s) => s.market));
  return [...windows.values()].every((w) => !strategyMarkets.has(w.id) || w.bounds.complete);
}
