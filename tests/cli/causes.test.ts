/**
 * Causes first (issue 8, part 7), through the CLI: a broken securities.csv header is reported as
 * such, not as hundreds of holdings.csv errors about unknown tickers (nor, with two markets, as snapshot and
 * factor dates off calendars that securities.csv's market column could not give).
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../e2e/helpers.js';
import { testdir } from '../helpers/testdir.js';
import { runInProcess } from './run.js';

describe('validate lists the cause first and no knock-on errors', () => {
  it('securities.csv whose header lost a column: its own rows, then one line for holdings.csv', async () => {
    const data = join(await testdir({}), 'data');
    await cp(SAMPLE, data, { recursive: true });
    const file = join(data, 'securities.csv');
    const text = await readFile(file, 'utf8');
    // Every data row of the sample has a market: each now has one field more than the header.
    await writeFile(file, text.replace('description,name_en,market\n', 'description,name_en\n'));

    const r = await runInProcess(['validate', '2026-03', '--data', data]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('error: securities.csv:2: has 6 fields, the header has 5');
    expect(lines.slice(1, 20).every((l) => /^securities\.csv:\d+: has 6 fields, the header has 5$/.test(l))).toBe(true);
    expect(r.stderr).not.toContain('is not in securities.csv');
    // Two markets: the calendars come from securities.csv's market column, so prices.csv is not checked
    // either, and no snapshot or factor date is reported "not a trading day" as a knock-on error.
    expect(r.stderr).not.toContain('not a trading day');
    expect(lines.at(-1)).toBe('prices.csv, holdings.csv: not checked against securities.csv, which has errors above');
  });
});
