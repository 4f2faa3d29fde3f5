/** src/dates.ts: calendar-day arithmetic, the same in every time zone. */
import { afterEach, describe, expect, it } from 'vitest';
import { dayToIso, forgetDays, hasIsoDateShape, isIsoDate, isoDay, isoWeekMonday, lastDayOfMonth, shiftMonth } from '../src/dates.js';

describe('day numbers: days since 1970-01-01', () => {
  it('known days (counted by hand: 56 years of 365 days and 14 leap days to 2026-01-01, then 31 + 28 + 1)', () => {
    expect(isoDay('1970-01-01')).toBe(0);
    expect(isoDay('2026-03-02')).toBe(20514);
    expect(isoDay('2026-03-02') - isoDay('2026-02-27')).toBe(3);
    expect(dayToIso(20514)).toBe('2026-03-02');
    expect(dayToIso(-1)).toBe('1969-12-31');
    expect(dayToIso(isoDay('2024-02-29'))).toBe('2024-02-29');
  });

  it.each(['2026/03/31', '3/31/2026', '2026-3-31', '20260331', '2026-03-31T00:00', ' 2026-03-31x', '2026-02-30', '2025-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '0099-01-01'])(
    'rejects %j',
    (s) => {
      expect(Number.isNaN(isoDay(s))).toBe(true);
      expect(isIsoDate(s)).toBe(false);
    },
  );

  it('the shape alone tells "no such day" from "not a date"', () => {
    expect(hasIsoDateShape('2026-02-30')).toBe(true);
    expect(hasIsoDateShape('2026/02/28')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });
});

describe('months and weeks', () => {
  it('shiftMonth crosses years both ways', () => {
    expect(shiftMonth('2026-03', -3)).toBe('2025-12');
    expect(shiftMonth('2026-03', -12)).toBe('2025-03');
    expect(shiftMonth('2025-11', 2)).toBe('2026-01');
    expect(shiftMonth('2026-03', -123)).toBe('2015-12');
  });

  it('lastDayOfMonth knows February and leap years', () => {
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2100-02')).toBe('2100-02-28');
    expect(lastDayOfMonth('2025-12')).toBe('2025-12-31');
    expect(lastDayOfMonth('2026-04')).toBe('2026-04-30');
  });

  it('isoWeekMonday: Monday–Sunday weeks', () => {
    expect(isoWeekMonday('2026-03-02')).toBe('2026-03-02'); // Monday itself
    expect(isoWeekMonday('2026-03-08')).toBe('2026-03-02'); // Sunday belongs to the week before
    expect(isoWeekMonday('2026-01-01')).toBe('2025-12-29'); // across a year end
  });

  it('refuses what is not a date or month rather than computing with NaN', () => {
    expect(() => isoWeekMonday('2026-02-30')).toThrow(RangeError);
    expect(() => shiftMonth('2026-13', 1)).toThrow(RangeError);
    expect(() => lastDayOfMonth('2026-3')).toThrow(RangeError);
  });
});

describe('the machine’s time zone never moves a date', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  // Sao Paulo skipped local midnight on 2018-11-04 (DST began at 00:00); the others are far from UTC,
  // on both sides and at odd offsets.
  it.each([
    ['UTC', 0],
    ['Asia/Tokyo', -540],
    ['America/Sao_Paulo', 180],
    ['Pacific/Kiritimati', -840],
    ['Pacific/Pago_Pago', 660],
    ['America/St_Johns', 210],
  ])('%s', (tz, januaryOffset) => {
    process.env.TZ = tz;
    forgetDays();
    // The switch took effect (Node reads TZ again when it is set), so the checks below ran in that zone.
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(januaryOffset);
    expect(isoDay('2018-11-04')).toBe(17839);
    expect(isoDay('2018-11-05')).toBe(17840);
    expect(dayToIso(17839)).toBe('2018-11-04');
    expect(dayToIso(0)).toBe('1970-01-01');
    expect(isoWeekMonday('2018-11-04')).toBe('2018-10-29');
    expect(isoWeekMonday('2018-11-05')).toBe('2018-11-05');
    expect(lastDayOfMonth('2018-11')).toBe('2018-11-30');
    expect(shiftMonth('2018-11', -11)).toBe('2017-12');
  });

  it('a conversion remembered in one zone is what another zone computes afresh', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    forgetDays();
    const days = ['2018-11-04', '2024-02-29', '2026-03-31'].map(isoDay);
    const isos = [17839, 19782, 0].map(dayToIso);
    process.env.TZ = 'America/Sao_Paulo';
    expect(['2018-11-04', '2024-02-29', '2026-03-31'].map(isoDay)).toEqual(days);
    forgetDays();
    expect(['2018-11-04', '2024-02-29', '2026-03-31'].map(isoDay)).toEqual(days);
    expect([17839, 19782, 0].map(dayToIso)).toEqual(isos);
    expect(days).toEqual([17839, 19782, 20543]);
    expect(isos).toEqual(['2018-11-04', '2024-02-29', '1970-01-01']);
  });
});
