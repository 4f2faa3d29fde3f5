/**
 * Japanese date labels (REPORT.md "Number formatting"): `2026年3月`, `3月2日～3月6日`, `2026年4月6日`,
 * `1位`, `2025年12月末`. Pure string work on ISO dates: no time zones, no Date objects.
 */
import type { IsoDate, Month } from '../types.js';

/** The ～ of Japanese ranges: U+FF5E FULLWIDTH TILDE ("wave dash" as Japanese Windows types it). */
export const RANGE_DASH = '～';

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function parseDate(date: IsoDate): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${JSON.stringify(date)}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function parseMonth(month: Month): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new RangeError(`not a YYYY-MM month: ${JSON.stringify(month)}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

/** `2026-03` → `2026年3月`. */
export function formatMonthJa(month: Month): string {
  const { year, month: mm } = parseMonth(month);
  return `${year}年${mm}月`;
}

/** `2026-03` → `3月`. */
export function formatMonthNameJa(month: Month): string {
  return `${parseMonth(month).month}月`;
}

/** `2025-12` → `2025年12月末`. */
export function formatMonthEndJa(month: Month): string {
  return `${formatMonthJa(month)}末`;
}

/** `2026-04-06` → `2026年4月6日`. */
export function formatDateJa(date: IsoDate): string {
  const { year, month, day } = parseDate(date);
  return `${year}年${month}月${day}日`;
}

/** `2026-03-02` → `3月2日`. */
export function formatDayJa(date: IsoDate): string {
  const { month, day } = parseDate(date);
  return `${month}月${day}日`;
}

/**
 * `3月2日～3月6日` within one year; `2025年12月29日～2026年1月2日` across years.
 */
export function formatDayRangeJa(start: IsoDate, end: IsoDate): string {
  // A one-day week (1月2日, after New Year) reads as that day, not 1月2日～1月2日.
  if (start === end) return formatDayJa(start);
  if (parseDate(start).year !== parseDate(end).year) {
    return `${formatDateJa(start)}${RANGE_DASH}${formatDateJa(end)}`;
  }
  return `${formatDayJa(start)}${RANGE_DASH}${formatDayJa(end)}`;
}

/** `1` → `1位`. */
export function formatRankJa(rank: number): string {
  if (!Number.isInteger(rank) || rank < 1) throw new RangeError(`not a rank: ${rank}`);
  return `${rank}位`;
}
