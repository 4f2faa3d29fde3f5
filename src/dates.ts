/**
 * Calendar-day arithmetic for every stage, all of it on date-fns: whether a date exists, day numbers
 * (load keeps dates as days since 1970-01-01: compact and ordered), month shifts, month ends, ISO weeks.
 *
 * Dates travel as ISO strings ('2026-03-02'): what the CSVs hold, and they sort and compare as text.
 * Arithmetic turns them into a Date at local midnight and back with lightFormat, so every step stays in
 * one time zone and no result depends on TZ or DST (the generator's dates follow the same rule).
 * Function entry points ('date-fns/addDays') keep each process from loading the whole library.
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isExists } from 'date-fns/isExists';
import { lastDayOfMonth as monthEnd } from 'date-fns/lastDayOfMonth';
import { lightFormat } from 'date-fns/lightFormat';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import type { IsoDate, Month } from './types.js';

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_SHAPE = /^(\d{4})-(\d{2})$/;
/** Day 0 of the day numbers, made per call: a Date fixed at start-up would be local midnight only in that time zone. */
const epoch = () => new Date(1970, 0, 1);

/** Whether `s` is written `YYYY-MM-DD` (the day may still not exist). */
export function hasIsoDateShape(s: string): boolean {
  return DATE_SHAPE.test(s);
}

/** Local midnight of a `YYYY-MM-DD` that exists; null otherwise (years before 100 included: Date maps them to 19xx). */
function dateOf(s: string): Date | null {
  const m = DATE_SHAPE.exec(s);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  return isExists(y, mo, d) ? new Date(y, mo, d) : null;
}

function existingDate(s: IsoDate): Date {
  const date = dateOf(s);
  if (date === null) throw new RangeError(`not an ISO date that exists: ${JSON.stringify(s)}`);
  return date;
}

function firstOfMonth(month: Month): Date {
  const m = MONTH_SHAPE.exec(month);
  const mo = Number(m?.[2]) - 1;
  if (m === null || mo < 0 || mo > 11) throw new RangeError(`not a YYYY-MM month: ${JSON.stringify(month)}`);
  return new Date(Number(m[1]), mo, 1);
}

const iso = (date: Date): IsoDate => lightFormat(date, 'yyyy-MM-dd');

export function isIsoDate(s: string): boolean {
  return dateOf(s) !== null;
}

/**
 * Load converts every row's date, but a data folder holds only a few thousand distinct days: each
 * conversion is remembered. Both directions give the same answer in every time zone (local midnight
 * on both sides), so a change of TZ within a process cannot make a remembered answer wrong.
 */
const dayOfIso = new Map<string, number>();
const isoOfDay = new Map<number, IsoDate>();
const REMEMBERED = 100_000;

/** Forgets every remembered conversion: for tests that check the arithmetic itself in several time zones. */
export function forgetDays(): void {
  dayOfIso.clear();
  isoOfDay.clear();
}

/** `YYYY-MM-DD` of a day that exists → day number; anything else → NaN. */
export function isoDay(s: string): number {
  let day = dayOfIso.get(s);
  if (day === undefined) {
    const date = dateOf(s);
    day = date === null ? NaN : differenceInCalendarDays(date, epoch());
    if (dayOfIso.size < REMEMBERED) dayOfIso.set(s, day);
  }
  return day;
}

/** Day number → `YYYY-MM-DD`. */
export function dayToIso(day: number): IsoDate {
  let s = isoOfDay.get(day);
  if (s === undefined) {
    s = iso(addDays(epoch(), day));
    if (isoOfDay.size < REMEMBERED) isoOfDay.set(day, s);
  }
  return s;
}

/** `2026-03` → `2025-12` for delta −3. */
export function shiftMonth(month: Month, delta: number): Month {
  return lightFormat(addMonths(firstOfMonth(month), delta), 'yyyy-MM');
}

/** The last calendar day of the month: `2026-02` → `2026-02-28`. */
export function lastDayOfMonth(month: Month): IsoDate {
  return iso(monthEnd(firstOfMonth(month)));
}

/** The Monday of the ISO week (Monday–Sunday) that holds `date`: the key that groups days into weeks. */
export function isoWeekMonday(date: IsoDate): IsoDate {
  return iso(startOfISOWeek(existingDate(date)));
}
