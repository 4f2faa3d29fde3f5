/** DATA.md, "Files" and the error contract: the folder as a whole. */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, EXIT, formatIssues } from '../../src/errors.js';
import { loadDataset } from '../../src/load/dataset.js';
import { testdir } from '../helpers/testdir.js';
import { appendLines, filesWith, load, pricesCsv, problems, theProblem, validFiles } from './fixture.js';

/** The line of the first row appended to the fixture's prices.csv. */
const APPENDED = pricesCsv().trim().split('\n').length + 1;

describe('a valid folder loads', () => {
  it('with no problems and no warnings', async () => {
    const dataset = await load(validFiles());
    expect(dataset.warnings).toEqual([]);
    expect(dataset.config.strategies.map((s) => s.id)).toEqual(['S1', 'S2']);
    expect(dataset.commentary!.weeks.get(1)).toBe('見出しの一文\n\n本文。');
  });
});

describe('required files', () => {
  it.each(['config.json', 'prices.csv', 'holdings.csv', 'indices.csv', 'securities.csv'])('a missing %s is an error naming it', async (name) => {
    const list = await problems(filesWith({ [name]: undefined }));
    expect(list).toContain(`${name}: required file is missing`);
  });

  it('a missing data folder is an error', async () => {
    const dir = path.join(await testdir({}), 'nope');
    const error = await loadDataset(dir, { month: '2026-03', allowGaps: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe(`${dir}: data folder not found`);
    expect((error as DataError).exitCode).toBe(EXIT.BAD_INPUT);
  });
});

describe('inputs: the SHA-256 of every file read, keyed by path relative to the folder, sorted', () => {
  it('hashes each file\'s bytes, the commentary included', async () => {
    const files = validFiles();
    const dataset = await load(files);
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(Object.keys(dataset.inputs)).toEqual([
      'benchmark_exposures.csv',
      'commentary/2026-03.md',
      'config.json',
      'factor_exposures.csv',
      'factor_returns.csv',
      'holdings.csv',
      'indices.csv',
      'prices.csv',
      'securities.csv',
    ]);
    expect(dataset.inputs['prices.csv']).toBe(sha(files['prices.csv'] as string));
    expect(dataset.inputs['commentary/2026-03.md']).toBe(sha(files['commentary/2026-03.md'] as string));
  });

  it('lists only files that exist and were read', async () => {
    const dataset = await load(filesWith({ 'commentary/2026-03.md': undefined, 'notes.txt': 'x' }));
    expect(Object.keys(dataset.inputs)).not.toContain('commentary/2026-03.md');
    expect(Object.keys(dataset.inputs)).not.toContain('notes.txt');
  });
});

describe('every problem is reported, the first 20 listed and the rest counted', () => {
  it('collects problems across files in one DataError', async () => {
    const list = await problems(
      filesWith({
        'prices.csv': appendLines(pricesCsv(), '2026-03-06,ZZZ,1,,'),
        'indices.csv': 'date,index,level\n2026-03-02,SPX,-1\n',
      }),
    );
    expect(list[0]).toMatch(/^prices\.csv:\d+: duplicate date "2026-03-06", ticker "ZZZ"/);
    expect(list).toContain('indices.csv:2: column "level": "-1" must be > 0');
    expect(list).toContain('indices.csv: column "index": "RUT" has no rows, but config.json configures this index');
  });

  it('with more than 20, the message shows 20 and a count', async () => {
    const bad = Array.from({ length: 25 }, (_, i) => `2026-03-0${(i % 5) + 2},Q${i},x,,`);
    const dir = await testdir(filesWith({ 'prices.csv': appendLines(pricesCsv(), ...bad) }));
    const error = (await loadDataset(dir, { month: '2026-03', allowGaps: false }).catch((e: unknown) => e)) as DataError;
    expect(error.issues).toHaveLength(25);
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe(`prices.csv:${APPENDED}: column "close": "x" is not a number`);
    expect(lines[19]).toBe(`prices.csv:${APPENDED + 19}: column "close": "x" is not a number`);
    expect(lines[20]).toBe('… and 5 more problems (25 in all)');
    expect(error.message).toBe(formatIssues(error.issues));
  });

  it('keeps at most 1,000 problems per file (memory), but the message still counts them all', async () => {
    const bad = Array.from({ length: 1005 }, (_, i) => `2026-03-02,Q${i},x,,`);
    const dir = await testdir(filesWith({ 'prices.csv': appendLines(pricesCsv(), ...bad) }));
    const error = (await loadDataset(dir, { month: '2026-03', allowGaps: false }).catch((e: unknown) => e)) as DataError;
    expect(error.issues).toHaveLength(1001);
    expect(formatIssues(error.issues.slice(-1))).toBe('prices.csv: … and 5 more problems in this file (not kept)');
    expect(error.message.split('\n')).toHaveLength(21);
    expect(error.message.split('\n')[20]).toBe('… and 985 more problems (1005 in all)');
  });

  it('orders the problems of a file by line', async () => {
    const text = pricesCsv().replace('2026-03-06,ZZZ,147.00', '2026-03-06,ZZZ,x').replace('2026-02-25,ZZZ,140.00', '2026-02-25,ZZZ,0');
    const list = await problems(filesWith({ 'prices.csv': appendLines(text, '2026-02-25,ZZZ,1,,') }));
    expect(list.map((l) => Number(l.split(':')[1]))).toEqual([2, APPENDED - 1, APPENDED]);
  });

  it('never writes into the data folder', async () => {
    const dir = await testdir(filesWith({ 'prices.csv': 'date,ticker\n' }));
    const before = await readdir(dir, { recursive: true });
    await loadDataset(dir, { month: '2026-03', allowGaps: false }).catch(() => undefined);
    expect(await readdir(dir, { recursive: true })).toEqual(before);
  });
});

describe('a problem that stops a file does not hide the others', () => {
  it('a config.json syntax error still lets the CSV files be checked', async () => {
    const list = await problems(filesWith({ 'config.json': '{', 'indices.csv': 'date,index,level\n2026-03-02,SPX,0\n' }));
    expect(list).toEqual(['config.json:1: JSON syntax error at column 2: unexpected end of file', 'indices.csv:2: column "level": "0" must be > 0']);
  });

  it('a bad header in holdings.csv still lets prices.csv be validated', async () => {
    const list = await problems(filesWith({ 'holdings.csv': 'date,strategy,ticker\n', 'prices.csv': appendLines(pricesCsv(), 'x,ZZZ,1,,') }));
    expect(list).toEqual(['holdings.csv:1: column "weight": required column is missing from the header', `prices.csv:${APPENDED}: column "date": "x" is not a date (YYYY-MM-DD)`]);
  });

  it('an encoding problem is reported once for the file', async () => {
    expect(await theProblem(filesWith({ 'indices.csv': Buffer.from([0xff, 0xfe, 0x41, 0x00]) }))).toBe(
      'indices.csv: is UTF-16 (byte order mark 0xFF 0xFE): save it as UTF-8 or Shift_JIS (CP932)',
    );
  });
});
