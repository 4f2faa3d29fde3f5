/**
 * A sweep of bad inputs through the CLI (in-process `run`), each the test data folder of
 * tests/load/fixture.ts with exactly one defect, rendered into an out folder that holds a previous good
 * report. Every case must end with exit 2, a message naming the file (and the line, where the defect has
 * one) and the bad value, no stack trace, and the previous report byte for byte intact with no temporary
 * folder left. Line numbers are counted by hand from the fixture (see the line maps below).
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashTree } from '../e2e/helpers.js';
import { testdir, type FileTree } from '../helpers/testdir.js';
import { appendLines, configJson, removeLine, replaceLine, validFiles } from '../load/fixture.js';
import { runInProcess } from './run.js';

// prices.csv, line by line: 1 header; 2 02-25 ZZZ; 3-6 02-26 AAA BBB DDD ZZZ; 7-10 02-27 (same);
// 11-14 03-02 (same); 15-18 03-03 (same, DDD pays 0.5); 19-23 03-04 AAA BBB CCC DDD ZZZ;
// 24-27 03-05 AAA(split 2) CCC DDD ZZZ; 28-31 03-06 (same). ZZZ is held by nobody: breaking one of its
// rows breaks nothing else. Close = 100 + 10 × (ticker's place in AAA…ZZZ) + day's index.
// holdings.csv: 1 header; 2-4 02-26 S1 AAA .5, BBB .3, CASH .2; 5 02-26 S2 DDD 1; 6-7 03-04 S1 AAA .4, CCC .6.
// indices.csv: 1 header; 2 02-24 RUT; then SPX, RUT for each day from 02-26: 3-4 02-26, 5-6 02-27, 7-8 03-02 ….
// securities.csv: 1 header; 2-3 AAA (a description over two lines); 4 YYY; 5 BBB; 6 CCC; 7 DDD; 8 ZZZ.
// factor_exposures.csv: 1 header; 2 AAA; 3 BBB; 4 CCC; 5 DDD; 6 ZZZ.

type Edit = (text: string) => string | Buffer | undefined;

interface Case {
  name: string;
  file: string;
  /** The one defect: the file's new contents (undefined: the file is removed). */
  edit: Edit;
  /** Each must appear in stderr. */
  expect: (string | RegExp)[];
  /** Each must not. */
  absent?: string[];
}

const line = (needle: string, replacement: string): Edit => (text) => replaceLine(text, needle, replacement);
const config = (change: (c: Record<string, any>) => void): Edit => () => configJson(change);

const cases: Case[] = [
  { name: 'close with a decimal comma', file: 'prices.csv', edit: line('2026-03-02,ZZZ', '2026-03-02,ZZZ,"12,5",,'), expect: ['prices.csv:14: column "close": "12,5"'] },
  { name: 'close NaN', file: 'prices.csv', edit: line('2026-03-03,ZZZ', '2026-03-03,ZZZ,NaN,,'), expect: ['prices.csv:18: column "close": "NaN"'] },
  { name: 'close Infinity', file: 'prices.csv', edit: line('2026-03-04,ZZZ', '2026-03-04,ZZZ,Infinity,,'), expect: ['prices.csv:23: column "close": "Infinity"'] },
  { name: 'close with a thousands separator', file: 'prices.csv', edit: line('2026-03-05,ZZZ', '2026-03-05,ZZZ,"1,234.5",,'), expect: ['prices.csv:27: column "close": "1,234.5"'] },
  { name: 'close zero', file: 'prices.csv', edit: line('2026-03-06,ZZZ', '2026-03-06,ZZZ,0,,'), expect: ['prices.csv:31: column "close": "0"'] },
  { name: 'negative dividend', file: 'prices.csv', edit: line('2026-02-27,ZZZ', '2026-02-27,ZZZ,142.00,-0.5,'), expect: ['prices.csv:10: column "dividend": "-0.5"'] },
  { name: 'split of zero', file: 'prices.csv', edit: line('2026-02-26,ZZZ', '2026-02-26,ZZZ,141.00,,0'), expect: ['prices.csv:6: column "split": "0"'] },
  { name: 'date with slashes', file: 'prices.csv', edit: line('2026-03-02,ZZZ', '2026/03/02,ZZZ,143.00,,'), expect: ['prices.csv:14: column "date": "2026/03/02"'] },
  { name: 'US-style date', file: 'prices.csv', edit: line('2026-03-03,ZZZ', '3/3/2026,ZZZ,144.00,,'), expect: ['prices.csv:18: column "date": "3/3/2026"'] },
  { name: 'a day that does not exist', file: 'prices.csv', edit: line('2026-03-04,ZZZ', '2026-02-30,ZZZ,145.00,,'), expect: ['prices.csv:23: column "date": "2026-02-30"'] },
  { name: 'a row twice', file: 'prices.csv', edit: line('2026-03-02,ZZZ', '2026-03-02,ZZZ,143.00,,\n2026-03-02,ZZZ,143.00,,'), expect: ['prices.csv:15: duplicate date "2026-03-02", ticker "ZZZ" (first at line 14)'] },
  { name: 'a required column renamed', file: 'prices.csv', edit: line('date,ticker,close', 'date,ticker,last,dividend,split'), expect: ['prices.csv:1:', '"close"'] },
  { name: 'weight above 1', file: 'holdings.csv', edit: line('2026-02-26,S2,DDD', '2026-02-26,S2,DDD,1.5'), expect: ['holdings.csv:5: column "weight": "1.5"'] },
  { name: 'negative weight', file: 'holdings.csv', edit: line('2026-02-26,S1,BBB', '2026-02-26,S1,BBB,-0.1'), expect: ['holdings.csv:3: column "weight": "-0.1"'] },
  { name: 'unknown strategy', file: 'holdings.csv', edit: line('2026-02-26,S2,DDD', '2026-02-26,S9,DDD,1'), expect: ['holdings.csv:5: column "strategy": "S9"'] },
  { name: 'a ticker prices.csv does not have', file: 'holdings.csv', edit: line('2026-03-04,S1,CCC', '2026-03-04,S1,QQQ,0.6'), expect: ['holdings.csv:7: column "ticker": "QQQ"'] },
  // 0.6 + 0.3 + 0.2 = 1.1
  { name: 'weights summing to 1.1', file: 'holdings.csv', edit: line('2026-02-26,S1,AAA', '2026-02-26,S1,AAA,0.6'), expect: ['holdings.csv:2:', 'weights of S1 on 2026-02-26 sum to 1.1000'] },
  // 2026-03-07 is a Saturday.
  { name: 'a snapshot on a day without prices', file: 'holdings.csv', edit: (t) => t.replaceAll('2026-03-04,S1,', '2026-03-07,S1,'), expect: ['holdings.csv:6: column "date": "2026-03-07"'] },
  { name: 'index level zero', file: 'indices.csv', edit: line('2026-03-02,SPX', '2026-03-02,SPX,0'), expect: ['indices.csv:7: column "level": "0"'] },
  { name: 'index date month 13', file: 'indices.csv', edit: line('2026-02-27,RUT', '2026-13-01,RUT,2001'), expect: ['indices.csv:6: column "date": "2026-13-01"'] },
  { name: 'a security listed twice', file: 'securities.csv', edit: (t) => appendLines(t, 'DDD,ディー2,エネルギー,,'), expect: ['securities.csv:9: duplicate ticker "DDD" (first at line 7)'] },
  { name: 'a securities column renamed', file: 'securities.csv', edit: line('ticker,name,sector', 'ticker,name,industry,description,name_en'), expect: ['securities.csv:1:', '"sector"'] },
  { name: 'a factor column renamed', file: 'factor_returns.csv', edit: line('date,growth,value', 'date,growth,value_x'), expect: ['factor_returns.csv:1:', '"value"'] },
  { name: 'an exposure that is not a number', file: 'factor_exposures.csv', edit: line('2026-02-27,ZZZ', '2026-02-27,ZZZ,n/a,0'), expect: ['factor_exposures.csv:6: column "growth": "n/a"'] },
  // Line 3 is `    "name": "TEST SERVICE",`: the second comma is its 28th character.
  { name: 'config: not JSON', file: 'config.json', edit: (t) => t.replace('"TEST SERVICE",', '"TEST SERVICE",,'), expect: ['config.json:3: JSON syntax error at column 28'] },
  { name: 'config: a weight as a string', file: 'config.json', edit: config((c) => (c.courses[1].weights.S2 = '0.5')), expect: ['config.json: courses[1].weights.S2: "0.5"'] },
  { name: 'config: an unknown benchmark', file: 'config.json', edit: config((c) => (c.strategies[1].benchmark = 'RUTX')), expect: ['config.json: strategies[1].benchmark: "RUTX"'] },
  { name: 'config: course weights summing to 0.9', file: 'config.json', edit: config((c) => (c.courses[1].weights = { S1: 0.7, S2: 0.2 })), expect: ['config.json: courses[1].weights: sum to 0.9'] },
  {
    name: 'securities.csv saved as UTF-16',
    file: 'securities.csv',
    edit: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
    expect: ['securities.csv: is UTF-16'],
  },
  { name: 'one of the three factor files missing', file: 'benchmark_exposures.csv', edit: () => undefined, expect: ['benchmark_exposures.csv'] },
  // AAA is held by S1 from 02-26 on.
  { name: 'a held security without a price one day', file: 'prices.csv', edit: (t) => removeLine(t, '2026-03-03,AAA'), expect: [/AAA.*2026-03-03/] },
  {
    name: '30 bad rows: 20 listed and a count',
    file: 'prices.csv',
    edit: (t) => t.replace(/^(\d{4}-\d\d-\d\d,[A-Z]+,)[\d.]+/gm, '$1x'),
    expect: ['prices.csv:2: column "close": "x"', 'prices.csv:21: column "close": "x"', /10 more problems? \(30 in all\)/],
    absent: ['prices.csv:22:'],
  },
];

let work: string;
let out: string;
let previous: Record<string, string>;
const ARGS = ['2026-03', '--partial', '--format', 'json,md,html'];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'wg-bad-input-'));
  out = join(work, 'out');
  // A good report first: the fixture's month ends on 2026-03-06, hence --partial.
  const { code, stderr } = await runInProcess([...ARGS, '--data', await dataFolder(validFiles()), '--out', out]);
  if (code !== 0) throw new Error(stderr);
  previous = await hashTree(join(out, '2026-03'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A data folder that outlives one test (testdir's is removed when its test ends). */
async function dataFolder(files: FileTree): Promise<string> {
  const dir = join(work, 'good');
  for (const [name, content] of Object.entries(files)) {
    if (content === undefined) continue;
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

describe('bad input through the CLI: exit 2, the file, line and value named, the previous report intact', () => {
  it.each(cases)('$file: $name', async (c) => {
    const files = validFiles();
    const edited = c.edit(String(files[c.file]));
    // The defect is really there (an edit whose needle matched nothing would test the valid folder).
    expect(edited).not.toEqual(files[c.file]);
    files[c.file] = edited;
    const r = await runInProcess([...ARGS, '--data', await testdir(files), '--out', out]);
    expect(r.code, r.stderr).toBe(2);
    for (const e of c.expect) {
      if (typeof e === 'string') expect(r.stderr).toContain(e);
      else expect(r.stderr).toMatch(e);
    }
    for (const a of c.absent ?? []) expect(r.stderr).not.toContain(a);
    expect(r.stderr).not.toMatch(/this is a bug|at .*\.[jt]s:\d+/);
    expect(r.stdout).toBe('');
    expect(await hashTree(join(out, '2026-03'))).toEqual(previous);
    expect(await readdir(out)).toEqual(['2026-03']);
  });
});

describe('usage errors: exit 2 before anything is read or written', () => {
  it.each([
    [['2026-3'], 'month must be YYYY-MM, got "2026-3"'],
    [['2026-03', '--as-of', '2026-02-30'], '--as-of must be a date YYYY-MM-DD, got "2026-02-30"'],
    [['2026-03', '--format', 'json,docx'], '--format: unknown format "docx"'],
    [['2026-03', '--timeout', '0'], '--timeout must be a positive number of seconds, got "0"'],
    [['2026-03', '--out', ' '], '--out is empty'],
  ])('%j', async (args, message) => {
    const r = await runInProcess([...args, ...(args.includes('--out') ? [] : ['--out', out])]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(message);
    expect(await hashTree(join(out, '2026-03'))).toEqual(previous);
    expect(await readdir(out)).toEqual(['2026-03']);
  });

  it('an unknown option names itself', async () => {
    const r = await runInProcess(['2026-03', '--colour']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--colour'");
  });

  it('--help and --version exit 0 and print to stdout', async () => {
    const help = await runInProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
    const version = await runInProcess(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
