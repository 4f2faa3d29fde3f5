/** DATA.md, "Common CSV rules": quoting, line endings, header, blank lines, trimming, start lines. */
import { describe, expect, it } from 'vitest';
import { CsvParser, countLineBreaks } from '../../src/load/csv.js';
import { filesWith, lineOf, load, pricesCsv, problems, replaceLine, securitiesCsv, theProblem } from './fixture.js';

/** Parse text (optionally split into chunks at every position in `cuts`): records with their start lines. */
function parse(text: string, cuts: number[] = []): { records: [number, string[]][]; errors: [number, string][] } {
  const records: [number, string[]][] = [];
  const errors: [number, string][] = [];
  const p = new CsvParser(
    (fields, line) => records.push([line, [...fields]]),
    (line, message) => errors.push([line, message]),
  );
  let at = 0;
  for (const cut of cuts) {
    p.push(text.slice(at, cut));
    at = cut;
  }
  p.push(text.slice(at));
  p.end();
  return { records, errors };
}

describe('RFC 4180 quoting: a quoted field may hold commas, quotes ("") and newlines', () => {
  it('reads commas, doubled quotes and newlines inside quotes', () => {
    const { records } = parse('a,b,c\n"x, y","say ""hi""","one\ntwo"\n');
    expect(records).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['x, y', 'say "hi"', 'one\ntwo']],
    ]);
  });

  it('gives the line where each record STARTS, counting newlines inside quoted fields', () => {
    const text = 'h1,h2\n"multi\nline\nfield",1\nnext,2\n"a\r\nb",3\r\nlast,4';
    expect(parse(text).records.map(([line, f]) => [line, f[0]])).toEqual([
      [1, 'h1'],
      [2, 'multi\nline\nfield'],
      [5, 'next'],
      [6, 'a\r\nb'],
      [8, 'last'],
    ]);
  });

  it('gives the same records and lines however the text is cut into chunks', () => {
    const text = 'h1,h2\r\n"multi\r\nline ""q""",1\r\n\r\n  next , 2 \r\n"x",""\r\nlast,4\r\n';
    const whole = parse(text);
    for (let cut = 1; cut < text.length; cut++) expect(parse(text, [cut])).toEqual(whole);
    expect(parse(text, [...Array(text.length).keys()].slice(1))).toEqual(whole);
  });

  it('reports a quoted field that is never closed at the line where its record starts', () => {
    expect(parse('a,b\n1,2\n3,"open\nstill open\n').errors).toEqual([[3, 'a quoted field is never closed (missing closing ")']]);
  });

  it('reports text after a closing quote, and goes on with the next line', () => {
    const { records, errors } = parse('a,b\n"x"y,1\n2,3\n');
    expect(errors).toEqual([[2, 'unexpected text after the closing quote of field 1 (a quote inside a quoted field is written "")']]);
    expect(records.at(-1)).toEqual([3, ['2', '3']]);
  });
});

describe('line endings: LF, CRLF (and a lone CR) each end a line', () => {
  it('reads CRLF like LF', () => {
    expect(parse('a,b\r\n1,2\r\n3,4\r\n').records).toEqual(parse('a,b\n1,2\n3,4\n').records);
  });

  it('counts line breaks in a field the same way', () => {
    expect(countLineBreaks('a\r\nb\nc\rd')).toBe(3);
    expect(countLineBreaks('plain')).toBe(0);
  });

  it('loads a data folder whose CSV files all use CRLF', async () => {
    const files = filesWith({});
    for (const [name, content] of Object.entries(files)) {
      if (name.endsWith('.csv') && typeof content === 'string') files[name] = content.replace(/\n/g, '\r\n');
    }
    const dataset = await load(files);
    expect(dataset.securities.get('AAA')!.description).toBe('説明, カンマと "引用符"\nそして二行目');
  });

  it('reports the right line in a CRLF file after a multi-line field', async () => {
    const text = securitiesCsv().replace('YYY,ワイワイ,公益,,', 'YYY,ワイワイ,公益,,,extra').replace(/\n/g, '\r\n');
    expect(await theProblem(filesWith({ 'securities.csv': text }))).toBe('securities.csv:4: has 6 fields, the header has 5');
  });
});

describe('blank lines are skipped but counted', () => {
  it('skips empty, whitespace-only and comma-only lines', () => {
    expect(parse('a,b\n\n   \n,,\n1,2\n').records).toEqual([
      [1, ['a', 'b']],
      [5, ['1', '2']],
    ]);
  });

  it('reports the physical line of a bad row after blank lines', async () => {
    const text = pricesCsv().replace('\n', '\n\n \n').replace('2026-02-26,ZZZ,141.00', '2026-02-26,ZZZ,abc');
    const line = lineOf(text, '2026-02-26,ZZZ,abc');
    expect(line).toBe(lineOf(pricesCsv(), '2026-02-26,ZZZ,') + 2);
    expect(await theProblem(filesWith({ 'prices.csv': text }))).toBe(`prices.csv:${line}: column "close": "abc" is not a number`);
  });

  it('reports the line of the record after a multi-line quoted field', async () => {
    // securities.csv: AAA's description spans lines 2-3, so YYY is on line 4.
    const text = replaceLine(securitiesCsv(), 'YYY,', 'YYY,ワイワイ,公益,,,extra');
    expect(await theProblem(filesWith({ 'securities.csv': text }))).toBe('securities.csv:4: has 6 fields, the header has 5');
  });
});

describe('header: column order is free, names are trimmed, unknown columns are ignored', () => {
  it('accepts the columns in any order, with spaces around the names and an extra column', async () => {
    const rows = pricesCsv()
      .trim()
      .split('\n')
      .slice(1)
      .map((r) => {
        const [date, ticker, close, dividend, split] = r.split(',');
        return `${split},note,${close}, ${ticker} ,${dividend},${date}`;
      });
    const text = [' split ,memo, close,ticker ,dividend,date', ...rows].join('\n');
    const dataset = await load(filesWith({ 'prices.csv': text }));
    const reference = await load(filesWith({}));
    expect(dataset.calendar).toEqual(reference.calendar);
    expect(dataset.prices).toEqual(reference.prices);
  });

  it('accepts a file without the optional dividend and split columns', async () => {
    const text = pricesCsv().replace(/,[^,\n]*,[^,\n]*$/gm, '');
    const dataset = await load(filesWith({ 'prices.csv': text }));
    expect([...dataset.prices.get('DDD')!.dividend].every((d) => d === 0)).toBe(true);
  });

  it('a missing required column is an error naming the column', async () => {
    const text = pricesCsv().replace(/^date,ticker,close/, 'date,ticker,last');
    expect(await theProblem(filesWith({ 'prices.csv': text }))).toBe('prices.csv:1: column "close": required column is missing from the header');
  });

  it('a column named twice is an error', async () => {
    const text = pricesCsv().replace(/^date,ticker,close,dividend,split/, 'date,ticker,close,dividend,close');
    expect(await theProblem(filesWith({ 'prices.csv': text }))).toBe('prices.csv:1: column "close": appears twice in the header');
  });

  it('an empty file (no header) is an error', async () => {
    expect(await theProblem(filesWith({ 'securities.csv': '\n\n' }))).toBe('securities.csv: is empty: the header row is missing');
  });
});

describe('fields: leading/trailing spaces are trimmed; a record must have the header\'s width', () => {
  it('trims unquoted and quoted fields', () => {
    expect(parse('a,b,c\n  x  , " y " ,\tz\t\n').records[1]).toEqual([2, ['x', 'y', 'z']]);
  });

  it('a row with fewer fields than the header is an error', async () => {
    const text = replaceLine(pricesCsv(), '2026-02-27,ZZZ', '2026-02-27,ZZZ,142.00');
    const line = lineOf(pricesCsv(), '2026-02-27,ZZZ');
    expect(await theProblem(filesWith({ 'prices.csv': text }))).toBe(`prices.csv:${line}: has 3 fields, the header has 5`);
  });

  it('extra empty fields at the end of a row are tolerated (Excel)', async () => {
    const text = replaceLine(pricesCsv(), '2026-02-27,BBB', '2026-02-27,BBB,112.00,,,,');
    await expect(load(filesWith({ 'prices.csv': text }))).resolves.toBeDefined();
  });

  it('a quoted field never closed is an error at the line where its record starts', async () => {
    const text = replaceLine(pricesCsv(), '2026-03-06,ZZZ', '2026-03-06,ZZZ,"147.00,,');
    const line = lineOf(text, '2026-03-06,ZZZ');
    const list = await problems(filesWith({ 'prices.csv': text }));
    expect(list).toContain(`prices.csv:${line}: a quoted field is never closed (missing closing ")`);
  });
});
