/**
 * Renderer failures and interrupted runs never cost the user the previous good report, never leave a
 * temporary folder behind (or the next run removes it), and never leave Chromium running.
 *
 * Signals are sent where the CLI is known to be waiting: while it streams the data files (loading) and
 * while Chromium prints (rendering PDF). Each test checks that the signal landed in the step it names (the last
 * progress line, and an exit code that is not 0), so a run that finished first fails instead of passing.
 * Computing and moving the report into place are synchronous (the computation; the two renames of the swap): Node handles a signal
 * only between them, so no test can hold the CLI inside them. The swap's crash windows are covered by
 * tests/write/staging.test.ts (a folder parked between the renames is put back by the next run).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { runInProcess } from '../cli/run.js';
import { copySample, hashTree, removeDir, runCli, startCli, tempDir, type RunningCli } from './helpers.js';

let work: string;
let out: string;
let previous: Record<string, string>;
const env = { SOURCE_DATE_EPOCH: '1775779200' };

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

async function until(what: string, ready: () => boolean, cli: RunningCli): Promise<void> {
  let ended = false;
  void cli.done.then(() => (ended = true));
  for (let i = 0; i < 3000 && !ready(); i++) {
    if (ended) throw new Error(`the CLI ended before ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!ready()) throw new Error(`timed out waiting for ${what}`);
}

/** The last progress line, without its `wg-report: ` (startCli's locale is C: English). */
function lastStep(stderr: string): string | undefined {
  const steps = [...stderr.matchAll(/^wg-report: (.+)$/gm)].map((m) => m[1]!).filter((s) => !s.startsWith('interrupted'));
  return steps.at(-1);
}

async function expectPreviousIntact(): Promise<void> {
  expect(await hashTree(join(out, '2026-03'))).toEqual(previous);
  expect(await readdir(out)).toEqual(['2026-03']);
}

beforeAll(async () => {
  work = await tempDir('failures');
  out = join(work, 'out');
  const r = await runCli(['2026-03', '--out', out, '--format', 'json,md,html'], env);
  if (r.code !== 0) throw new Error(r.stderr);
  previous = await hashTree(join(out, '2026-03'));
}, 120_000);

afterAll(async () => {
  await removeDir(work);
});

describe('the real binary on bad input', () => {
  it('a close of "12,5" in prices.csv: exit 2, file, line, column and value on stderr, previous report intact', async () => {
    const data = await copySample(join(work, 'bad-close'));
    const file = join(data, 'prices.csv');
    // The first AAPL row (the sample's prices.csv starts with the Tokyo names, whose data begin earlier).
    const text = await readFile(file, 'utf8');
    const line = text.split('\n').indexOf('2024-05-01,AAPL,169,,') + 1;
    expect(line).toBeGreaterThan(1);
    await writeFile(file, text.replace('\n2024-05-01,AAPL,169,,\n', '\n2024-05-01,AAPL,"12,5",,\n'));
    const r = await runCli(['2026-03', '--data', data, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`prices.csv:${line}: column "close": "12,5"`);
    expect(r.stdout).toBe('');
    await expectPreviousIntact();
  });
});

describe('Chromium starts with the run, before the data is read, and is closed however the run ends', () => {
  it('bad data in a run that prints: Chromium was started, the run exits 2, and no Chromium process or profile is left', async () => {
    const data = await copySample(join(work, 'bad-close-pdf'));
    const file = join(data, 'prices.csv');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('\n2024-05-01,AAPL,169,,\n', '\n2024-05-01,AAPL,"12,5",,\n'));
    const marker = 'bad-data';
    // The wrapper notes that it ran: Chromium was started before load failed.
    const started = join(work, 'bad-data-started');
    const chromium = await markedChromium(marker, `echo started > ${started}\nexec /usr/bin/chromium --wg-test-marker=MARK "$@"`);
    // A temporary folder of this run's own (other test files start Chromium at the same time): its profile goes there.
    const tmp = join(work, 'bad-data-tmp');
    await mkdir(tmp);
    const r = await runCli(['2026-03', '--data', data, '--out', out, '--chromium', chromium], { ...env, TMPDIR: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('prices.csv:');
    expect(await readFile(started, 'utf8')).toBe('started\n');
    expect(await noProcessesLeft(marker)).toEqual([]);
    expect((await readdir(tmp)).filter((n) => n.startsWith('wg-report-chromium-'))).toEqual([]);
    await expectPreviousIntact();
  });

  it('a usage error after Chromium started (--strict on the sample): exit 2, no Chromium left', async () => {
    const marker = 'strict';
    const chromium = await markedChromium(marker);
    const r = await runCli(['2026-03', '--strict', '--out', out, '--chromium', chromium], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--strict');
    expect(await noProcessesLeft(marker)).toEqual([]);
    await expectPreviousIntact();
  });
});

describe('renderer failures: exit 3, previous report intact, no temporary folder, no Chromium left', () => {
  it('Chromium missing: the message gives the install command', async () => {
    const r = await runInProcess(['2026-03', '--out', out, '--chromium', join(work, 'no-such-chromium')], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('apt-get install');
    await expectPreviousIntact();
  });

  it('Chromium that hangs is retried once, then exit 3, and every process it started is gone', async () => {
    // A shell that waits (sleep's own command line cannot carry the marker: it refuses unknown options).
    const hang = await markedChromium('hang', "exec sh -c 'sleep 300; :' --wg-test-marker=MARK");
    const t = Date.now();
    const r = await runInProcess(['2026-03', '--out', out, '--chromium', hang, '--timeout', '3'], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/retr/i);
    expect(Date.now() - t).toBeLessThan(60_000);
    expect(await noProcessesLeft('hang')).toEqual([]);
    await expectPreviousIntact();
  });

  it('Chromium that crashes is retried once, then exit 3', async () => {
    const crash = await markedChromium('crash', 'exit 1');
    const r = await runInProcess(['2026-03', '--out', out, '--chromium', crash, '--timeout', '5'], env);
    expect(r.code).toBe(3);
    await expectPreviousIntact();
  });
});

describe('interrupted runs', () => {
  it('SIGTERM while the data files are read: exit 143 while loading, previous report intact', async () => {
    const cli = startCli(['2026-03', '--out', out, '--progress'], env);
    await cli.waitForStderr('wg-report: loading');
    cli.child.kill('SIGTERM');
    const r = await cli.done;
    expect(lastStep(r.stderr)).toMatch(/^loading /);
    expect(r.code).toBe(143);
    expect(r.stderr).toContain('interrupted by SIGTERM');
    await expectPreviousIntact();
  });

  it('SIGINT while Chromium prints: exit 130 while rendering the PDF, previous report intact, Chromium closed', async () => {
    const marker = 'sigint-pdf';
    const chromium = await markedChromium(marker);
    const cli = startCli(['2026-03', '--out', out, '--progress', '--chromium', chromium], env);
    // Chromium starts with the run (while the data loads); the PDF prints once the HTML is made.
    await until('Chromium started', () => processesWith(marker).length > 0, cli);
    await cli.waitForStderr('wg-report: rendering PDF');
    cli.child.kill('SIGINT');
    const r = await cli.done;
    expect(lastStep(r.stderr)).toBe('rendering PDF');
    expect(r.code).toBe(130);
    await expectPreviousIntact();
    expect(await noProcessesLeft(marker)).toEqual([]);
  }, 240_000);

  it('SIGKILL while Chromium prints: previous report intact; Chromium exits; the next run removes the temporary folder', async () => {
    const marker = 'kill-pdf';
    const chromium = await markedChromium(marker);
    // A SIGKILL cannot be caught: the run's Chromium profile stays in its TMPDIR, so give it one of
    // the test's own rather than litter the machine's /tmp on every run of the suite.
    const tmp = join(work, 'kill-tmp');
    await mkdir(tmp);
    const cli = startCli(['2026-03', '--out', out, '--progress', '--chromium', chromium], { ...env, TMPDIR: tmp });
    await until('Chromium started', () => processesWith(marker).length > 0, cli);
    await cli.waitForStderr('wg-report: rendering PDF');
    cli.child.kill('SIGKILL');
    const r = await cli.done;
    expect(r.signal).toBe('SIGKILL');
    expect(lastStep(r.stderr)).toBe('rendering PDF');
    // The killed run's staging folder is left beside an intact previous report.
    expect(await hashTree(join(out, '2026-03'))).toEqual(previous);
    const left = (await readdir(out)).filter((n) => n !== '2026-03');
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.2026-03\./);
    // Chromium started through a pipe exits when its parent dies.
    expect(await noProcessesLeft(marker)).toEqual([]);
    const next = await runCli(['2026-03', '--out', out, '--format', 'json,md,html'], env);
    expect(next.code, next.stderr).toBe(0);
    await expectPreviousIntact();
  }, 240_000); // a render up to Chromium, then a second one, on shared cores
});
