/**
 * Issue 8, parts 1–3: a run replaces only what wg-report wrote, keeps or names the formats it was not
 * asked for, and checks the output folder before loading anything. Through the CLI's own `run`
 * (in-process: the same code as the binary, without a process start per case), on real folders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runInProcess, type RunResult } from '../cli/run.js';
import { copySample, hashTree, removeDir, runCli, SAMPLE, tempDir } from './helpers.js';

const wg = (...args: string[]): Promise<RunResult> => runInProcess(args);

let tmp: string;
let data: string;
beforeAll(async () => {
  tmp = await tempDir('own');
  data = await copySample(join(tmp, 'data'));
});
afterAll(() => removeDir(tmp));

/** A fresh output folder per test. */
let n = 0;
const outDir = () => join(tmp, `out-${++n}`);

describe('the month folder is replaced only when everything in it was written by wg-report', () => {
  it('refuses a month folder that is the data folder, even with --force, and touches nothing', async () => {
    // The issue's own case: `cp -r fixtures/sample 2026-03 && wg-report 2026-03 --data 2026-03 --out .`
    const parent = join(tmp, 'same');
    const month = await copySample(join(parent, '2026-03'));
    const before = await hashTree(parent);
    for (const force of [[], ['--force']]) {
      const r = await wg('2026-03', '--data', month, '--out', parent, '--format', 'json,md', ...force);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${month} is the data folder`);
      expect(await hashTree(parent)).toEqual(before);
    }
  });

  it('refuses a month folder that holds the data folder', async () => {
    const parent = join(tmp, 'holds');
    await copySample(join(parent, '2026-03', 'data'));
    const before = await hashTree(parent);
    const r = await wg('2026-03', '--data', join(parent, '2026-03', 'data'), '--out', parent, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('holds the data folder');
    expect(await hashTree(parent)).toEqual(before);
  });

  it('refuses --out inside the data folder unless --force, and then leaves the data as it was', async () => {
    const own = await copySample(join(tmp, 'inside'));
    const before = await hashTree(own);
    const r = await wg('2026-03', '--data', own, '--out', join(own, 'reports'), '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lies inside the data folder');
    expect(await hashTree(own)).toEqual(before);

    const forced = await wg('2026-03', '--data', own, '--out', join(own, 'reports'), '--format', 'json', '--force');
    expect(forced.code).toBe(0);
    const after = await hashTree(own);
    for (const [file, hash] of Object.entries(before)) expect(after[file]).toBe(hash);
    expect(existsSync(join(own, 'reports', '2026-03', 'report.json'))).toBe(true);
  });

  it('refuses a plain file in the month folder’s place, naming it; --force replaces it', async () => {
    const out = outDir();
    await mkdir(out);
    await writeFile(join(out, '2026-03'), 'an analyst’s file');
    const r = await wg('2026-03', '--data', data, '--out', out, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(out, '2026-03')} (a file, not a report folder)`);
    expect(await readFile(join(out, '2026-03'), 'utf8')).toBe('an analyst’s file');

    const forced = await wg('2026-03', '--data', data, '--out', out, '--format', 'json', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('--force: replacing');
    expect(await readdir(join(out, '2026-03'))).toEqual(['.wg-report.json', 'report.json']);
  });

  it('refuses a rerun over a month folder holding a foreign file, and keeps folder and file byte for byte', async () => {
    const out = outDir();
    expect((await wg('2026-03', '--data', data, '--out', out, '--format', 'json')).code).toBe(0);
    await writeFile(join(out, '2026-03', '承認メモ.txt'), '3/31 部長承認済み');
    const before = await hashTree(out);
    const r = await wg('2026-03', '--data', data, '--out', out, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(out, '2026-03', '承認メモ.txt')} (not written by wg-report)`);
    expect(r.stderr).toContain('--force');
    expect(await hashTree(out)).toEqual(before);
  });

  it('refuses a rerun over a report file changed by hand', async () => {
    const out = outDir();
    expect((await wg('2026-03', '--data', data, '--out', out, '--format', 'json')).code).toBe(0);
    await writeFile(join(out, '2026-03', 'report.json'), '{"edited": true}\n');
    const before = await hashTree(out);
    const r = await wg('2026-03', '--data', data, '--out', out, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('report.json (changed since wg-report wrote it)');
    expect(await hashTree(out)).toEqual(before);
  });

  it('replaces a report of an earlier wg-report (no manifest) when it holds only report files', async () => {
    const out = outDir();
    await mkdir(join(out, '2026-03', 'charts'), { recursive: true });
    await writeFile(join(out, '2026-03', 'report.json'), '{}');
    await writeFile(join(out, '2026-03', 'charts', 'performance-3m.svg'), '<svg/>');
    const r = await wg('2026-03', '--data', data, '--out', out, '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('charts/performance-3m.svg removed: not asked for this run, and it was written by an earlier wg-report');
    expect(r.stderr).not.toContain('report.json removed');
    expect(await readdir(join(out, '2026-03'))).toEqual(['.wg-report.json', 'report.json']);
  });

  it('an empty --out (an unset CI variable) is a usage error, and nothing is written', async () => {
    const before = await readdir(process.cwd());
    const r = await wg('2026-03', '--data', data, '--out', '', '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out is empty');
    expect(await readdir(process.cwd())).toEqual(before);
  });
});

describe('formats not asked for: kept when made from the same inputs, version and options, else removed by name', () => {
  it('a rerun with --format json keeps the Markdown and charts of the previous run, byte for byte', async () => {
    const out = outDir();
    expect((await wg('2026-03', '--data', data, '--out', out, '--format', 'json,md', '--as-of', '2026-04-10')).code).toBe(0);
    const first = await hashTree(join(out, '2026-03'));
    const r = await wg('2026-03', '--data', data, '--out', out, '--format', 'json', '--as-of', '2026-04-10');
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('removed');
    expect(await hashTree(join(out, '2026-03'))).toEqual(first);
    const manifest = JSON.parse(await readFile(join(out, '2026-03', '.wg-report.json'), 'utf8')) as { files: Record<string, { format: string }> };
    expect(manifest.files['report.md']?.format).toBe('md');
    expect(Object.keys(manifest.files).filter((f) => f.startsWith('charts/')).length).toBeGreaterThan(0);
  });

  it('other options (--as-of) or other data: each file not asked for is removed with a warning naming it and why', async () => {
    const out = outDir();
    expect((await wg('2026-03', '--data', data, '--out', out, '--format', 'json,md')).code).toBe(0);
    const r = await wg('2026-03', '--data', data, '--out', out, '--format', 'json', '--as-of', '2026-04-01');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${join(out, '2026-03', 'report.md')} removed: not asked for this run, and it was made with other options (--as-of)`);
    expect(await readdir(join(out, '2026-03'))).toEqual(['.wg-report.json', 'report.json']);
    const report = JSON.parse(await readFile(join(out, '2026-03', 'report.json'), 'utf8')) as { warnings: string[] };
    expect(report.warnings.some((w) => w.includes('report.md removed'))).toBe(true);

    const changed = await copySample(join(tmp, 'changed'));
    await writeFile(join(changed, 'commentary', '2026-03.md'), (await readFile(join(SAMPLE, 'commentary', '2026-03.md'), 'utf8')) + '\n');
    expect((await wg('2026-03', '--data', changed, '--out', out, '--format', 'json,md')).code).toBe(0);
    const r2 = await wg('2026-03', '--data', data, '--out', out, '--format', 'json');
    expect(r2.stderr).toContain('report.md removed: not asked for this run, and the input data changed since (commentary/2026-03.md)');
  });
});

describe('the output folder is checked before anything is loaded', () => {
  // A data folder that does not exist: had the run loaded first, it would fail on the data instead.
  const noData = () => join(tmp, 'no-such-data');

  it.each([
    ['a file', async (o: string) => (await writeFile(o, 'x'), o), 'is not a folder'],
    ['a path under a file', async (o: string) => (await writeFile(o, 'x'), join(o, 'sub')), 'is a file'],
    ['/dev/null', async () => '/dev/null', 'is not a folder'],
    ['/proc/foo', async () => '/proc/foo', 'cannot write there'],
  ])('--out %s: exit 2 with a one-line reason, at once', async (_what, make, reason) => {
    const out = await make(outDir());
    const t0 = Date.now();
    const r = await wg('2026-03', '--data', noData(), '--out', out, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^error: --out \\S+: .*${reason}`));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  const root = process.getuid?.() === 0;
  it.runIf(root)('--out on a read-only mount: "is on a read-only file system"', async () => {
    const mnt = outDir();
    await mkdir(mnt);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro', 'tmpfs', mnt]);
    try {
      const r = await wg('2026-03', '--data', noData(), '--out', mnt, '--format', 'json');
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`error: --out ${mnt}: is on a read-only file system\n`);
    } finally {
      execFileSync('umount', [mnt]);
    }
  });

  it.runIf(root)('--out where even root may not write (/sys): "no permission to write there"', async () => {
    const r = await wg('2026-03', '--data', noData(), '--out', '/sys/wg-report', '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: --out /sys/wg-report: no permission to write there\n');
  });

  it('leaves no probe file behind in a writable --out', async () => {
    const out = outDir();
    await mkdir(out);
    expect((await wg('2026-03', '--data', noData(), '--out', out, '--format', 'json')).code).toBe(2);
    expect(await readdir(out)).toEqual([]);
  });
});

describe('the real binary', () => {
  it('exits 2 on the data folder as month folder, leaving every CSV in place', async () => {
    const parent = join(tmp, 'bin');
    const month = join(parent, '2026-03');
    await cp(SAMPLE, month, { recursive: true });
    const before = await hashTree(parent);
    const r = await runCli(['2026-03', '--data', month, '--out', parent, '--format', 'json,md']);
    expect(r.code).toBe(2);
    expect(await hashTree(parent)).toEqual(before);
  });
});
