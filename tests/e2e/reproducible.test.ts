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
  it('with SOURCE_DATE_EPOCH, two runs give byte-identical json, md, html, charts and pdf', async () => {
    const env = { SOURCE_DATE_EPOCH: '1775779200' };
    const a = await runCli(['2026-03', '--out', join(work, 'a')], env);
    const b = await runCli(['2026-03', '--out', join(work, 'b')], env);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const ha = await hashTree(join(work, 'a', '2026-03'));
    const hb = await hashTree(join(work, 'b', '2026-03'));
    expect(Object.keys(ha)).toEqual(expect.arrayContaining(['report.pdf', 'report.json', 'report.md', 'report.html']));
    expect(Object.keys(ha).some((k) => k.startsWith('charts/'))).toBe(true);
    expect(hb).toEqual(ha);
  });

  it('with --as-of and no SOURCE_DATE_EPOCH, the PDF dates are the as-of date and the bytes match', async () => {
    const env = { SOURCE_DATE_EPOCH: '' };
    const a = await runCli(['2026-03', '--as-of', '2026-04-06', '--out', join(work, 'c')], env);
    const b = await runCli(['2026-03', '--as-of', '2026-04-06', '--out', join(work, 'd')], env);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(await hashTree(join(work, 'd', '2026-03'))).toEqual(await hashTree(join(work, 'c', '2026-03')));
  });
});
