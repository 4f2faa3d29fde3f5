import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Staging } from '../../src/write/staging.js';

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'wg-staging-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

async function previousReport(): Promise<void> {
  await mkdir(join(out, '2026-03'));
  await writeFile(join(out, '2026-03', 'report.json'), 'previous');
}

describe('staging: outputs appear only when every format succeeded', () => {
  it('writes into a hidden temporary folder beside the month folder, then swaps it in', async () => {
    await previousReport();
    const s = await Staging.create(out, '2026-03');
    await s.write('report.json', 'new');
    await s.write('charts/a.svg', '<svg/>');
    expect(s.dir.startsWith(join(out, '.2026-03.tmp-'))).toBe(true);
    expect(await readFile(join(out, '2026-03', 'report.json'), 'utf8')).toBe('previous');
    s.commit();
    expect(await readFile(join(out, '2026-03', 'report.json'), 'utf8')).toBe('new');
    expect(await readFile(join(out, '2026-03', 'charts', 'a.svg'), 'utf8')).toBe('<svg/>');
    expect(await readdir(out)).toEqual(['2026-03']);
  });

  it('discard leaves the previous report untouched and no temporary folder', async () => {
    await previousReport();
    const s = await Staging.create(out, '2026-03');
    await s.write('report.json', 'half');
    await s.discard();
    expect(await readdir(out)).toEqual(['2026-03']);
    expect(await readFile(join(out, '2026-03', 'report.json'), 'utf8')).toBe('previous');
  });

  it('the next run removes a temporary folder left by a killed process (pid no longer alive)', async () => {
    await previousReport();
    // pid 2^22+1 is above Linux's default pid_max, so it cannot be a live process.
    await mkdir(join(out, '.2026-03.tmp-4194305-deadbeef'));
    await writeFile(join(out, '.2026-03.tmp-4194305-deadbeef', 'report.json'), 'stale');
    const s = await Staging.create(out, '2026-03');
    expect((await readdir(out)).sort()).toEqual(['2026-03', s.dir.slice(out.length + 1)].sort());
    await s.discard();
    expect(await readdir(out)).toEqual(['2026-03']);
  });

  it('puts back a previous report parked by a run killed between its two renames', async () => {
    await mkdir(join(out, '.2026-03.old-4194305-deadbeef'));
    await writeFile(join(out, '.2026-03.old-4194305-deadbeef', 'report.json'), 'previous');
    const s = await Staging.create(out, '2026-03');
    await s.discard();
    expect(await readdir(out)).toEqual(['2026-03']);
    expect(await readFile(join(out, '2026-03', 'report.json'), 'utf8')).toBe('previous');
  });

  it('leaves other months and live runs alone', async () => {
    await mkdir(join(out, '2026-02'));
    await mkdir(join(out, `.2026-03.tmp-${process.pid}-aaaaaaaa`));
    const s = await Staging.create(out, '2026-03');
    const names = await readdir(out);
    expect(names).toContain('2026-02');
    expect(names).toContain(`.2026-03.tmp-${process.pid}-aaaaaaaa`);
    await s.discard();
  });
});
