/**
 * Month edge cases through the CLI (in-process `run`): months the data cannot answer, --partial,
 * the factor files left out, --allow-gaps, and validate writing nothing. On the test data folder of
 * tests/load/fixture.ts (prices 2026-02-25 … 2026-03-06) unless the case needs the sample's history.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/types.js';
import { hashTree } from '../e2e/helpers.js';
import { testdir } from '../helpers/testdir.js';
import { removeLine, validFiles } from '../load/fixture.js';
import { runInProcess } from './run.js';

const JSON_MD_HTML = ['--format', 'json,md,html'];

describe('months the data cannot answer: exit 2 with a clear message, nothing written', () => {
  it('no prices in the month', async () => {
    const out = join(await testdir({}), 'out');
    const r = await runInProcess(['2027-01', '--data', await testdir(validFiles()), '--out', out, ...JSON_MD_HTML]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: no prices for 2027-01 in prices.csv (last date 2026-03-06)\n');
    expect(existsSync(join(out, '2027-01'))).toBe(false);
  });

  it('an incomplete month names the last date and suggests --partial', async () => {
    const out = join(await testdir({}), 'out');
    const r = await runInProcess(['2026-03', '--data', await testdir(validFiles()), '--out', out, ...JSON_MD_HTML]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2026-03 is not complete: prices.csv has no date after 2026-03 (last date 2026-03-06); use --partial');
    expect(existsSync(join(out, '2026-03'))).toBe(false);
  });

  it("a month before a strategy's first snapshot names the strategy and the date (the sample: both start 2024-06-04)", async () => {
    const out = join(await testdir({}), 'out');
    const r = await runInProcess(['2024-06', '--out', out, ...JSON_MD_HTML]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/MAJOR100|NEXT100/);
    expect(r.stderr).toContain('2024-06-04');
    expect(existsSync(join(out, '2024-06'))).toBe(false);
  });
});

describe('--partial', () => {
  it('renders an incomplete month marked 速報 and "partial": true, ending on the last date', async () => {
    const out = join(await testdir({}), 'out');
    const r = await runInProcess(['2026-03', '--partial', '--data', await testdir(validFiles()), '--out', out, ...JSON_MD_HTML]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(await readFile(join(out, '2026-03', 'report.json'), 'utf8')) as ReportModel;
    expect(report.partial).toBe(true);
    expect(report.base).toBe('2026-02-27');
    expect(report.end).toBe('2026-03-06');
    expect(await readFile(join(out, '2026-03', 'report.html'), 'utf8')).toContain('速報');
    expect(await readFile(join(out, '2026-03', 'report.md'), 'utf8')).toContain('速報');
  });
});

describe('factor files', () => {
  it('all three absent: the factor sections are left out with a warning; attribution and factorReturns are null', async () => {
    const files = validFiles();
    for (const f of ['factor_exposures.csv', 'benchmark_exposures.csv', 'factor_returns.csv']) delete files[f];
    const out = join(await testdir({}), 'out');
    const r = await runInProcess(['2026-03', '--partial', '--data', await testdir(files), '--out', out, ...JSON_MD_HTML]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^warning: .*factor/im);
    const report = JSON.parse(await readFile(join(out, '2026-03', 'report.json'), 'utf8')) as ReportModel;
    expect(report.factorReturns).toBeNull();
    expect(report.strategies.map((s) => s.attribution)).toEqual([null, null]);
    expect(await readFile(join(out, '2026-03', 'report.md'), 'utf8')).not.toContain('factor-returns.svg');
  });
});

describe("gaps in a held security's prices", () => {
  // AAA is held by S1 from 2026-02-26; its 2026-03-03 row goes.
  const withGap = () => ({ ...validFiles(), 'prices.csv': removeLine(String(validFiles()['prices.csv']), '2026-03-03,AAA') });

  it('--allow-gaps carries the close of the day before forward and warns, naming ticker and day', async () => {
    const out = join(await testdir({}), 'out');
    const r = await runInProcess(['2026-03', '--partial', '--allow-gaps', '--data', await testdir(withGap()), '--out', out, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^warning: .*AAA.*2026-03-03.*the close of 2026-03-02 is carried forward/m);
  });
});

describe('wg-report validate', () => {
  it('checks and computes the month, writes nothing, exit 0', async () => {
    const data = await testdir(validFiles());
    const before = await hashTree(data);
    const r = await runInProcess(['validate', '2026-03', '--partial', '--data', data]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^2026-03: ok \(2026-02-27 → 2026-03-06; /);
    expect(await hashTree(data)).toEqual(before);
  });
});
