import { describe, expect, it } from 'vitest';
import {
  formatDateJa,
  formatDayJa,
  formatDayRangeJa,
  formatMonthEndJa,
  formatMonthJa,
  formatMonthNameJa,
  formatRankJa,
} from '../../src/present/dates.js';

describe('Japanese dates', () => {
  it('formats months, days and ranges without leading zeros', () => {
    expect(formatMonthJa('2026-03')).toBe('2026年3月');
    expect(formatMonthJa('2025-12')).toBe('2025年12月');
    expect(formatMonthNameJa('2026-03')).toBe('3月');
    expect(formatMonthEndJa('2025-12')).toBe('2025年12月末');
    expect(formatDateJa('2026-04-06')).toBe('2026年4月6日');
    expect(formatDateJa('2025-12-31')).toBe('2025年12月31日');
    expect(formatDayJa('2026-03-02')).toBe('3月2日');
  });

  it('joins a range with the full-width wave dash, and names the years when they differ', () => {
    expect(formatDayRangeJa('2026-03-02', '2026-03-06')).toBe('3月2日～3月6日');
    expect(formatDayRangeJa('2026-03-02', '2026-03-06')).toContain('\uFF5E');
    expect(formatDayRangeJa('2026-03-31', '2026-03-31')).toBe('3月31日'); // a one-day week
    expect(formatDayRangeJa('2025-12-29', '2026-01-02')).toBe('2025年12月29日～2026年1月2日');
  });

  it('formats ranks and refuses what is not a rank or a date', () => {
    expect(formatRankJa(1)).toBe('1位');
    expect(formatRankJa(12)).toBe('12位');
    expect(() => formatRankJa(0)).toThrow(RangeError);
    expect(() => formatRankJa(1.5)).toThrow(RangeError);
    expect(() => formatDateJa('2026/03/31')).toThrow(RangeError);
    expect(() => formatMonthJa('2026-3')).toThrow(RangeError);
  });
});
