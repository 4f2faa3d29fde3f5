/**
 * factor_exposures.csv is read in one pass over its bytes (readCsvBytes + the byte path for rows of
 * tickers nobody holds). DATA.md's rules hold for every row, held or not: a bad date, an empty ticker, a
 * factor that is empty or not a number, a duplicate (date, ticker) are errors at their line and column,
 * whatever the bytes and however they are cut into chunks; only the held tickers' rows are kept.
 */
import { describe, expect, it } from 'vitest';
import { LoadContext } from '../../src/load/context.js';
import { readCsv } from '../../src/load/csv.js';
import { readExposures } from '../../src/load/factors.js';
import type { ByteSource } from '../../src/load/text.js';
import type { FactorRow } from '../../src/types.js';

const held = new Set(['AAA']);
const factors = ['growth', 'value'];

async function viaBytes(bytes: Uint8Array, cut: number): Promise<[Map<string, FactorRow[]> | null, string[]]> {
  const ctx = new LoadContext('/nonexistent');
  const source: ByteSource = {
    file: 'factor_exposures.csv',
    *chunks() {
      for (let i = 0; i < bytes.length; i += cut) yield Buffer.from(bytes.subarray(i, i + cut));
    },
  };
  const rows = await readExposures(ctx, source, factors, held);
  return [rows, ctx.issues().map((i) => `${i.line}: ${i.column ?? ''} ${i.value === undefined ? '' : `"${i.value}" `}${i.message}`)];
}

const rows = [
  'date,ticker,growth,value',
  '2026-02-26,AAA,0.5,-0.25',
  '2026-02-26,ZZZ,-1.5,2', // not held, plain: the byte path
  '2026-02-27,ZZZ,abc,1', // not held, value not a number: still an error (line 4, growth)
  '2026-02-27,YYY,1,', // not held, empty value: an error (line 5, value)
  '2026-02-27,ZZZ,1,1', // duplicate (date, ticker) of line 4
  '',
  '2026-02-30,YYY,1,1', // no such day (line 8)
  '2026-03-02,,1,1', // empty ticker (line 9)
  '2026-03-02,WWW,1e-1, 2 ', // exponent, spaces: the text path, no problem
  '2026-03-02,WWW,1,2,3', // one field too many (line 11)
  '2026-03-03,AAA,0.75,x', // held, bad value (line 12, value)
  '2026-03-03,"Q,Q",1,1', // quotes from here on: CsvParser
  '2026-03-04,"multi',
  'line",1,1', // a record of lines 14-15
  '2026-03-04,ZZZ,-,1', // a lone minus is not a number (line 16, growth)
  '2026-03-05,AAA,1,2',
];

const expected = [
  '4: growth "abc" is not a number',
  '5: value "" is empty: a number is required',
  '6:  duplicate date "2026-02-27", ticker "ZZZ" (first at line 4)',
  '8: date "2026-02-30" is not a date: no such day',
  '9: ticker "" is empty',
  '11:  has 5 fields, the header has 4',
  '12: value "x" is not a number',
  '16: growth "-" is not a number',
];

describe('factor_exposures.csv: one pass over the bytes, every problem at its line and column', () => {
  for (const [name, eol, bom] of [
    ['LF', '\n', false],
    ['CRLF', '\r\n', false],
    ['LF with a BOM', '\n', true],
    ['CRLF with a BOM', '\r\n', true],
  ] as const) {
    it(`${name}: every chunk size, the same problems and the held rows`, async () => {
      const text = rows.join(eol) + eol;
      const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text)]);
      const [whole, problems] = await viaBytes(bytes, bytes.length);
      expect(problems).toEqual(expected);
      expect(whole!.get('AAA')).toEqual([
        { date: '2026-02-26', values: [0.5, -0.25] },
        { date: '2026-03-03', values: [0.75, NaN] },
        { date: '2026-03-05', values: [1, 2] },
      ]);
      expect([...whole!.keys()]).toEqual(['AAA']);
      for (const cut of [1, 2, 3, 5, 7, 11, 16, 64]) {
        const [r, pr] = await viaBytes(bytes, cut);
        expect(pr).toEqual(problems);
        expect(r).toEqual(whole);
      }
    });
  }

  it('a lone CR is a line break (from it on, the CsvParser): the same problems at the same lines', async () => {
    const text = rows.slice(0, 3).join('\n') + '\r' + rows.slice(3).join('\n') + '\n';
    for (const cut of [1, 4, 13, 1000]) {
      const [r, problems] = await viaBytes(Buffer.from(text), cut);
      expect(problems).toEqual(expected);
      expect(r!.get('AAA')!.map((x) => x.date)).toEqual(['2026-02-26', '2026-03-03', '2026-03-05']);
    }
  });

  it('a quoted ticker is the ticker unquoted (the CsvParser reads from the first quote on)', async () => {
    const text = ['date,ticker,growth,value', '2026-03-02,ZZZ,1,1', '2026-03-02,"ZZZ",1,1', '2026-03-03,"AAA",1,1'].join('\n') + '\n';
    for (const cut of [2, 1000]) {
      const [r, problems] = await viaBytes(Buffer.from(text), cut);
      expect(problems).toEqual(['3:  duplicate date "2026-03-02", ticker "ZZZ" (first at line 2)']);
      expect(r!.get('AAA')).toEqual([{ date: '2026-03-03', values: [1, 1] }]);
    }
  });

  it('the records are the CsvParser\'s (a quoted field across lines starts at its first line)', async () => {
    const ctx = new LoadContext('/nonexistent');
    const starts: number[] = [];
    await readCsv(ctx, { file: 'factor_exposures.csv', chunks: () => [rows.join('\n') + '\n'] }, { required: ['date', 'ticker'] }, (_f, line) => {
      starts.push(line);
    });
    expect(starts.slice(-3)).toEqual([14, 16, 17]);
  });

  it('a plain file of held and unheld tickers: no problem, only the held rows, in date order', async () => {
    const text = ['date,ticker,growth,value', '2026-03-02,ZZZ,1,2', '2026-03-02,AAA,-0.1,0.2', '2026-02-27,AAA,3,4', '2026-03-03,ZZZ,-7.125,0'].join('\n');
    for (const cut of [1, 4, 9, 1000]) {
      const [r, problems] = await viaBytes(Buffer.from(text), cut);
      expect(problems).toEqual([]);
      expect(r!.get('AAA')).toEqual([
        { date: '2026-02-27', values: [3, 4] },
        { date: '2026-03-02', values: [-0.1, 0.2] },
      ]);
    }
  });

  it('a duplicate among unheld rows far apart, and columns in another order with an extra one', async () => {
    const text = ['note,value,ticker,date,growth', 'x,1,ZZZ,2026-03-02,2', 'y,1,YYY,2026-03-02,2', 'z,1,ZZZ,2026-03-03,2', ',1,ZZZ,2026-03-02,-2'].join('\n') + '\n';
    for (const cut of [3, 1000]) {
      const [, problems] = await viaBytes(Buffer.from(text), cut);
      expect(problems).toEqual(['5:  duplicate date "2026-03-02", ticker "ZZZ" (first at line 2)']);
    }
  });

  it('a factor column missing from the header: the header error, no row read', async () => {
    const [r, problems] = await viaBytes(Buffer.from('date,ticker,growth\n2026-03-02,AAA,1\n'), 5);
    expect(r).toBeNull();
    expect(problems).toEqual(['1: value required column is missing from the header']);
  });

  it('Shift_JIS bytes: the pass is dropped and the file read as text (here: absent from the folder)', async () => {
    const sjis = Buffer.from([...Buffer.from('date,ticker,growth,value\n2026-03-02,'), 0x83, 0x65, ...Buffer.from(',1,2\n')]);
    const [r, problems] = await viaBytes(sjis, 8);
    expect(r).toBeNull();
    expect(problems).toEqual(['undefined:  required file is missing']);
  });
});
