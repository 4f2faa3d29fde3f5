/**
 * The generator's calendar-building day arithmetic, on date-fns. Only the generator builds trading
 * calendars (the report reads its calendar from prices.csv), so these helpers live here; what the report
 * also needs (ISO weeks, for the README's week figures) the generator takes from src/dates.ts, so
 * both apply one rule.
 *
 * Days travel through the generator as ISO strings ('2026-03-02'): that is what the CSVs hold and what
 * sorts and compares correctly as text. Arithmetic converts them to Date at local midnight (parseISO
 * reads a date-only string as local time, unlike `new Date(iso)`, which reads it as UTC) and back with
 * lightFormat(), so every step stays in one time zone and the output does not depend on TZ, DST included.
 * Function entry points ('date-fns/addDays') keep tsx from loading the whole library on every run.
 */
import { addDays } from 'date-fns/addDays';
import { eachDayOfInterval } from 'date-fns/eachDayOfInterval';
import { endOfMonth } from 'date-fns/endOfMonth';
import { getDay } from 'date-fns/getDay';
import { isWeekend } from 'date-fns/isWeekend';
import { lightFormat } from 'date-fns/lightFormat';
import { parseISO } from 'date-fns/parseISO';

export { addDays, getDay, isWeekend };

/** 0 Sunday … 6 Saturday, as date-fns' getDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Local midnight of an ISO date. */
export function dateOf(iso: string): Date {
  return parseISO(iso);
}

export function isoOf(date: Date): string {
  return lightFormat(date, 'yyyy-MM-dd');
}

/** A calendar date from its parts (month 1-based, as people write it). */
export function calendarDate(year: number, month: number, day: number): Date {
  return new Date(year, month - 1, day);
}

/** Every ISO date from `from` to `to` inclusive. */
export function isoDaysBetween(from: string, to: string): string[] {
  return eachDayOfInterval({ start: dateOf(from), end: dateOf(to) }).map(isoOf);
}

/** The days of a month that fall on a weekday, ascending: holiday rules say "the third Monday". */
export function weekdaysOfMonth(year: number, month: number, weekday: Weekday): Date[] {
  const first = calendarDate(year, month, 1);
  return eachDayOfInterval({ start: first, end: endOfMonth(first) }).filter((d) => getDay(d) === weekday);
}
