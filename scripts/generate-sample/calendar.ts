/**
 * A market's trading calendar: weekends plus that market's own holiday rules. Each market of the
 * generator (markets/<id>/calendar.ts) supplies only its holidays; the weekend rule, the per-year cache
 * and the day listing are shared here so that a second exchange cannot get them subtly different.
 */
import { dateOf, isWeekend, isoDaysBetween } from './dates.js';

export interface TradingCalendar {
  /** The exchange, for messages. */
  readonly name: string;
  /** The exchange's full-day closures of a year, ISO dates ascending. */
  holidays(year: number): string[];
  isTradingDay(iso: string): boolean;
  /** Trading days from `from` to `to` inclusive, ISO dates ascending. */
  tradingDays(from: string, to: string): string[];
}

export function tradingCalendar(name: string, holidays: (year: number) => string[]): TradingCalendar {
  // Every trading-day test asks for a year's holidays; the rules run once per year, not once per day.
  const byYear = new Map<number, Set<string>>();
  const isTradingDay = (iso: string): boolean => {
    if (isWeekend(dateOf(iso))) return false;
    const year = Number(iso.slice(0, 4));
    let set = byYear.get(year);
    if (!set) {
      set = new Set(holidays(year));
      byYear.set(year, set);
    }
    return !set.has(iso);
  };
  return {
    name,
    holidays,
    isTradingDay,
    tradingDays: (from, to) => isoDaysBetween(from, to).filter(isTradingDay),
  };
}
