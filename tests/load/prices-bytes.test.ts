/**
 * prices.csv is read in one pass over its bytes (readCsvBytes + the byte path for rows of tickers
 * nobody holds). Whatever the bytes, the result must be the text path's: the same calendar, series,
 * tickers and problems (with their lines), however the bytes are cut into chunks.
 */
import { describe, expect, it } from 'vitest';
import { LoadContext } from '../../src/load/context.js';
import { readCsv } from '../../src/load/csv.js';
import { decimalValue } from '../../src/load/plain.js';
import { loadPrices, type Prices } from '../../src/load/prices.js';
import type { ByteSource } from '../../src/load/text.js';

const held = new Set(['AAA']);
const one = { count: 1, of: () => 0 };

async function viaBytes(bytes: Uint8Array, cut: number): Promise<[Prices | null, string[]]> {
  const ctx = new LoadContext('/nonexistent');
  const source: ByteSource = {
    file: 'prices.csv',
    *chunks() {
      for (let i = 0; i < bytes.length; i += cut) yield Buffer.from(bytes.subarray(i, i + cut));
    },
  };
  const p = await loadPrices(ctx, source, held, one);
  return [p, ctx.issues().map((i) => `${i.line}: ${i.column ?? ''} ${i.message}`)];
}

/** The reference: the same rows through readCsv's text path only (the CsvParser, no byte path). */
async function viaText(text: string): Promise<string[]> {
  const ctx = new LoadContext('/nonexistent');
  await readCsv(ctx, { file: 'prices.csv', chunks: () => [text] }, { required: ['date', 'ticker', 'close'] }, () => undefined);
  return ctx.issues().map((i) => `${i.line}: ${i.column ?? ''} ${i.message}`);
}

const rows = [
  'date,ticker,close,dividend,split',
  '2026-03-02,AAA,100,,',
  '2026-03-02,ZZZ,50.5,0.1,',
  '2026-03-02,YYY,7,,2',
  '2026-03-03,AAA,101,,',
  '2026-03-03,ZZZ,51,,',
  '2026-03-04,YYY,8,,',
  '2026-03-05,ZZZ,0,,', // non-held, bad close: still an error
  '2026-03-05,ZZZ,52,,', // duplicate of the row above
  '',
  '2026-03-06, QQQ ,1e2,,', // spaces, exponent: the text path
  '2026-02-30,QQQ,3,,', // no such day
  '2026-03-09,ÄÄ,3,,', // non-ASCII ticker
  '2026-03-10,"Q,Q",3,,', // quotes from here on: CsvParser
  '2026-03-11,"multi',
  'line",4,,',
  '2026-03-12,ZZZ,5,,',
];

describe('one pass over the bytes gives what the text path gives', () => {
  for (const [name, eol, bom] of [
    ['LF', '\n', false],
    ['CRLF', '\r\n', false],
    ['LF with a BOM', '\n', true],
  ] as const) {
    it(`${name}: every chunk size, the same calendar, numbers and problems`, async () => {
      const text = rows.join(eol) + eol;
      const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text)]);
      const [whole, problems] = await viaBytes(bytes, bytes.length);
      expect(problems).toContain('8: close must be > 0');
      expect(problems).toContain('9:  duplicate date "2026-03-05", ticker "ZZZ" (first at line 8)');
      expect(problems.some((p) => p.startsWith('12: date'))).toBe(true);
      for (const cut of [3, 5, 7, 16, 64]) {
        const [p, pr] = await viaBytes(bytes, cut);
        expect(pr).toEqual(problems);
        expect(p?.markets[0]!.calendar).toEqual(whole?.markets[0]!.calendar);
        expect([...(p?.tickers ?? [])]).toEqual([...(whole?.tickers ?? [])]);
      }
      // The record structure (lines of quoted fields) is the CsvParser's.
      expect(await viaText(text)).toEqual([]);
    });
  }

  it('with no problems: the held series and the calendar from every row', async () => {
    const text = rows.slice(0, 7).join('\n') + '\n';
    const [p, problems] = await viaBytes(Buffer.from(text), 11);
    expect(problems).toEqual([]);
    expect(p!.markets[0]!.calendar).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    expect(Array.from(p!.series.get('AAA')!.close)).toEqual([100, 101, NaN]);
    expect([...p!.tickers].sort()).toEqual(['AAA', 'YYY', 'ZZZ']);
  });

  it('Shift_JIS bytes: the pass is dropped and the file read as text (an encoding problem without the folder)', async () => {
    const sjis = Buffer.from([...Buffer.from('date,ticker,close\n2026-03-02,'), 0x83, 0x65, ...Buffer.from(',1\n')]);
    const [, problems] = await viaBytes(sjis, 8);
    // Reading again needs the file on disk; here it is absent, so the one problem is that.
    expect(problems).toEqual(['undefined:  required file is missing']);
  });
});

describe("a held ticker's numbers read on the bytes are Number()'s", () => {
  it('decimalValue: exactly Number(text) up to 15 significant digits, NaN (the text path) beyond', () => {
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const texts = ['0', '0.0', '007', '1', '5.4481', '0.1', '0.3', '123456789012345', '1.00000000000000', '0.0000000000000000000001', '9007199254740993'];
    for (let k = 0; k < 20000; k++) {
      const int = String(rand(10 ** (1 + rand(9))));
      const frac = rand(3) === 0 ? '' : '.' + String(rand(10 ** (1 + rand(9)))).padStart(1 + rand(8), '0');
      texts.push(int + frac);
    }
    for (const t of texts) {
      const b = Buffer.from(t);
      const v = decimalValue(b, 0, b.length);
      const significant = t.replace('.', '').replace(/^0+/, '').length;
      if (significant <= 15 && (t.split('.')[1]?.length ?? 0) <= 22) expect([t, v]).toEqual([t, Number(t)]);
      else expect([t, v]).toEqual([t, NaN]);
    }
  });

  it('the held series from the byte path: every close, dividend and split as Number() reads its text', async () => {
    const lines = ['date,ticker,close,dividend,split'];
    const want: number[][] = [];
    for (let d = 1; d <= 28; d++) {
      const date = `2026-02-${String(d).padStart(2, '0')}`;
      const close = `${(d * 7919) % 1000}.${String((d * 104729) % 100000).padStart(5, '0')}`;
      const dividend = d % 3 === 0 ? `0.${d}` : '';
      const split = d % 7 === 0 ? '1.5' : d % 5 === 0 ? '1234567890.123456789' : ''; // the last: 19 digits, the text path
      lines.push(`${date},ZZZ,1,,`, `${date},AAA,${close},${dividend},${split}`);
      want.push([Number(close), dividend === '' ? 0 : Number(dividend), split === '' ? 1 : Number(split)]);
    }
    const [p, problems] = await viaBytes(Buffer.from(lines.join('\n') + '\n'), 100);
    expect(problems).toEqual([]);
    const s = p!.series.get('AAA')!;
    expect(want.map((_, i) => [s.close[i], s.dividend[i], s.split[i]])).toEqual(want);
  });
});

describe('columns in any order (the byte path reads the header order: DATA.md order straight through, any other by column)', () => {
  it('the same problems, calendar and held series whatever the order of the columns, with an extra one', async () => {
    const canonical = [...rows.slice(0, 13), '2026-03-13,AAA,102,0.5,2', '2026-03-16,AAA,103.25,,0.5'].map((r) => r.split(','));
    const reordered = canonical.map((f) => (f.length === 5 ? [f[4], f[2], 'x', f[1], f[0], f[3]].join(',') : f.join(',')));
    reordered[0] = 'split,close,note,ticker,date,dividend';
    const text = (lines: string[]) => Buffer.from(lines.join('\n') + '\n');
    for (const cut of [4, 1000]) {
      const [a, pa] = await viaBytes(text(canonical.map((f) => f.join(','))), cut);
      const [b, pb] = await viaBytes(text(reordered), cut);
      expect(pb.map((p) => p.replace(/has 4 fields, the header has 6/, 'has 4 fields, the header has 5'))).toEqual(pa);
      expect(b?.markets).toEqual(a?.markets);
      expect(b?.series).toEqual(a?.series);
    }
  });
});
