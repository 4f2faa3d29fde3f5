/** DATA.md, "Common CSV rules": ISO dates, plain numbers, defaults only where a column has one. */
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/load/fields.js';
import { filesWith, lineOf, load, pricesCsv, replaceLine, theProblem } from './fixture.js';

/** Break one non-held (ZZZ) row of prices.csv: exactly one problem, on that row. */
async function zzzProblem(row: string): Promise<string> {
  const text = replaceLine(pricesCsv(), '2026-03-02,ZZZ', row);
  return theProblem(filesWith({ 'prices.csv': text }));
}
const ZZZ_LINE = lineOf(pricesCsv(), '2026-03-02,ZZZ');

describe('dates are ISO YYYY-MM-DD of a day that exists', () => {
  it('"2026/03/31" is an error naming file, line, column and value', async () => {
    // A date of its own (not 2026-03-02) would also be a new calendar day; a ZZZ row with a bad date is simply dropped.
    expect(await zzzProblem('2026/03/31,ZZZ,143.00,,')).toBe(`prices.csv:${ZZZ_LINE}: column "date": "2026/03/31" is not a date (YYYY-MM-DD)`);
  });

  it('"3/31/2026" is an error', async () => {
    expect(await zzzProblem('3/31/2026,ZZZ,143.00,,')).toBe(`prices.csv:${ZZZ_LINE}: column "date": "3/31/2026" is not a date (YYYY-MM-DD)`);
  });

  it('"2026-02-30" (no such day) is an error', async () => {
    expect(await zzzProblem('2026-02-30,ZZZ,143.00,,')).toBe(`prices.csv:${ZZZ_LINE}: column "date": "2026-02-30" is not a date: no such day`);
  });

  it('an empty date is an error', async () => {
    expect(await zzzProblem(',ZZZ,143.00,,')).toBe(`prices.csv:${ZZZ_LINE}: column "date": "" is empty: a date YYYY-MM-DD is required`);
  });
});

describe('numbers: ".", optional leading "-", optional exponent; NaN, Infinity, separators are errors', () => {
  it.each([
    ['12.5', 12.5],
    ['-0.25', -0.25],
    ['100', 100],
    ['1e-3', 0.001],
    ['1.5E+2', 150],
    ['007', 7],
  ])('accepts %j', (s, x) => expect(parseNumber(s)).toBe(x));

  it.each(['NaN', 'Infinity', '-Infinity', '12,5', '1,234', '1 234', '+1', '.5', '1.', '1e', '0x10', '', '1e999', '１２'])(
    'rejects %j',
    (s) => expect(Number.isNaN(parseNumber(s))).toBe(true),
  );

  it('"12,5" (quoted, so one field) is an error naming file, line, column and value', async () => {
    expect(await zzzProblem('2026-03-02,ZZZ,"12,5",,')).toBe(`prices.csv:${ZZZ_LINE}: column "close": "12,5" is not a number`);
  });

  it('a thousands separator "1,234" is an error', async () => {
    expect(await zzzProblem('2026-03-02,ZZZ,"1,234",,')).toBe(`prices.csv:${ZZZ_LINE}: column "close": "1,234" is not a number`);
  });

  it('NaN is an error', async () => {
    expect(await zzzProblem('2026-03-02,ZZZ,NaN,,')).toBe(`prices.csv:${ZZZ_LINE}: column "close": "NaN" is not a number`);
  });

  it('Infinity is an error', async () => {
    expect(await zzzProblem('2026-03-02,ZZZ,Infinity,,')).toBe(`prices.csv:${ZZZ_LINE}: column "close": "Infinity" is not a number`);
  });

  it('a number too large for a double is an error', async () => {
    expect(await zzzProblem('2026-03-02,ZZZ,1e999,,')).toBe(`prices.csv:${ZZZ_LINE}: column "close": "1e999" is out of range`);
  });

  it('empty is an error where the column has no default (close)', async () => {
    expect(await zzzProblem('2026-03-02,ZZZ,,,')).toBe(`prices.csv:${ZZZ_LINE}: column "close": "" is empty: a number is required`);
  });

  it('empty means the default where the column has one (dividend 0, split 1); exponents are read', async () => {
    const text = replaceLine(pricesCsv(), '2026-03-02,AAA', '2026-03-02,AAA,1.03e2,,');
    const aaa = (await load(filesWith({ 'prices.csv': text }))).prices.get('AAA')!;
    expect([aaa.close[3], aaa.dividend[3], aaa.split[3]]).toEqual([103, 0, 1]);
  });
});
