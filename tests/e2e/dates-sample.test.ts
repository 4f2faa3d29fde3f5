/**
 * An --as-of that does not fit the month, and a report made from the bundled synthetic sample: both
 * are said on stderr and in report.json; under `render --strict` both are usage errors (exit 2). The
 * sample's report is marked サンプル（架空データ） on every PDF page, in report.md and report.html.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, readdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { runInProcess } from '../cli/run.js';
import { copySample, pdftotext, removeDir, runCli, SAMPLE, tempDir } from './helpers.js';

const MARK = 'サンプル（架空データ）';
let work: string;
let copy: string;

beforeAll(async () => {
  work = await tempDir('dates-sample');
  // A copy is not the sample (DECISIONS.md): the as-of cases run on it without the sample warning.
  copy = await copySample(join(work, 'data'));
}, 60_000);

afterAll(async () => {
  await removeDir(work);
});

async function reportJson(out: string): Promise<{ asOf: string; sample: boolean; warnings: string[] }> {
  return JSON.parse(await readFile(join(out, '2026-03', 'report.json'), 'utf8'));
}

describe('--as-of outside [the month end, the last data date]', () => {
  // The sample's March ends on Tuesday 2026-03-31; prices.csv runs to 2026-04-10.
  const before = '--as-of 2026-02-01 is before 2026-03-31, the last trading day the report covers';
  const after = '--as-of 2026-04-11 is after 2026-04-10, the last date in prices.csv';

  it('before the month end: a warning on stderr and in report.json, exit 0', async () => {
    const out = join(work, 'early');
    const r = await runInProcess(['2026-03', '--data', copy, '--out', out, '--format', 'json,md', '--as-of', '2026-02-01']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`warning: ${before}`);
    const report = await reportJson(out);
    expect(report.asOf).toBe('2026-02-01');
    expect(report.warnings.some((w) => w.startsWith(before))).toBe(true);
  });

  it('after the last data date: a warning', async () => {
    const r = await runInProcess(['2026-03', '--data', copy, '--out', join(work, 'late'), '--format', 'json', '--as-of', '2026-04-11']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`warning: ${after}`);
  });

  it('the month end and the last data date themselves are fine: no as-of warning', async () => {
    for (const asOf of ['2026-03-31', '2026-04-10']) {
      const r = await runInProcess(['2026-03', '--data', copy, '--out', join(work, `ok-${asOf}`), '--format', 'json', '--as-of', asOf]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain('--as-of');
    }
  });

  it('under --strict: exit 2 naming the date, nothing written', async () => {
    const out = join(work, 'strict');
    for (const [asOf, text] of [['2026-02-01', before], ['2026-04-11', after]] as const) {
      const r = await runInProcess(['2026-03', '--data', copy, '--out', out, '--format', 'json', '--as-of', asOf, '--strict']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`error: ${text}`);
      expect(r.stderr).toContain('--strict');
    }
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });
});

describe('a report from the bundled synthetic sample', () => {
  it('without --data: a warning first, サンプル（架空データ） on every PDF page, in report.md, report.html and report.json', async () => {
    const out = join(work, 'sample');
    const r = await runCli(['2026-03', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n')[0]).toMatch(/^warning: the data is the bundled synthetic sample \(.*fixtures\/sample\), not a client's/);
    const dir = join(out, '2026-03');
    const pages = pdftotext(join(dir, 'report.pdf')).split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((p, i) => expect(p.includes(MARK), `page ${i + 1}`).toBe(true));
    expect(await readFile(join(dir, 'report.md'), 'utf8')).toContain(`> **【${MARK}】**`);
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    expect(html).toContain(`<strong>${MARK}</strong>`); // visible in a browser, not only when printed
    const report = await reportJson(out);
    expect(report.sample).toBe(true);
    expect(report.warnings[0]).toMatch(/^the data is the bundled synthetic sample/);
  });

  it('--data naming the sample through a symlink is the sample too', async () => {
    const link = join(work, 'sample-link');
    await symlink(SAMPLE, link);
    const out = join(work, 'via-link');
    const r = await runInProcess(['2026-03', '--data', link, '--out', out, '--format', 'json,md,html']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning: the data is the bundled synthetic sample');
    expect((await reportJson(out)).sample).toBe(true);
    expect(await readFile(join(out, '2026-03', 'report.html'), 'utf8')).toContain(MARK);
  });

  it('other data: no mark, no warning, "sample": false', async () => {
    const out = join(work, 'real');
    const r = await runInProcess(['2026-03', '--data', copy, '--out', out, '--format', 'json,md,html']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('sample');
    expect((await reportJson(out)).sample).toBe(false);
    expect(await readFile(join(out, '2026-03', 'report.md'), 'utf8')).not.toContain(MARK);
    expect(await readFile(join(out, '2026-03', 'report.html'), 'utf8')).not.toContain(MARK);
  });

  it('render --strict from the sample: exit 2, nothing written', async () => {
    const out = join(work, 'strict-sample');
    const r = await runInProcess(['2026-03', '--out', out, '--format', 'json', '--strict']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --strict: no --data given, or it is the bundled synthetic sample/m);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });
});
