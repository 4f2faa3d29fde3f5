/**
 * The Tokyo Stock Exchange calendar of the JP market: the national holidays of 国民の祝日に関する法律 as
 * they fall (振替休日 and 国民の休日 included) and the exchange's year-end closure, December 31 to
 * January 3. The special laws of 2019 (the accession) and 2020–2021 (the Olympic Games) moved or added
 * days; they are listed, not derived.
 */
import { type TradingCalendar, tradingCalendar } from '../../calendar.js';
import { addDays, calendarDate, getDay, isoOf, weekdaysOfMonth } from '../../dates.js';

const MONDAY = 1;

/**
 * 春分の日 and 秋分の日 by the usual approximation of the equinox (valid 1980–2099), the day of March or
 * September. The Cabinet Office announces them a year ahead from the ephemeris; for 2015–2030 the formula
 * gives the announced days (2025-03-20, 2025-09-23, 2026-03-20, 2026-09-23, 2024-09-22, …).
 */
export function equinoxDay(year: number, season: 'spring' | 'autumn'): number {
  const base = season === 'spring' ? 20.8431 : 23.2488;
  return Math.floor(base + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4));
}

/** The days the special laws added (2019: 即位の日 and its 国民の休日, 即位礼正殿の儀; 2020–2021: the Olympic moves) and the rule days they replaced. */
const SPECIAL: Record<number, { add: string[]; drop: string[] }> = {
  2019: { add: ['2019-04-30', '2019-05-01', '2019-05-02', '2019-10-22'], drop: [] },
  2020: { add: ['2020-07-23', '2020-07-24', '2020-08-10'], drop: ['2020-07-20', '2020-08-11', '2020-10-12'] },
  2021: { add: ['2021-07-22', '2021-07-23', '2021-08-08'], drop: ['2021-07-19', '2021-08-11', '2021-10-11'] },
};

/** The national holidays of a year as the law names them (before 振替休日 and 国民の休日), ISO dates. */
function namedHolidays(year: number): string[] {
  const d = (m: number, day: number) => isoOf(calendarDate(year, m, day));
  const out = [
    d(1, 1), // 元日
    isoOf(weekdaysOfMonth(year, 1, MONDAY)[1]!), // 成人の日: second Monday of January
    d(2, 11), // 建国記念の日
    d(3, equinoxDay(year, 'spring')), // 春分の日
    d(4, 29), // 昭和の日
    d(5, 3), d(5, 4), d(5, 5), // 憲法記念日, みどりの日, こどもの日
    isoOf(weekdaysOfMonth(year, 7, MONDAY)[2]!), // 海の日: third Monday of July
    isoOf(weekdaysOfMonth(year, 9, MONDAY)[2]!), // 敬老の日: third Monday of September
    d(9, equinoxDay(year, 'autumn')), // 秋分の日
    isoOf(weekdaysOfMonth(year, 10, MONDAY)[1]!), // スポーツの日 (体育の日): second Monday of October
    d(11, 3), // 文化の日
    d(11, 23), // 勤労感謝の日
  ];
  if (year >= 2016) out.push(d(8, 11)); // 山の日
  if (year >= 2020) out.push(d(2, 23)); // 天皇誕生日 (Reiwa)
  else if (year <= 2018) out.push(d(12, 23)); // 天皇誕生日 (Heisei); 2019 had none
  const special = SPECIAL[year];
  const days = out.filter((x) => !special?.drop.includes(x));
  return [...new Set([...days, ...(special?.add ?? [])])].sort();
}

/** 国民の祝日 with 振替休日 (a holiday on a Sunday moves to the next day that is no holiday) and 国民の休日 (a day between two holidays). */
export function japaneseHolidays(year: number): string[] {
  const named = new Set(namedHolidays(year));
  const all = new Set(named);
  for (const iso of named) {
    const date = calendarDate(year, Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
    if (getDay(date) !== 0) continue;
    let next = addDays(date, 1);
    while (all.has(isoOf(next))) next = addDays(next, 1);
    all.add(isoOf(next));
  }
  for (const iso of named) {
    const date = calendarDate(year, Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
    const between = addDays(date, 1);
    if (named.has(isoOf(addDays(date, 2))) && !all.has(isoOf(between)) && getDay(between) !== 0) all.add(isoOf(between));
  }
  return [...all].sort();
}

/** The TSE's full-day closures of a year: the national holidays and the year-end closure (Dec 31, Jan 1–3). */
export function tseHolidays(year: number): string[] {
  const d = (m: number, day: number) => isoOf(calendarDate(year, m, day));
  return [...new Set([...japaneseHolidays(year), d(1, 2), d(1, 3), d(12, 31)])].sort();
}

export const TSE: TradingCalendar = tradingCalendar('TSE', tseHolidays);
