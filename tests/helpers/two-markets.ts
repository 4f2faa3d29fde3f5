/**
 * A small two-market data folder (DATA.md "Markets"), every figure worked out by hand in the tests.
 *
 *   US days: 01-29 01-30 02-02 02-03 02-26 02-27 03-02 03-03 03-31 04-01
 *   JP days: 01-29 01-30 02-02       02-26       03-02 03-03 03-04 03-30 04-01
 *            (Tokyo closed 02-03, 02-27 and 03-31; 03-04 and 03-30 are Tokyo-only days)
 *
 * Month 2026-03: US base 02-27, end 03-31; JP base 02-26, end 03-30. US strategy S1 holds AAA (100 at
 * 02-27, 120 at 03-31: +20%); JP strategy S3 holds J01 (900 at 01-29, 1000 at 02-26, 1100 at 03-30:
 * +10% in March, +22.2…% since 01-29). SPX 5000 → 5500 (+10%). TOPIX has rows on Tokyo days plus a
 * stray 03-31 (2200) that a US window would wrongly read: on JP windows it is 2000 → 2100 (+5%).
 */
import type { FileTree } from './testdir.js';

export const US_DAYS = ['2026-01-29', '2026-01-30', '2026-02-02', '2026-02-03', '2026-02-26', '2026-02-27', '2026-03-02', '2026-03-03', '2026-03-31', '2026-04-01'];
export const JP_DAYS = ['2026-01-29', '2026-01-30', '2026-02-02', '2026-02-26', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-30', '2026-04-01'];

const AAA: Record<string, number> = { '2026-02-27': 100, '2026-03-31': 120 };
const J01: Record<string, number> = { '2026-01-29': 900, '2026-02-26': 1000, '2026-03-30': 1100 };
const SPX: Record<string, number> = { '2026-02-27': 5000, '2026-03-31': 5500 };
const TOPIX: Record<string, number> = { '2026-02-26': 2000, '2026-03-03': 2040, '2026-03-30': 2100, '2026-03-31': 2200 };

/** Days without a listed value repeat the last one (the first day's default is given). */
function series(days: readonly string[], values: Record<string, number>, first: number): [string, number][] {
  let last = first;
  return days.map((d) => [d, (last = values[d] ?? last)]);
}

export function twoMarketConfig(edit?: (c: Record<string, any>) => void): string {
  const c: Record<string, any> = {
    service: { name: 'TEST', launchDate: '2026-01-29', ratioStartDate: '2026-01-29' },
    markets: [
      { id: 'US', name: '米国市場' },
      { id: 'JP', name: '日本市場' },
    ],
    strategies: [
      { id: 'S1', name: '米国戦略', benchmark: 'SPX', traits: ['growth'] },
      { id: 'S3', name: '日本戦略', benchmark: 'TOPIX', market: 'JP', launchDate: '2026-01-29' },
    ],
    courses: [{ name: '米国戦略', weights: { S1: 1 } }],
    indices: [
      { id: 'SPX', name: 'S&P 500', short: 'S&P500' },
      { id: 'TOPIX', name: 'TOPIX', short: 'TOPIX', market: 'JP' },
    ],
    weeklyIndices: ['SPX', 'TOPIX'],
    factors: [{ id: 'growth', name: '成長性' }],
    limits: { minHoldings: 0, maxHoldings: 25, maxWeight: 1, maxSectorWeight: 1 },
  };
  edit?.(c);
  return JSON.stringify(c, null, 2) + '\n';
}

export function twoMarketPrices(): string {
  const rows = ['date,ticker,close'];
  for (const [d, v] of series(US_DAYS, AAA, 100)) rows.push(`${d},AAA,${v}`);
  for (const [d, v] of series(JP_DAYS, J01, 900)) rows.push(`${d},J01,${v}`);
  // J02, held by nobody, trades every Tokyo day (so a day J01 lacks is still a Tokyo trading day).
  for (const d of JP_DAYS) rows.push(`${d},J02,500`);
  // A ticker securities.csv does not list: with two markets its dates count for no calendar.
  rows.push('2026-03-29,QQQ,1');
  return rows.join('\n') + '\n';
}

export function twoMarketFiles(overrides: FileTree = {}): FileTree {
  const indices = ['date,index,level'];
  for (const [d, v] of series(US_DAYS, SPX, 5000)) indices.push(`${d},SPX,${v}`);
  for (const d of [...JP_DAYS, '2026-03-31'].sort()) {
    const v = series([...JP_DAYS, '2026-03-31'].sort(), TOPIX, 1900).find(([x]) => x === d)![1];
    indices.push(`${d},TOPIX,${v}`);
  }
  return {
    'config.json': twoMarketConfig(),
    'prices.csv': twoMarketPrices(),
    'holdings.csv': ['date,strategy,ticker,weight', '2026-01-29,S1,AAA,1', '2026-01-29,S3,J01,1'].join('\n') + '\n',
    'indices.csv': indices.join('\n') + '\n',
    'securities.csv':
      ['ticker,name,sector,description,market', 'AAA,エーエーエー,情報技術,説明A,', 'J01,日本一号,情報技術,説明J,JP', 'J02,日本二号,素材,,JP', 'ZZZ,ゼット,素材,,US'].join('\n') +
      '\n',
    'factor_exposures.csv': ['date,ticker,growth', '2026-01-29,AAA,0.5'].join('\n') + '\n',
    'benchmark_exposures.csv': ['date,benchmark,growth', '2026-01-29,SPX,0.1'].join('\n') + '\n',
    'factor_returns.csv': ['date,growth', ...US_DAYS.map((d) => `${d},0.001`)].join('\n') + '\n',
    ...overrides,
  };
}
