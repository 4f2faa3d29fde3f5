/** DATA.md, prices.csv: values, keys, the calendar, what is kept, and the gap rule. */
import { describe, expect, it } from 'vitest';
import { appendLines, DAYS, filesWith, lineOf, load, pricesCsv, problems, removeLine, replaceLine, theProblem } from './fixture.js';

const line = (needle: string) => lineOf(pricesCsv(), needle);

describe('close > 0, dividend >= 0, split > 0', () => {
  it('close 0 is an error', async () => {
    const text = replaceLine(pricesCsv(), '2026-03-02,ZZZ', '2026-03-02,ZZZ,0,,');
    expect(await theProblem(filesWith({ 'prices.csv': text }))).toBe(`prices.csv:${line('2026-03-02,ZZZ')}: column "close": "0" must be > 0`);
  });

  it('a negative close is an error', async () => {
    const text = replaceLine(pricesCsv(), '2026-03-02,ZZZ', '2026-03-02,ZZZ,-5.5,,');
    expect(await theProblem(filesWith({ 'prices.csv': text }))).toBe(`prices.csv:${line('2026-03-02,ZZZ')}: column "close": "-5.5" must be > 0`);
  });

  it('a negative dividend is an error', async () => {
    const text = replaceLine(pricesCsv(), '2026-03-02,ZZZ', '2026-03-02,ZZZ,143.00,-0.1,');
    expect(await theProblem(filesWith({ 'prices.csv': text }))).toBe(`prices.csv:${line('2026-03-02,ZZZ')}: column "dividend": "-0.1" must be >= 0`);
  });

  it('split 0 is an error', async () => {
    const text = replaceLine(pricesCsv(), '2026-03-02,ZZZ', '2026-03-02,ZZZ,143.00,,0');
    expect(await theProblem(filesWith({ 'prices.csv': text }))).toBe(`prices.csv:${line('2026-03-02,ZZZ')}: column "split": "0" must be > 0`);
  });

  it('an empty ticker is an error', async () => {
    const text = replaceLine(pricesCsv(), '2026-03-02,ZZZ', '2026-03-02,,143.00,,');
    expect(await theProblem(filesWith({ 'prices.csv': text }))).toBe(`prices.csv:${line('2026-03-02,ZZZ')}: column "ticker": "" is empty`);
  });

  it('a bad close of a held security on a held day is one error (the day is not also a gap)', async () => {
    const text = replaceLine(pricesCsv(), '2026-03-02,AAA', '2026-03-02,AAA,"103,5",,');
    expect(await theProblem(filesWith({ 'prices.csv': text }))).toBe(`prices.csv:${line('2026-03-02,AAA')}: column "close": "103,5" is not a number`);
  });

  it('every bad value of a row is reported, not just the first', async () => {
    const text = replaceLine(pricesCsv(), '2026-03-02,ZZZ', '2026-03-02,ZZZ,x,y,z');
    const at = line('2026-03-02,ZZZ');
    expect(await problems(filesWith({ 'prices.csv': text }))).toEqual([
      `prices.csv:${at}: column "close": "x" is not a number`,
      `prices.csv:${at}: column "dividend": "y" is not a number`,
      `prices.csv:${at}: column "split": "z" is not a number`,
    ]);
  });
});

describe('(date, ticker) is the key: a duplicate is an error naming both lines', () => {
  it('reports a repeated row with the first one\'s line', async () => {
    const text = appendLines(pricesCsv(), '2026-03-02,ZZZ,999,,');
    const dup = lineOf(text, '2026-03-02,ZZZ,999');
    expect(await theProblem(filesWith({ 'prices.csv': text }))).toBe(
      `prices.csv:${dup}: duplicate date "2026-03-02", ticker "ZZZ" (first at line ${line('2026-03-02,ZZZ')})`,
    );
  });

  it('finds duplicates in a file sorted by ticker as well as by date, for held tickers too', async () => {
    const rows = pricesCsv().trim().split('\n');
    const byTicker = [rows[0], ...rows.slice(1).sort((a, b) => a.split(',')[1]!.localeCompare(b.split(',')[1]!))].join('\n');
    const text = appendLines(byTicker + '\n', '2026-02-26,AAA,1,,', '2026-02-26,AAA,2,,');
    const first = lineOf(text, '2026-02-26,AAA,101.00');
    expect(await problems(filesWith({ 'prices.csv': text }))).toEqual([
      `prices.csv:${lineOf(text, '2026-02-26,AAA,1,')}: duplicate date "2026-02-26", ticker "AAA" (first at line ${first})`,
      `prices.csv:${lineOf(text, '2026-02-26,AAA,2,')}: duplicate date "2026-02-26", ticker "AAA" (first at line ${first})`,
    ]);
  });
});

describe('the trading calendar is the set of distinct dates in prices.csv', () => {
  it('includes a date only a non-held ticker has, ascending, whatever the row order', async () => {
    const rows = pricesCsv().trim().split('\n');
    const shuffled = [rows[0], ...rows.slice(1).reverse()].join('\n');
    const dataset = await load(filesWith({ 'prices.csv': shuffled }));
    expect(dataset.calendar).toEqual(DAYS);
  });
});

describe('only what is needed is kept: the held tickers, aligned to the calendar', () => {
  it('keeps held tickers only (CASH and the universe left out)', async () => {
    const dataset = await load(filesWith({}));
    expect([...dataset.prices.keys()]).toEqual(['AAA', 'BBB', 'CCC', 'DDD']);
  });

  it('aligns each series to the calendar: NaN close where no row, dividend 0 and split 1 by default', async () => {
    const { prices } = await load(filesWith({}));
    const aaa = prices.get('AAA')!;
    expect(aaa.close.length).toBe(DAYS.length);
    expect(Array.from(aaa.close)).toEqual([NaN, 101, 102, 103, 104, 105, 106, 107]);
    expect(Array.from(aaa.split)).toEqual([1, 1, 1, 1, 1, 1, 2, 1]);
    expect(Array.from(prices.get('DDD')!.dividend)).toEqual([0, 0, 0, 0, 0.5, 0, 0, 0]);
    expect(Array.from(prices.get('CCC')!.close).slice(0, 5).every(Number.isNaN)).toBe(true);
    expect(Array.from(prices.get('BBB')!.close).slice(6).every(Number.isNaN)).toBe(true);
  });
});

describe('a held security needs a row on every trading day it is held', () => {
  it('a gap inside a holding period is an error listing ticker and missing dates', async () => {
    const text = removeLine(removeLine(pricesCsv(), '2026-03-02,AAA'), '2026-03-03,AAA');
    expect(await theProblem(filesWith({ 'prices.csv': text }))).toBe(
      'prices.csv: column "ticker": "AAA" is held (by S1) but has no row on 2 trading days: 2026-03-02, 2026-03-03',
    );
  });

  it('the snapshot date on which a security enters needs a row', async () => {
    const text = removeLine(pricesCsv(), '2026-03-04,CCC');
    expect(await theProblem(filesWith({ 'prices.csv': text }))).toBe(
      'prices.csv: column "ticker": "CCC" is held (by S1) but has no row on trading day: 2026-03-04',
    );
  });

  it('a security the next snapshot drops is held through that snapshot\'s date (and not after)', async () => {
    // BBB (dropped by S1's 2026-03-04 snapshot) has no rows after 03-04 in the valid folder; without its 03-04 row:
    const text = removeLine(pricesCsv(), '2026-03-04,BBB');
    expect(await theProblem(filesWith({ 'prices.csv': text }))).toBe(
      'prices.csv: column "ticker": "BBB" is held (by S1) but has no row on trading day: 2026-03-04',
    );
  });

  it('the last snapshot\'s securities are held through the last calendar day', async () => {
    const text = removeLine(pricesCsv(), '2026-03-06,DDD');
    expect(await theProblem(filesWith({ 'prices.csv': text }))).toBe(
      'prices.csv: column "ticker": "DDD" is held (by S2) but has no row on trading day: 2026-03-06',
    );
  });

  it('a trading day that only a non-held ticker has is still a day the held ones need', async () => {
    const text = appendLines(pricesCsv(), '2026-03-09,ZZZ,150,,');
    const list = await problems(filesWith({ 'prices.csv': text }));
    expect(list).toEqual([
      'prices.csv: column "ticker": "AAA" is held (by S1) but has no row on trading day: 2026-03-09',
      'prices.csv: column "ticker": "CCC" is held (by S1) but has no row on trading day: 2026-03-09',
      'prices.csv: column "ticker": "DDD" is held (by S2) but has no row on trading day: 2026-03-09',
    ]);
  });

  it('days before a security enters and after it leaves need no row', async () => {
    await expect(load(filesWith({}))).resolves.toBeDefined(); // CCC from 03-04 only, BBB up to 03-04 only
  });
});

describe('--allow-gaps carries the last close forward (return 0) and warns for each gap', () => {
  it('fills the missing days and warns once per run of missing days', async () => {
    let text = removeLine(removeLine(pricesCsv(), '2026-03-02,AAA'), '2026-03-03,AAA');
    text = removeLine(text, '2026-03-06,AAA');
    const dataset = await load(filesWith({ 'prices.csv': text }), { allowGaps: true });
    const aaa = dataset.prices.get('AAA')!;
    expect(Array.from(aaa.close)).toEqual([NaN, 101, 102, 102, 102, 105, 106, 106]);
    expect(Array.from(aaa.dividend)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(aaa.split)).toEqual([1, 1, 1, 1, 1, 1, 2, 1]);
    expect(dataset.warnings).toEqual([
      'prices.csv: column "ticker": "AAA" is held (by S1) but has no row on 2026-03-02..2026-03-03 (2 trading days): the close of 2026-02-27 is carried forward (--allow-gaps)',
      'prices.csv: column "ticker": "AAA" is held (by S1) but has no row on 2026-03-06 (1 trading day): the close of 2026-03-05 is carried forward (--allow-gaps)',
    ]);
  });

  it('a gap with no earlier close to carry is still an error', async () => {
    const text = removeLine(pricesCsv(), '2026-03-04,CCC');
    expect(await theProblem(filesWith({ 'prices.csv': text }), { allowGaps: true })).toBe(
      'prices.csv: column "ticker": "CCC" is held (by S1) but has no row on 2026-03-04, and no earlier close to carry forward (even with --allow-gaps)',
    );
  });
});
