import { describe, expect, it } from 'vitest';
import { heldReturnBetween, securityDailyReturn, securityReturnBetween } from '../../src/compute/returns.js';
import { DataError } from '../../src/errors.js';
import { buildDataset } from '../helpers/dataset-builder.js';

const calendar = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'];

describe('security daily total return: split × (close + dividend) / prevClose − 1', () => {
  const ds = buildDataset({
    calendar,
    tickers: {
      DIV: { close: [100, 98, 98, 98], dividend: { '2026-03-03': 3 } },
      SPL: { close: [100, 52, 52, 53], split: { '2026-03-03': 2 }, dividend: { '2026-03-05': 1 } },
      BOTH: { close: [100, 52, 52, 52], split: { '2026-03-03': 2 }, dividend: { '2026-03-03': 1 } },
      GAP: [100, Number.NaN, 101, 102],
    },
  });
  const p = (t: string) => ds.prices.get(t)!;

  it('a dividend day: (98 + 3) / 100 − 1 = 1%', () => {
    expect(securityDailyReturn(p('DIV'), 1)).toBeCloseTo(0.01, 15);
  });
  it('a split day (2-for-1): 2 × 52 / 100 − 1 = 4%', () => {
    expect(securityDailyReturn(p('SPL'), 1)).toBeCloseTo(0.04, 15);
  });
  it('a split and a dividend the same day: 2 × (52 + 1) / 100 − 1 = 6%', () => {
    expect(securityDailyReturn(p('BOTH'), 1)).toBeCloseTo(0.06, 15);
  });
  it('compounds over days: (2 × 52 / 100) × (52 / 52) × ((53 + 1) / 52) − 1', () => {
    expect(securityReturnBetween(p('SPL'), 0, 3)).toBeCloseTo(1.04 * (54 / 52) - 1, 15);
  });
  it('a missing close gives NaN', () => {
    expect(securityDailyReturn(p('GAP'), 1)).toBeNaN();
    expect(securityDailyReturn(p('GAP'), 2)).toBeNaN();
    expect(securityDailyReturn(p('GAP'), 3)).toBeCloseTo(102 / 101 - 1, 15);
  });
});

describe('a held line over a stretch of days', () => {
  const ds = buildDataset({ calendar, tickers: { A: [100, 110, 99, 99], GAP: [100, Number.NaN, 101, 102] } });
  it('CASH returns 0', () => {
    expect(heldReturnBetween(ds.prices, calendar, 'CASH', 0, 3, 'S1')).toBe(0);
  });
  it('a security compounds: 1.1 × 0.9 − 1 = −1%', () => {
    expect(heldReturnBetween(ds.prices, calendar, 'A', 0, 2, 'S1')).toBeCloseTo(-0.01, 15);
  });
  it('a missing close while held is a data error naming prices.csv, the ticker and the date', () => {
    expect(() => heldReturnBetween(ds.prices, calendar, 'GAP', 0, 3, 'S1')).toThrow(DataError);
    expect(() => heldReturnBetween(ds.prices, calendar, 'GAP', 0, 3, 'S1')).toThrow(
      'prices.csv: GAP (held by S1) has no close on 2026-03-03',
    );
  });
  it('a ticker with no prices at all is a data error', () => {
    expect(() => heldReturnBetween(ds.prices, calendar, 'NOPE', 0, 1, 'S1')).toThrow('prices.csv: NOPE (held by S1) has no rows');
  });
});
