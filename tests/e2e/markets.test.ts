/** Issue 10 through the CLI: a two-market folder renders, and a markets error is exit 2 with the previous report intact. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runInProcess } from '../cli/run.js';
import { testdir } from '../helpers/testdir.js';
import { twoMarketFiles } from '../helpers/two-markets.js';
import { hashTree, removeDir, tempDir } from './helpers.js';

const wg = (...args: string[]) => runInProcess(args);

let out: string;
beforeAll(async () => {
  out = await tempDir('markets');
});
afterAll(() => removeDir(out));

describe('two markets through the CLI', () => {
  it('renders report.json with each strategy on its market; a wrong-market holding is exit 2 naming the line, the report intact', async () => {
    const good = await testdir(twoMarketFiles());
    expect((await wg('2026-03', '--data', good, '--out', out, '--format', 'json')).code).toBe(0);
    const report = JSON.parse(await readFile(join(out, '2026-03', 'report.json'), 'utf8')) as {
      strategies: { id: string; market: string; base: string; end: string }[];
    };
    expect(report.strategies.map((s) => [s.id, s.market, s.base, s.end])).toEqual([
      ['S1', 'US', '2026-02-27', '2026-03-31'],
      ['S3', 'JP', '2026-02-26', '2026-03-30'],
    ]);
    const before = await hashTree(join(out, '2026-03'));

    const bad = await testdir(
      twoMarketFiles({ 'holdings.csv': 'date,strategy,ticker,weight\n2026-01-29,S1,AAA,1\n2026-01-29,S3,J01,0.5\n2026-01-29,S3,AAA,0.5\n' }),
    );
    const r = await wg('2026-03', '--data', bad, '--out', out, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('holdings.csv:4: column "ticker": "AAA" is a security of market US, but strategy S3 is of market JP');
    expect(await hashTree(join(out, '2026-03'))).toEqual(before);
  });
});
