import { describe, expect, it } from 'vitest';
import {
  assertMonthComplete,
  indexOnOrBefore,
  lastTradingDayOfMonth,
  monthBounds,
} from '../../src/compute/calendar.js';
import { UsageError } from '../../src/errors.js';
import { weekdays } from '../helpers/dataset-builder.js';

// Weekdays from Mon 23 Feb to Fri 10 Apr 2026, Good Friday (3 Apr) a holiday.
const calendar = weekdays('2026-02-23', '2026-04-10', ['2026-04-03']);

describe('month bounds: base is the last trading day before M, end the last trading day in M', () => {
  it('March 2026: base Fri 27 Feb, end Tue 31 Mar, 22 trading days, complete', () => {
    const b = monthBounds(calendar, '2026-03');
    expect(b.base).toBe('2026-02-27');
    expect(b.end).toBe('2026-03-31');
    expect(calendar[b.baseIndex]).toBe('2026-02-27');
    expect(calendar[b.endIndex]).toBe('2026-03-31');
    // 2–6, 9–13, 16–20, 23–27 March (4 × 5) + 30, 31 March
    expect(b.days).toHaveLength(22);
    expect(b.days[0]).toBe('2026-03-02');
    expect(b.firstIndex).toBe(b.baseIndex + 1);
    expect(b.complete).toBe(true);
  });

  it('April 2026 ends on the last date of prices.csv: not complete', () => {
    const b = monthBounds(calendar, '2026-04');
    expect(b.base).toBe('2026-03-31');
    expect(b.end).toBe('2026-04-10');
    expect(b.days).toEqual(['2026-04-01', '2026-04-02', '2026-04-06', '2026-04-07', '2026-04-08', '2026-04-09', '2026-04-10']);
    expect(b.complete).toBe(false);
  });

  it('a month with no trading days is a usage error naming the month and the last date', () => {
    expect(() => monthBounds(calendar, '2026-07')).toThrow(UsageError);
    expect(() => monthBounds(calendar, '2026-07')).toThrow('no prices for 2026-07 in prices.csv (last date 2026-04-10)');
  });

  it('a month with no trading day before it is a usage error', () => {
    expect(() => monthBounds(calendar, '2026-02')).toThrow(UsageError);
    expect(() => monthBounds(calendar, '2026-02')).toThrow('no trading day before 2026-02 in prices.csv (first date 2026-02-23)');
  });
});

describe('complete month: prices.csv has a date after M', () => {
  it('an incomplete month is refused, naming the last date and suggesting --partial', () => {
    const b = monthBounds(calendar, '2026-04');
    expect(() => assertMonthComplete(b, false)).toThrow(UsageError);
    expect(() => assertMonthComplete(b, false)).toThrow(/last date 2026-04-10.*--partial/);
  });
  it('--partial lets it through; a complete month needs nothing', () => {
    expect(() => assertMonthComplete(monthBounds(calendar, '2026-04'), true)).not.toThrow();
    expect(() => assertMonthComplete(monthBounds(calendar, '2026-03'), false)).not.toThrow();
  });
});

describe('calendar arithmetic', () => {
  it('lastTradingDayOfMonth: the last trading day in the month, else the last before it', () => {
    expect(calendar[lastTradingDayOfMonth(calendar, '2026-02')]).toBe('2026-02-27');
    expect(calendar[lastTradingDayOfMonth(calendar, '2026-05')]).toBe('2026-04-10');
    expect(lastTradingDayOfMonth(calendar, '2026-01')).toBe(-1);
  });
  it('indexOnOrBefore: exact date, a holiday, before the first date', () => {
    expect(calendar[indexOnOrBefore(calendar, '2026-03-31')]).toBe('2026-03-31');
    expect(calendar[indexOnOrBefore(calendar, '2026-04-03')]).toBe('2026-04-02'); // Good Friday
    expect(indexOnOrBefore(calendar, '2026-02-22')).toBe(-1);
  });
});
