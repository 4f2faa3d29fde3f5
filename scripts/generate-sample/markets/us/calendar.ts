/** The NYSE calendar of the US market: its holiday rules as observed, and its special closures. */
import { type TradingCalendar, tradingCalendar } from '../../calendar.js';
import { addDays, calendarDate, getDay, isoOf, weekdaysOfMonth } from '../../dates.js';

/** Special full-day closures (not holiday rules). */
export const NYSE_SPECIAL_CLOSURES: readonly string[] = [
  '2025-01-09', // national day of mourning for President Jimmy Carter
];

/** Easter Sunday (Gregorian, anonymous algorithm); date-fns has no Easter, and Good Friday hangs off it. */
function easter(y: number): Date {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDate(y, month, day);
}

/** A fixed-date holiday moved to Friday when on Saturday, to Monday when on Sunday. */
function observed(date: Date): Date {
  const w = getDay(date);
  return w === 6 ? addDays(date, -1) : w === 0 ? addDays(date, 1) : date;
}

const MONDAY = 1;
const THURSDAY = 4;

/**
 * The NYSE full-day holidays of a year (as observed), ISO dates ascending, including special closures.
 * Rules: New Year's Day (on Sunday → Monday; on Saturday → not observed, NYSE rule), Martin Luther King Jr.
 * Day, Washington's Birthday, Good Friday, Memorial Day, Juneteenth (from 2022), Independence Day, Labor
 * Day, Thanksgiving, Christmas (Saturday → Friday, Sunday → Monday).
 */
export function nyseHolidays(year: number): string[] {
  const days: Date[] = [];
  const newYear = calendarDate(year, 1, 1);
  // Moving a Saturday New Year to Friday would close the last day of the previous year's books.
  if (getDay(newYear) !== 6) days.push(observed(newYear));
  days.push(weekdaysOfMonth(year, 1, MONDAY)[2]!); // Martin Luther King Jr. Day
  days.push(weekdaysOfMonth(year, 2, MONDAY)[2]!); // Washington's Birthday
  days.push(addDays(easter(year), -2)); // Good Friday
  days.push(weekdaysOfMonth(year, 5, MONDAY).at(-1)!); // Memorial Day
  if (year >= 2022) days.push(observed(calendarDate(year, 6, 19))); // Juneteenth
  days.push(observed(calendarDate(year, 7, 4))); // Independence Day
  days.push(weekdaysOfMonth(year, 9, MONDAY)[0]!); // Labor Day
  days.push(weekdaysOfMonth(year, 11, THURSDAY)[3]!); // Thanksgiving
  days.push(observed(calendarDate(year, 12, 25))); // Christmas
  const out = days.map(isoOf);
  for (const s of NYSE_SPECIAL_CLOSURES) if (s.startsWith(`${year}-`)) out.push(s);
  return [...new Set(out)].sort();
}

export const NYSE: TradingCalendar = tradingCalendar('NYSE', nyseHolidays);

/** Is the ISO date a NYSE trading day (a weekday that is no holiday or special closure)? */
export function isNyseTradingDay(date: string): boolean {
  return NYSE.isTradingDay(date);
}

/** NYSE trading days from `from` to `to` inclusive, ISO dates ascending. */
export function nyseTradingDays(from: string, to: string): string[] {
  return NYSE.tradingDays(from, to);
}
