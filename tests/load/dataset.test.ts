/** DATA.md, "Files" and the error contract: the folder as a whole. */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, EXIT, formatIssue, formatIssues } from '../../src/errors.js';
import { loadDataset } from '../../src/load/dataset.js';
import { testdir } from '../helpers/testdir.js';
import { appendLines, configJson, filesWith, holdingsCsv, lineOf, load, pricesCsv, problems, securitiesCsv, theProblem, validFiles } from './fixture.js';

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
    expect(lines).toHaveLength(22);
    expect(lines[21]).toBe('holdings.csv, factor_exposures.csv, benchmark_exposures.csv, factor_returns.csv: not checked against prices.csv, which has errors above');
    expect(lines[0]).toBe(`prices.csv:${APPENDED}: column "close": "x" is not a number`);
    expect(lines[19]).toBe(`prices.csv:${APPENDED + 19}: column "close": "x" is not a number`);
    expect(lines[20]).toBe('… and 5 more problems (25 in all)');
    expect(error.message).toBe(formatIssues(error.issues, error.skipped));
  });

  it('keeps at most 1,000 problems per file (memory), but the message still counts them all', async () => {
    const bad = Array.from({ length: 1005 }, (_, i) => `2026-03-02,Q${i},x,,`);
    const dir = await testdir(filesWith({ 'prices.csv': appendLines(pricesCsv(), ...bad) }));
    const error = (await loadDataset(dir, { month: '2026-03', allowGaps: false }).catch((e: unknown) => e)) as DataError;
    expect(error.issues).toHaveLength(1001);
    expect(formatIssues(error.issues.slice(-1))).toBe('prices.csv: … and 5 more problems in this file (not kept)');
    expect(error.message.split('\n')).toHaveLength(22);
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
    expect(list).toEqual([`prices.csv:${APPENDED}: column "date": "x" is not a date (YYYY-MM-DD)`, 'holdings.csv:1: column "weight": required column is missing from the header']);
  });

  it('an encoding problem is reported once for the file', async () => {
    expect(await theProblem(filesWith({ 'indices.csv': Buffer.from([0xff, 0xfe, 0x41, 0x00]) }))).toBe(
      'indices.csv: is UTF-16 (byte order mark 0xFF 0xFE): save it as UTF-8 or Shift_JIS (CP932)',
    );
  });
});

describe('causes first: problems in dependency order, no knock-on errors from a file that failed', () => {
  const loadError = async (files: ReturnType<typeof validFiles>) => {
    const dir = await testdir(files);
    return (await loadDataset(dir, { month: '2026-03', allowGaps: false }).catch((e: unknown) => e)) as DataError;
  };

  it('lists config, securities, prices, holdings, indices, the factor files, then the commentary', async () => {
    const error = await loadError(
      filesWith({
        'commentary/2026-03.md': Buffer.from([0xff, 0xfe, 0x41, 0x00]),
        'factor_returns.csv': 'date,growth\n',
        'benchmark_exposures.csv': 'date,growth,value\n',
        'factor_exposures.csv': 'date,growth,value\n',
        'indices.csv': 'date,level\n',
        'holdings.csv': 'date,ticker,weight\n',
        'prices.csv': 'date,close\n',
        'securities.csv': 'name,sector,description\n',
        'config.json': configJson((c) => (c.riskFreeRate = 'x')),
      }),
    );
    expect(error.issues.map((i) => i.file)).toEqual([
      'config.json',
      'securities.csv',
      'prices.csv',
      'holdings.csv',
      'indices.csv',
      'commentary/2026-03.md',
    ]);
    // config.json failed, so the factor files' columns are unknown: they are not read, and say so.
    expect(error.skipped.map((s) => `${s.file} ← ${s.against}`)).toEqual([
      'securities.csv ← config.json',
      'indices.csv ← config.json',
      'factor_exposures.csv ← config.json',
      'benchmark_exposures.csv ← config.json',
      'factor_returns.csv ← config.json',
    ]);
  });

  it('a securities.csv that lost its rows (header one column short) does not make every held ticker unknown', async () => {
    // AAA's row has a 5th field (its name_en) under a 4-column header: an error, and the row is not
    // kept (the others' 5th fields are empty, which is allowed). AAA is held: without the rule it
    // would also be "not in securities.csv".
    const securities = securitiesCsv().replace('description,name_en', 'description');
    const error = await loadError(filesWith({ 'securities.csv': securities }));
    expect(error.message.split('\n')).toEqual([
      'securities.csv:2: has 5 fields, the header has 4',
      'holdings.csv: not checked against securities.csv, which has errors above',
    ]);
  });

  it('a missing prices.csv does not make holdings\' tickers and factor dates knock-on errors', async () => {
    const error = await loadError(filesWith({ 'prices.csv': undefined }));
    expect(error.issues.map(formatIssue)).toEqual(['prices.csv: required file is missing']);
    expect(error.message.split('\n')).toEqual([
      'prices.csv: required file is missing',
      'holdings.csv, factor_exposures.csv, benchmark_exposures.csv, factor_returns.csv: not checked against prices.csv, which has errors above',
    ]);
  });

  it('holdings.csv with problems skips the gap rule and the factor coverage, which read its snapshots', async () => {
    // DDD, S2's only holding, loses its rows in March: a gap, but holdings.csv fails first.
    const prices = pricesCsv()
      .split('\n')
      .filter((l) => !l.startsWith('2026-03-02,DDD'))
      .join('\n');
    const holdings = holdingsCsv().replace('2026-02-26,S2,DDD,1', '2026-02-26,S2,DDD,1.5');
    const error = await loadError(filesWith({ 'prices.csv': prices, 'holdings.csv': holdings }));
    expect(error.issues.map(formatIssue)).toEqual([`holdings.csv:${lineOf(holdings, 'S2,DDD')}: column "weight": "1.5" must be <= 1`]);
    expect(error.skipped).toEqual([
      { file: 'prices.csv', against: 'holdings.csv' },
      { file: 'factor_exposures.csv', against: 'holdings.csv' },
      { file: 'benchmark_exposures.csv', against: 'holdings.csv' },
    ]);
    // Without the holdings problem, the gap is found. It is a problem of prices.csv, so the files
    // checked against prices.csv are not (a file with any problem checks no other: a simple rule).
    const gap = await loadError(filesWith({ 'prices.csv': prices }));
    expect(gap.issues.map(formatIssue)).toEqual(['prices.csv: column "ticker": "DDD" is held (by S2) but has no row on trading day: 2026-03-02']);
    expect(gap.skipped.map((s) => s.file)).toEqual(['factor_exposures.csv', 'benchmark_exposures.csv', 'factor_returns.csv']);
  });

  it('a file with problems of its own is still checked against files without any', async () => {
    const holdings = appendLines(holdingsCsv().replace('2026-02-26,S1,AAA,0.5', '2026-02-26,S1,AAA,x'), '2026-03-04,S9,QQQ,1');
    const list = await problems(filesWith({ 'holdings.csv': holdings }));
    expect(list).toContain(`holdings.csv:${lineOf(holdings, 'S9,QQQ')}: column "strategy": "S9" is not a strategy id of config.json`);
    expect(list).toContain(`holdings.csv:${lineOf(holdings, 'S9,QQQ')}: column "ticker": "QQQ" is not in prices.csv`);
    expect(list).toContain(`holdings.csv:${lineOf(holdings, 'S9,QQQ')}: column "ticker": "QQQ" is not in securities.csv`);
  });
});
