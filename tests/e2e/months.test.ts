/** Month edge cases end to end, on the bundled sample (data from 2024-05 through 2026-04-10). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportModel } from '../../src/types.js';
import { copySample, hashTree, pdftotext, removeDir, runCli, tempDir } from './helpers.js';

let work: string;
beforeAll(async () => {
  work = await tempDir('months');
});
afterAll(async () => {
  await removeDir(work);
});

describe('months the data cannot answer: exit 2 with a clear message, nothing written', () => {
  it('no data in the month', async () => {
    const r = await runCli(['2027-01', '--out', join(work, 'none')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2027-01/);
    expect(existsSync(join(work, 'none'))).toBe(false);
  });

  it('a month before a strategy\'s first snapshot names the strategy and the date', async () => {
    const r = await runCli(['2024-06', '--out', join(work, 'early')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/MAJOR100|NEXT100/);
    expect(r.stderr).toContain('2024-06-04');
    expect(existsSync(join(work, 'early', '2024-06'))).toBe(false);
  });

  it('an incomplete month names the last date and suggests --partial', async () => {
    const r = await runCli(['2026-04', '--out', join(work, 'inc')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2026-04-10');
    expect(r.stderr).toContain('--partial');
    expect(existsSync(join(work, 'inc', '2026-04'))).toBe(false);
  });
});

describe('--partial', () => {
  it('renders an incomplete month marked 速報 and "partial": true', async () => {
    const out = join(work, 'partial');
    const r = await runCli(['2026-04', '--partial', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(await readFile(join(out, '2026-04', 'report.json'), 'utf8')) as ReportModel;
    expect(report.partial).toBe(true);
    expect(report.end).toBe('2026-04-10');
    expect(pdftotext(join(out, '2026-04', 'report.pdf'))).toContain('速報');
    expect(await readFile(join(out, '2026-04', 'report.html'), 'utf8')).toContain('速報');
    expect(await readFile(join(out, '2026-04', 'report.md'), 'utf8')).toContain('速報');
  });
});

describe('factor files', () => {
  it('absent: the factor sections are left out with a warning; attribution and factorReturns are null', async () => {
    const data = await copySample(join(work, 'nofactors'));
    for (const f of ['factor_exposures.csv', 'benchmark_exposures.csv', 'factor_returns.csv']) await rm(join(data, f));
    const out = join(work, 'nofactors-out');
    const r = await runCli(['2026-03', '--data', data, '--out', out, '--format', 'json,md,html']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: .*factor/i);
    const report = JSON.parse(await readFile(join(out, '2026-03', 'report.json'), 'utf8')) as ReportModel;
    expect(report.factorReturns).toBeNull();
    for (const s of report.strategies) expect(s.attribution).toBeNull();
    const md = await readFile(join(out, '2026-03', 'report.md'), 'utf8');
    expect(md).not.toContain('factor-returns.svg');
  });

  it('only some of them: error', async () => {
    const data = await copySample(join(work, 'somefactors'));
    await rm(join(data, 'factor_returns.csv'));
    const r = await runCli(['2026-03', '--data', data, '--out', join(work, 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('factor_returns.csv');
  });
});

describe('gaps in a held security\'s prices', () => {
  async function sampleWithGap(name: string): Promise<{ data: string; ticker: string }> {
    const data = await copySample(join(work, name));
    const holdings = (await readFile(join(data, 'holdings.csv'), 'utf8')).split('\n');
    const hHeader = holdings[0]!.split(',');
    const row = holdings.find((l) => l.startsWith('2026-03-02,MAJOR100,'))!.split(',');
    const ticker = row[hHeader.indexOf('ticker')]!;
    const prices = (await readFile(join(data, 'prices.csv'), 'utf8')).split('\n');
    const pHeader = prices[0]!.split(',');
    const kept = prices.filter((l) => {
      const f = l.split(',');
      return !(f[pHeader.indexOf('date')] === '2026-03-11' && f[pHeader.indexOf('ticker')] === ticker);
    });
    await writeFile(join(data, 'prices.csv'), kept.join('\n'));
    return { data, ticker };
  }

  it('are an error listing the ticker and the missing date', async () => {
    const { data, ticker } = await sampleWithGap('gap');
    const r = await runCli(['2026-03', '--data', data, '--out', join(work, 'gap-out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(ticker);
    expect(r.stderr).toContain('2026-03-11');
  });

  it('--allow-gaps carries the close forward and warns', async () => {
    const { data, ticker } = await sampleWithGap('gap2');
    const r = await runCli(['2026-03', '--data', data, '--allow-gaps', '--out', join(work, 'gap2-out'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`warning: .*${ticker}.*2026-03-11`));
  });
});

describe('wg-report validate', () => {
  it('checks and computes the month, prints warnings and breaches, writes nothing, exit 0', async () => {
    const data = await copySample(join(work, 'vgood'));
    const before = await hashTree(data);
    const r = await runCli(['validate', '2026-03', '--data', data]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2026-03: ok/);
    expect(r.stderr).toMatch(/warning: .*maxWeight/); // the sample's deliberate compliance breach
    expect(await hashTree(data)).toEqual(before);
  });

  it('exit 2 on bad data', async () => {
    const data = await copySample(join(work, 'vbad'));
    await writeFile(join(data, 'config.json'), '{ "service": ');
    const r = await runCli(['validate', '2026-03', '--data', data]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('config.json');
  });
});
