import { describe, expect, it } from 'vitest';
import { indexLevelOnOrBefore, indexReturn, requireIndex } from '../../src/compute/index-returns.js';
import { DataError } from '../../src/errors.js';

// A Japanese index: no row on 2026-03-20 (春分の日), a US trading day.
const nikkei = { id: 'N225', dates: ['2026-02-27', '2026-03-19', '2026-03-23', '2026-03-31'], levels: [200, 210, 190, 220] };

describe('index return: level at the last date ≤ end / level at the last date ≤ start − 1', () => {
  it('uses its own calendar: on 2026-03-20 the level is that of 2026-03-19', () => {
    expect(indexLevelOnOrBefore(nikkei, '2026-03-20')).toBe(210);
    expect(indexReturn(nikkei, '2026-03-20', '2026-03-23')).toBeCloseTo(190 / 210 - 1, 15);
  });
  it('month: 220 / 200 − 1 = 10%', () => {
    expect(indexReturn(nikkei, '2026-02-27', '2026-03-31')).toBeCloseTo(0.1, 15);
  });
  it('no level on or before a needed date: data error naming indices.csv and the index', () => {
    expect(() => indexLevelOnOrBefore(nikkei, '2026-02-26')).toThrow(DataError);
    expect(() => indexLevelOnOrBefore(nikkei, '2026-02-26')).toThrow(
      'indices.csv: index N225 has no level on or before 2026-02-26 (its first date is 2026-02-27)',
    );
  });
  it('a configured index with no rows at all: data error', () => {
    expect(() => requireIndex(new Map(), 'SPX')).toThrow('indices.csv: index SPX has no rows');
  });
});
