/** DATA.md "Markets": one calendar per market, and every new error rule on exactly that defect. */
import { describe, expect, it } from 'vitest';
import { lineOf, load, problems, replaceLine, theProblem } from './fixture.js';
import { JP_DAYS, twoMarketConfig, twoMarketFiles, twoMarketPrices, US_DAYS } from '../helpers/two-markets.js';

const files = twoMarketFiles;

describe('the trading calendar of market X: the dates of prices.csv rows of X’s securities', () => {
  it('keeps one calendar per market; a ticker securities.csv does not list counts for none', async () => {
    const d = await load(files());
    expect(d.calendars.get('US')).toEqual(US_DAYS);
    expect(d.calendars.get('JP')).toEqual(JP_DAYS);
    expect(d.calendar).toEqual(US_DAYS);
    expect(d.calendars.get('US')).not.toContain('2026-03-29'); // QQQ's only row
  });

  it('aligns each held security to its own market’s calendar', async () => {
    const d = await load(files());
    expect(d.prices.get('J01')!.close.length).toBe(JP_DAYS.length);
    expect(d.prices.get('AAA')!.close.length).toBe(US_DAYS.length);
    expect(d.prices.get('J01')!.close[JP_DAYS.indexOf('2026-03-30')]).toBe(1100);
  });

  it('defaults: no markets key is one market US 米国市場, every strategy and index on it', async () => {
    const d = await load(
      files({
        'config.json': twoMarketConfig((c) => {
          delete c.markets;
          c.strategies = [c.strategies[0]];
          c.indices = [c.indices[0]];
          c.weeklyIndices = ['SPX'];
        }),
        'prices.csv': twoMarketPrices()
          .split('\n')
          .filter((l) => !/,(J0\d|QQQ),/.test(l))
          .join('\n'),
        'holdings.csv': 'date,strategy,ticker,weight\n2026-01-29,S1,AAA,1\n',
        'securities.csv': 'ticker,name,sector,description\nAAA,エー,情報技術,説明\n',
      }),
    );
    expect(d.config.markets).toEqual([{ id: 'US', name: '米国市場' }]);
    expect(d.config.factorMarket).toBe('US');
    expect(d.config.strategies[0]!.market).toBe('US');
    expect(d.config.indices[0]!.market).toBe('US');
    expect(d.securities.get('AAA')!.market).toBe('US');
    expect(d.calendar).toEqual(US_DAYS);
    expect([...d.calendars.keys()]).toEqual(['US']);
  });
});

describe('config.json: markets, strategies[].market, indices[].market, factorMarket, launchDate', () => {
  it('a market id used twice', async () => {
    const p = await theProblem(files({ 'config.json': twoMarketConfig((c) => c.markets.push({ id: 'JP', name: '再' })) }));
    expect(p).toBe('config.json: markets[2].id: "JP" is used twice in markets');
  });

  it('a strategy, an index or factorMarket naming an unknown market', async () => {
    const list = await problems(
      files({
        'config.json': twoMarketConfig((c) => {
          c.strategies[1].market = 'HK';
          c.indices[1].market = 'HK';
          c.factorMarket = 'EU';
        }),
      }),
    );
    expect(list).toEqual([
      'config.json: indices[1].market: "HK" is not an id of markets',
      'config.json: factorMarket: "EU" is not an id of markets',
      'config.json: strategies[1].market: "HK" is not an id of markets',
    ]);
  });

  it('a benchmark that is an index of another market', async () => {
    const p = await theProblem(files({ 'config.json': twoMarketConfig((c) => (c.strategies[1].benchmark = 'SPX')) }));
    expect(p).toBe('config.json: strategies[1].benchmark: "SPX" is an index of market US, but the strategy is of market JP');
  });

  it('a launchDate before the strategy’s first snapshot names both dates', async () => {
    const p = await theProblem(files({ 'config.json': twoMarketConfig((c) => (c.strategies[1].launchDate = '2025-12-30')) }));
    expect(p).toBe('config.json: strategies[1].launchDate: "2025-12-30" is before the first snapshot of S3 (2026-01-29, holdings.csv line 3)');
  });
});

describe('securities.csv market, and what a strategy may hold', () => {
  it('an unknown market id names the line', async () => {
    const text = files()['securities.csv'] as string;
    const p = await problems(files({ 'securities.csv': replaceLine(text, 'J01', 'J01,日本一号,情報技術,説明J,JPN') }));
    expect(p[0]).toBe(`securities.csv:${lineOf(text, 'J01')}: column "market": "JPN" is not a market id of config.json (US, JP)`);
  });

  it('a strategy holding a security of another market: holdings line, ticker, both markets', async () => {
    const holdings = 'date,strategy,ticker,weight\n2026-01-29,S1,AAA,1\n2026-01-29,S3,J01,0.5\n2026-01-29,S3,AAA,0.5\n';
    const p = await theProblem(files({ 'holdings.csv': holdings }));
    expect(p).toBe(
      'holdings.csv:4: column "ticker": "AAA" is a security of market US, but strategy S3 is of market JP (a strategy holds only its own market\'s securities and CASH)',
    );
  });

  it('a snapshot dated on its market’s holiday (a US trading day) is not a trading day of its market', async () => {
    const holdings = 'date,strategy,ticker,weight\n2026-01-29,S1,AAA,1\n2026-01-29,S3,J01,1\n2026-02-27,S3,J01,1\n';
    const p = await theProblem(files({ 'holdings.csv': holdings }));
    expect(p).toBe(
      'holdings.csv:4: column "date": "2026-02-27" is not a trading day of market JP (no prices.csv row of its securities has this date): snapshot of S3',
    );
  });

  it('the gap rule uses the security’s own calendar: a Tokyo holiday is no gap, a missing Tokyo day is', async () => {
    // J01 has no row on 02-27 or 03-31 (Tokyo closed) and loads fine.
    await load(files());
    // Without its 03-04 row (a Tokyo-only day) J01 has a gap, though 03-04 is no US trading day.
    const prices = twoMarketPrices()
      .split('\n')
      .filter((l) => l !== '2026-03-04,J01,1000')
      .join('\n');
    const p = await problems(files({ 'prices.csv': prices }));
    expect(p).toContain('prices.csv: column "ticker": "J01" is held (by S3) but has no row on trading day: 2026-03-04');
  });

  it('factor_returns.csv dates are trading days of the factor model’s market; JP holdings need no exposure rows', async () => {
    const fr = files()['factor_returns.csv'] as string;
    const p = await theProblem(files({ 'factor_returns.csv': fr + '2026-03-04,0.001\n' }));
    expect(p).toBe(
      `factor_returns.csv:${fr.trim().split('\n').length + 1}: column "date": "2026-03-04" is not a trading day of market US, the factor model's (factorMarket): no prices.csv row of its securities has this date`,
    );
  });
});
