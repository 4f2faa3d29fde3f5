/**
 * The one month edge case that needs Chromium: a --partial report is marked 速報 in the PDF too (the
 * running header is CSS that only a print shows). The others run in-process: tests/cli/months.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportModel } from '../../src/types.js';
import { pdftotext, removeDir, runCli, tempDir } from './helpers.js';

let work: string;
beforeAll(async () => {
  work = await tempDir('months');
});
afterAll(async () => {
  await removeDir(work);
});

describe('--partial through the real binary and Chromium', () => {
  it('renders the incomplete April 2026 (the sample ends on 2026-04-10) marked 速報 in every format', async () => {
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
