/**
 * Issue 13, part 1: a batch of months from one load and one Chromium, each month folder exactly what a
 * single-month run writes, nothing written when a month fails. Through the CLI's own `run` (the real
 * Chromium where a PDF is asked for).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseMonthList } from '../../src/cli.js';
import { runInProcess } from '../cli/run.js';
import { UsageError } from '../../src/errors.js';
import { hashTree, removeDir, SAMPLE, tempDir } from './helpers.js';

const wg = (...args: string[]) => runInProcess(args, { SOURCE_DATE_EPOCH: '0' });

let tmp: string;
beforeAll(async () => {
  tmp = await tempDir('batch');
});
afterAll(() => removeDir(tmp));

describe('month lists: YYYY-MM..YYYY-MM and YYYY-MM YYYY-MM …', () => {
  it('expands ranges across years, sorts and drops repeats', () => {
    expect(parseMonthList(['2025-11..2026-02'])).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(parseMonthList(['2026-03', '2026-01', '2026-02..2026-03'])).toEqual(['2026-01', '2026-02', '2026-03']);
  });
  it('refuses a backwards range and a malformed month', () => {
    expect(() => parseMonthList(['2026-03..2026-01'])).toThrow(new UsageError('month range 2026-03..2026-01 runs backwards (write 2026-01..2026-03)'));
    expect(() => parseMonthList(['2026-13'])).toThrow(UsageError);
  });
});

describe('a batch writes each month folder byte-identical to a single-month run', () => {
  it('2026-01..2026-03 in every format (one Chromium, prints overlapping the next months) equals three single-month runs', async () => {
    const batch = join(tmp, 'batch');
    const single = join(tmp, 'single');
    const common = ['--data', SAMPLE, '--as-of', '2026-04-10'];
    const months = ['2026-01', '2026-02', '2026-03'];
    // Three months: more than print at once, so a month waits for an earlier month's print.
    const r = await wg('2026-01..2026-03', ...common, '--out', batch);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(months.map((m) => join(batch, m)));
    for (const m of months) expect((await wg(m, ...common, '--out', single)).code).toBe(0);
    const b = await hashTree(batch);
    for (const m of months) expect(Object.keys(b)).toContain(`${m}/report.pdf`);
    expect(b).toEqual(await hashTree(single));
  });
});

describe('a bad month fails the batch before anything is written', () => {
  it('an incomplete month in the list: exit 2 naming it, no month folder written', async () => {
    const out = join(tmp, 'bad');
    const r = await wg('2026-02..2026-04', '--data', SAMPLE, '--out', out, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2026-04 is not complete');
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });

  it("a month before a strategy's first snapshot in a list, PDFs asked for: exit 2 naming that month, the other month's previous report intact", async () => {
    const out = join(tmp, 'before-snapshot');
    expect((await wg('2026-03', '--data', SAMPLE, '--out', out, '--format', 'json,md')).code).toBe(0);
    const previous = await hashTree(join(out, '2026-03'));
    const r = await wg('2026-03', '2024-06', '--data', SAMPLE, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error: 2024-06 starts from the close of 2024-05-31, before the first snapshot of strategy MAJOR100 \(2024-06-04\)/);
    expect(await readdir(out)).toEqual(['2026-03']);
    expect(await hashTree(join(out, '2026-03'))).toEqual(previous);
  });

  it('month 2 failing while it renders leaves every month’s previous report intact', async () => {
    const out = join(tmp, 'intact');
    expect((await wg('2026-02..2026-03', '--data', SAMPLE, '--out', out, '--format', 'json,md')).code).toBe(0);
    const before = await hashTree(out);
    // A template that breaks only for a month with a market overview: 2026-03 has one, 2026-02 none.
    const templates = join(tmp, 'templates');
    await mkdir(join(templates, 'md', 'sections'), { recursive: true });
    const builtin = await readFile(join(SAMPLE, '..', '..', 'templates', 'md', 'sections', 'market.hbs'), 'utf8');
    await writeFile(join(templates, 'md', 'sections', 'market.hbs'), `{{#if market.overview}}{{nosuchhelper 1}}{{/if}}\n${builtin}`);
    const r = await wg('2026-02..2026-03', '--data', SAMPLE, '--out', out, '--format', 'json,md', '--templates', templates, '--as-of', '2026-04-01');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nosuchhelper');
    expect(await hashTree(out)).toEqual(before);
  });
});

describe('a PDF failing in a batch whose prints overlap', () => {
  it('a month failing its PDF font check (exit 3) while another prints leaves every month’s previous report intact and no temporary folder', async () => {
    const out = join(tmp, 'intact-pdf');
    expect((await wg('2026-01..2026-03', '--data', SAMPLE, '--out', out, '--format', 'json,md')).code).toBe(0);
    const before = await hashTree(out);
    // Text in a face other than the report font, only in a month with a market overview (2026-03 alone).
    const templates = join(tmp, 'templates-pdf');
    await mkdir(join(templates, 'html', 'sections'), { recursive: true });
    const builtin = await readFile(join(SAMPLE, '..', '..', 'templates', 'html', 'sections', 'market.hbs'), 'utf8');
    await writeFile(
      join(templates, 'html', 'sections', 'market.hbs'),
      `{{#if market.overview}}<p style="font-family: 'DejaVu Sans'">fallback</p>{{/if}}\n${builtin}`,
    );
    const r = await wg('2026-01..2026-03', '--data', SAMPLE, '--out', out, '--templates', templates, '--as-of', '2026-04-01');
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('DejaVu');
    expect(await hashTree(out)).toEqual(before);
    expect((await readdir(out)).sort()).toEqual(['2026-01', '2026-02', '2026-03']);
  });
});

describe('validate takes the same month lists', () => {
  it('one line per month', async () => {
    const r = await wg('validate', '2026-01..2026-03', '--data', SAMPLE);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => l.slice(0, 11))).toEqual(['2026-01: ok', '2026-02: ok', '2026-03: ok']);
  });
});
