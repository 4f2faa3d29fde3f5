/**
 * A sweep of bad inputs through the real CLI, each a copy of the sample with exactly one defect, run
 * against an out folder that holds a previous good report. Every case must end with exit 2, a message
 * naming the file (and the line, where the defect has one) and the bad value, and the previous report
 * byte for byte intact with no temporary folder left. The sweep prints a one-line tally.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copySample, hashTree, removeDir, runCli, tempDir } from './helpers.js';

type Lines = string[];
interface Case {
  name: string;
  file: string;
  /** Changes the file's lines in place (or returns new bytes). */
  mutate: (lines: Lines) => Lines | Buffer | void;
  /** What stderr must contain. */
  expect: (string | RegExp)[];
  /** Whether the message must carry `<file>:<line>:`. */
  line: boolean;
}

function setField(lines: Lines, index: number, column: string, value: string): void {
  const header = lines[0]!.split(',');
  const fields = lines[index]!.split(',');
  fields[header.indexOf(column)] = value;
  lines[index] = fields.join(',');
}

const cases: Case[] = [
  { name: 'close with a decimal comma', file: 'prices.csv', line: true, mutate: (l) => setField(l, 100, 'close', '"12,5"'), expect: ['prices.csv:101: column "close": "12,5"'] },
  { name: 'close NaN', file: 'prices.csv', line: true, mutate: (l) => setField(l, 200, 'close', 'NaN'), expect: ['prices.csv:201: column "close": "NaN"'] },
  { name: 'close Infinity', file: 'prices.csv', line: true, mutate: (l) => setField(l, 201, 'close', 'Infinity'), expect: ['prices.csv:202: column "close": "Infinity"'] },
  { name: 'close thousands separator', file: 'prices.csv', line: true, mutate: (l) => setField(l, 202, 'close', '"1,234.5"'), expect: ['prices.csv:203: column "close": "1,234.5"'] },
  { name: 'close zero', file: 'prices.csv', line: true, mutate: (l) => setField(l, 300, 'close', '0'), expect: ['prices.csv:301: column "close": "0"'] },
  { name: 'negative dividend', file: 'prices.csv', line: true, mutate: (l) => setField(l, 400, 'dividend', '-0.5'), expect: ['prices.csv:401: column "dividend": "-0.5"'] },
  { name: 'split of zero', file: 'prices.csv', line: true, mutate: (l) => setField(l, 500, 'split', '0'), expect: ['prices.csv:501: column "split": "0"'] },
  { name: 'date with slashes', file: 'prices.csv', line: true, mutate: (l) => setField(l, 600, 'date', '2024/05/03'), expect: ['prices.csv:601: column "date": "2024/05/03"'] },
  { name: 'US-style date', file: 'prices.csv', line: true, mutate: (l) => setField(l, 601, 'date', '5/3/2024'), expect: ['prices.csv:602: column "date": "5/3/2024"'] },
  { name: 'impossible date', file: 'prices.csv', line: true, mutate: (l) => setField(l, 602, 'date', '2025-02-30'), expect: ['prices.csv:603: column "date": "2025-02-30"'] },
  { name: 'duplicate key', file: 'prices.csv', line: true, mutate: (l) => { l.splice(11, 0, l[10]!); }, expect: [/prices\.csv:1[12]:.*duplicate/i, /1[12]/] },
  { name: 'missing column', file: 'prices.csv', line: true, mutate: (l) => { l[0] = l[0]!.replace('close', 'last'); }, expect: ['prices.csv:1:', '"close"'] },
  { name: 'weight above 1', file: 'holdings.csv', line: true, mutate: (l) => setField(l, 1, 'weight', '1.5'), expect: ['holdings.csv:2: column "weight": "1.5"'] },
  { name: 'negative weight', file: 'holdings.csv', line: true, mutate: (l) => setField(l, 2, 'weight', '-0.1'), expect: ['holdings.csv:3: column "weight": "-0.1"'] },
  { name: 'unknown strategy', file: 'holdings.csv', line: true, mutate: (l) => setField(l, 1, 'strategy', 'MAJOR200'), expect: ['holdings.csv:2: column "strategy": "MAJOR200"'] },
  { name: 'ticker not in prices.csv', file: 'holdings.csv', line: true, mutate: (l) => setField(l, 1, 'ticker', 'ZZZZ'), expect: ['holdings.csv:2: column "ticker": "ZZZZ"'] },
  { name: 'weights not summing to 1', file: 'holdings.csv', line: true, mutate: (l) => setField(l, 1, 'weight', '0.175000'), expect: ['holdings.csv:2:', '1.1000'] },
  { name: 'snapshot on a non-trading day', file: 'holdings.csv', line: true, mutate: (l) => { for (let i = 1; i < l.length; i++) if (l[i]!.startsWith('2024-06-04,MAJOR100,')) setField(l, i, 'date', '2024-06-08'); }, expect: ['holdings.csv:', '2024-06-08'] },
  { name: 'index level zero', file: 'indices.csv', line: true, mutate: (l) => setField(l, 5, 'level', '0'), expect: ['indices.csv:6: column "level": "0"'] },
  { name: 'index bad date', file: 'indices.csv', line: true, mutate: (l) => setField(l, 7, 'date', '2024-13-01'), expect: ['indices.csv:8: column "date": "2024-13-01"'] },
  { name: 'duplicate security', file: 'securities.csv', line: true, mutate: (l) => { l.push(l.find((x) => x.startsWith('MSFT,'))!.split(',').slice(0, 3).join(',') + ',dup,'); }, expect: [/securities\.csv:\d+:.*duplicate/i, 'MSFT'] },
  { name: 'missing column in securities', file: 'securities.csv', line: true, mutate: (l) => { l[0] = l[0]!.replace('sector', 'industry'); }, expect: ['securities.csv:1:', '"sector"'] },
  { name: 'factor column missing', file: 'factor_returns.csv', line: true, mutate: (l) => { l[0] = l[0]!.replace('momentum', 'momentum_x'); }, expect: ['factor_returns.csv:1:', '"momentum"'] },
  { name: 'factor exposure not a number', file: 'factor_exposures.csv', line: true, mutate: (l) => setField(l, 3, 'growth', 'n/a'), expect: ['factor_exposures.csv:4: column "growth": "n/a"'] },
  { name: 'config: not JSON', file: 'config.json', line: true, mutate: (l) => { l[3] = l[3]! + ','; l.splice(3, 0, '  ,'); }, expect: [/config\.json:\d+/] },
  { name: 'config: weight as a string', file: 'config.json', line: false, mutate: () => undefined, expect: ['config.json:', 'courses[1].weights.NEXT100', 'number'] },
  { name: 'config: unknown benchmark', file: 'config.json', line: false, mutate: () => undefined, expect: ['config.json:', 'strategies[0].benchmark', 'NDX'] },
  { name: 'config: course weights sum to 0.9', file: 'config.json', line: false, mutate: () => undefined, expect: ['config.json:', 'courses[2].weights', '0.9'] },
  { name: 'UTF-16 securities.csv', file: 'securities.csv', line: false, mutate: (l) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(l.join('\n'), 'utf16le')]), expect: ['securities.csv', /UTF-16|encoding/i] },
  { name: 'only some factor files', file: 'benchmark_exposures.csv', line: false, mutate: () => Buffer.alloc(0), expect: ['benchmark_exposures.csv'] },
  { name: 'price gap in a held security', file: 'prices.csv', line: false, mutate: (l) => l.filter((x) => !x.startsWith('2026-03-11,MSFT,')), expect: ['MSFT', '2026-03-11'] },
  { name: '25 bad rows: 20 listed and a count', file: 'prices.csv', line: true, mutate: (l) => { for (let i = 0; i < 25; i++) setField(l, 1000 + i, 'close', 'x'); }, expect: ['prices.csv:1001:', /25/] },
];

// config.json edits are structural; do them on the parsed object.
const configEdits: Record<string, (c: { strategies: { benchmark: string }[]; courses: { weights: Record<string, unknown> }[] }) => void> = {
  'config: weight as a string': (c) => { c.courses[1]!.weights.NEXT100 = '0.3'; },
  'config: unknown benchmark': (c) => { c.strategies[0]!.benchmark = 'NDX'; },
  'config: course weights sum to 0.9': (c) => { c.courses[2]!.weights.MAJOR100 = 0.4; },
};

let work: string;
let out: string;
let previous: Record<string, string>;
const tally = { tried: 0, exit2: 0, named: 0, intact: 0 };

beforeAll(async () => {
  work = await tempDir('bad-input');
  out = join(work, 'out');
  const r = await runCli(['2026-03', '--out', out, '--format', 'json,md,html']);
  if (r.code !== 0) throw new Error(r.stderr);
  previous = await hashTree(join(out, '2026-03'));
}, 60_000);

afterAll(async () => {
  console.log(`bad-input sweep: ${tally.tried} cases tried, ${tally.exit2} exit 2, ${tally.named} messages naming file (and line), ${tally.intact} with the previous report intact`);
  await removeDir(work);
});

describe('bad input through the real CLI', () => {
  for (const c of cases) {
    it(`${c.file}: ${c.name}`, async () => {
      const data = await copySample(join(work, c.name.replace(/[^A-Za-z0-9]+/g, '-')));
      const path = join(data, c.file);
      if (c.name === 'only some factor files') {
        await rm(path);
      } else if (configEdits[c.name]) {
        const config = JSON.parse(await readFile(path, 'utf8'));
        configEdits[c.name]!(config);
        await writeFile(path, JSON.stringify(config, null, 2));
      } else {
        const lines = (await readFile(path, 'utf8')).split('\n');
        const result = c.mutate(lines);
        await writeFile(path, Buffer.isBuffer(result) ? result : (result ?? lines).join('\n'));
      }
      tally.tried++;
      const r = await runCli(['2026-03', '--data', data, '--out', out]);
      expect(r.code, r.stderr).toBe(2);
      tally.exit2++;
      for (const e of c.expect) {
        if (typeof e === 'string') expect(r.stderr).toContain(e);
        else expect(r.stderr).toMatch(e);
      }
      expect(r.stderr).toContain(c.file);
      if (c.line) expect(r.stderr).toMatch(new RegExp(`${c.file.replace('.', '\\.')}:\\d+:`));
      expect(r.stderr).not.toMatch(/this is a bug|at .*\.js:\d+/);
      tally.named++;
      expect(await hashTree(join(out, '2026-03'))).toEqual(previous);
      expect(await readdir(out)).toEqual(['2026-03']);
      tally.intact++;
      await removeDir(data);
    });
  }
});
