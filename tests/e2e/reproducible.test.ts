/** Same inputs, same bytes: what a CI job that builds reports as release artifacts relies on. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { hashTree, removeDir, runCli, tempDir } from './helpers.js';

let work: string;
beforeAll(async () => {
  work = await tempDir('repro');
});
afterAll(async () => {
  await removeDir(work);
});

describe('reproducible output', () => {
  // 1775779200 s is 2026-04-10T00:00:00Z (20,553 days), the sample's last date and so its default as-of.
  // One run dates the PDF from SOURCE_DATE_EPOCH, the other from --as-of with SOURCE_DATE_EPOCH empty:
  // byte-identical trees show both that each sets the PDF's dates and that two processes agree.
  it('SOURCE_DATE_EPOCH and --as-of of the same day: byte-identical json, md, html, charts and pdf from two processes', async () => {
    const [a, b] = await Promise.all([
      runCli(['2026-03', '--out', join(work, 'a')], { SOURCE_DATE_EPOCH: '1775779200' }),
      runCli(['2026-03', '--as-of', '2026-04-10', '--out', join(work, 'b')], { SOURCE_DATE_EPOCH: '' }),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const ha = await hashTree(join(work, 'a', '2026-03'));
    expect(Object.keys(ha)).toEqual(expect.arrayContaining(['report.pdf', 'report.json', 'report.md', 'report.html']));
    expect(Object.keys(ha).some((k) => k.startsWith('charts/'))).toBe(true);
    expect(await hashTree(join(work, 'b', '2026-03'))).toEqual(ha);
  }, 300_000); // two full renders, Chromium included, on shared cores
});
