/**
 * Bad input, renderer failures and interrupted runs never cost the user the previous good report,
 * never leave a temporary folder behind (or the next run removes it), and never leave Chromium running.
 */
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { copySample, hashTree, removeDir, runCli, startCli, tempDir } from './helpers.js';

let work: string;
let out: string;
let previous: Record<string, string>;

/** A Chromium wrapper whose command line carries a marker, so the test can find every process it started. */
async function markedChromium(marker: string, body = 'exec /usr/bin/chromium --wg-test-marker=MARK "$@"'): Promise<string> {
  const path = join(work, `chromium-${marker}.sh`);
  await writeFile(path, `#!/bin/sh\n${body.replaceAll('MARK', marker)}\n`);
  await chmod(path, 0o755);
  return path;
}

function processesWith(marker: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', `wg-test-marker=${marker}`], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

async function noProcessesLeft(marker: string): Promise<string[]> {
  for (let i = 0; i < 50 && processesWith(marker).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
  return processesWith(marker);
}

async function expectPreviousIntact(): Promise<void> {
  expect(await hashTree(join(out, '2026-03'))).toEqual(previous);
}

beforeAll(async () => {
  work = await tempDir('failures');
  out = join(work, 'out');
  const r = await runCli(['2026-03', '--out', out, '--format', 'json,md,html']);
  if (r.code !== 0) throw new Error(r.stderr);
  previous = await hashTree(join(out, '2026-03'));
}, 120_000);

afterAll(async () => {
  await removeDir(work);
});

describe('bad input: exit 2, a message naming file, line, column and value, previous report intact', () => {
  it('a close of "12,5" in prices.csv', async () => {
    const data = await copySample(join(work, 'bad-close'));
    const prices = (await readFile(join(data, 'prices.csv'), 'utf8')).split('\n');
    const header = prices[0]!.split(',');
    const col = header.indexOf('close');
    const fields = prices[100]!.split(',');
    fields[col] = '"12,5"';
    prices[100] = fields.join(',');
    await writeFile(join(data, 'prices.csv'), prices.join('\n'));
    const r = await runCli(['2026-03', '--data', data, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('prices.csv:101: column "close": "12,5"');
    await expectPreviousIntact();
    expect(await readdir(out)).toEqual(['2026-03']);
  });

  it('an unknown month format is a usage error', async () => {
    const r = await runCli(['2026-3', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/YYYY-MM/);
    await expectPreviousIntact();
  });
});

describe('renderer failures: exit 3, previous report intact, no temporary folder, no Chromium left', () => {
  it('Chromium missing: the message gives the install command', async () => {
    const r = await runCli(['2026-03', '--out', out, '--chromium', join(work, 'no-such-chromium')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('apt-get install');
    await expectPreviousIntact();
    expect(await readdir(out)).toEqual(['2026-03']);
  });

  it('Chromium that hangs is retried once, then exit 3, and every process it started is gone', async () => {
    const hang = await markedChromium('hang', 'exec sleep 300 --wg-test-marker=MARK');
    const t = Date.now();
    const r = await runCli(['2026-03', '--out', out, '--chromium', hang, '--timeout', '3']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/retr/i);
    expect(Date.now() - t).toBeLessThan(60_000);
    expect(await noProcessesLeft('hang')).toEqual([]);
    await expectPreviousIntact();
    expect(await readdir(out)).toEqual(['2026-03']);
  });

  it('Chromium that crashes is retried once, then exit 3', async () => {
    const crash = await markedChromium('crash', 'exit 1');
    const r = await runCli(['2026-03', '--out', out, '--chromium', crash, '--timeout', '5']);
    expect(r.code).toBe(3);
    await expectPreviousIntact();
    expect(await readdir(out)).toEqual(['2026-03']);
  });
});

describe('interrupted runs', () => {
  // The steps the CLI announces with --progress, in order (in English: startCli's locale is C). A
  // signal during the last may land just after the swap: then the month folder must be the complete
  // new report, never a mix of the two.
  const steps = ['loading', 'computing', 'rendering PDF', 'moving the report into place'];
  const last = steps.at(-1)!;
  const env = { SOURCE_DATE_EPOCH: '1775779200' };
  let complete: Record<string, string>;

  beforeAll(async () => {
    const ref = join(work, 'reference');
    const r = await runCli(['2026-03', '--out', ref], env);
    if (r.code !== 0) throw new Error(r.stderr);
    complete = await hashTree(join(ref, '2026-03'));
  }, 120_000);

  /** The month folder is exactly the previous report or exactly a complete new one. */
  async function expectWholeReport(): Promise<void> {
    const now = await hashTree(join(out, '2026-03'));
    expect([previous, complete]).toContainEqual(now);
    previous = now;
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const step of steps) {
      it(`${signal} during "${step}": previous report intact, no temporary folder, Chromium closed`, async () => {
        const marker = `${signal}-${Buffer.from(step).toString('hex')}`;
        const chromium = await markedChromium(marker);
        const cli = startCli(['2026-03', '--out', out, '--progress', '--chromium', chromium], env);
        await cli.waitForStderr(`wg-report: ${step}`).catch(() => undefined);
        cli.child.kill(signal);
        const r = await cli.done;
        expect([0, signal === 'SIGINT' ? 130 : 143]).toContain(r.code);
        if (r.code !== 0 && step !== last) await expectPreviousIntact();
        await expectWholeReport();
        expect(await readdir(out)).toEqual(['2026-03']);
        expect(await noProcessesLeft(marker)).toEqual([]);
      });
    }
  }

  for (const step of steps) {
    it(`SIGKILL during "${step}": previous report intact; the next run removes the stale temporary folder`, async () => {
      const marker = `kill-${Buffer.from(step).toString('hex')}`;
      const chromium = await markedChromium(marker);
      const cli = startCli(['2026-03', '--out', out, '--progress', '--chromium', chromium], env);
      await cli.waitForStderr(`wg-report: ${step}`).catch(() => undefined);
      cli.child.kill('SIGKILL');
      await cli.done;
      const names = await readdir(out);
      expect(names.filter((n) => n !== '2026-03').every((n) => n.startsWith('.2026-03.'))).toBe(true);
      if (names.includes('2026-03')) {
        await expectWholeReport();
      } else {
        // Killed between the two renames of the swap: the previous report is parked, whole.
        const parked = names.find((n) => n.startsWith('.2026-03.old-'))!;
        expect(await hashTree(join(out, parked))).toEqual(previous);
      }
      // Chromium started through a pipe exits when its parent dies.
      expect(await noProcessesLeft(marker)).toEqual([]);
      // The next run clears what the killed one left (or puts a parked report back) and succeeds.
      const next = await runCli(['2026-03', '--out', out, '--format', 'json,md,html'], env);
      expect(next.code, next.stderr).toBe(0);
      expect(await readdir(out)).toEqual(['2026-03']);
      previous = await hashTree(join(out, '2026-03'));
    });
  }
});
