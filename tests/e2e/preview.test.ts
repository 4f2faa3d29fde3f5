/**
 * `wg-report preview` as a user runs it: the real binary on a copy of the sample, the real Chromium
 * through puppeteer-core as the analyst's browser. A commentary save shows up in the open page (at
 * the same scroll position); a broken config.json shows the CLI's message with its JSON path over the
 * report and a fix brings the report back; `/../config.json`, a foreign Host header and a POST are
 * refused; the paged view and the PDF come from Chromium; Ctrl-C leaves no process and no profile.
 */
import { request } from 'node:http';
import { existsSync } from 'node:fs';
import { appendFile, chmod, readFile, readdir, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer from 'puppeteer-core';
import { closeBrowser, resolveChromium } from '../../src/render/browser.js';
import { copySample, removeDir, startCli, tempDir, type RunningCli } from './helpers.js';

let work: string;
let data: string;
let cli: RunningCli;
let url: string;
let port: number;
let stderr = '';
let browser: Browser;
let page: Page;
const MARKER = `preview-${process.pid}`;

function processesWith(marker: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', `wg-test-marker=${marker}`], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/** A raw request (fetch would normalise `/../` and refuse to set Host). */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The text of the report inside the preview's frame. */
// Page-side code as strings: the tests are type-checked without the DOM library.
const frameText = async () => (await page.evaluate(`document.querySelector('iframe.frame:not(.loading)')?.contentDocument?.body.innerText ?? ''`)) as string;
const shown = async () => (await page.evaluate('Number(document.body.dataset.shown)')) as number;
const frameScrollY = async () => (await page.evaluate(`document.querySelector('iframe.frame:not(.loading)').contentWindow.scrollY`)) as number;
const newerThan = (v: number) => page.waitForFunction(`Number(document.body.dataset.shown) > ${v}`, { timeout: 30_000 });

beforeAll(async () => {
  work = await tempDir('preview');
  data = await copySample(join(work, 'data'));
  const chromium = join(work, 'chromium.sh');
  await writeFile(chromium, `#!/bin/sh\nexec /usr/bin/chromium --wg-test-marker=${MARKER} "$@"\n`);
  await chmod(chromium, 0o755);
  cli = startCli(['preview', '2026-03', '--data', data, '--chromium', chromium]);
  cli.child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  await cli.waitForStderr('Ctrl-C stops');
}, 120_000);

afterAll(async () => {
  await page?.close().catch(() => undefined);
  if (browser) await closeBrowser(browser);
  if (cli && cli.child.exitCode === null) cli.child.kill('SIGKILL');
  await removeDir(work);
});

describe('wg-report preview', () => {
  it('prints its URL, bound to 127.0.0.1 on a free port', async () => {
    const m = /previewing 2026-03 at (http:\/\/127\.0\.0\.1:(\d+)\/)/.exec(await stderrSoFar());
    expect(m).not.toBeNull();
    url = m![1]!;
    port = Number(m![2]);
    // The analyst's browser: not the offline printing flags of launchBrowser (which resolve no host).
    browser = await puppeteer.launch({ executablePath: await resolveChromium(), args: ['--no-sandbox'], headless: true, pipe: true });
    page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    await newerThan(0);
    expect(await frameText()).toContain('月間運用実績レポート');
  });

  it('a commentary save appears in the open page, at the same scroll position', async () => {
    await page.evaluate(`document.querySelector('iframe.frame:not(.loading)').contentWindow.scrollTo(0, 1500)`);
    const before = await shown();
    const sentence = `プレビューで確認する新しい一文です（${Date.now()}）。`;
    await appendFile(join(data, 'commentary', '2026-03.md'), `\n${sentence}\n`);
    await newerThan(before);
    expect(await frameText()).toContain(sentence);
    expect(await frameScrollY()).toBe(1500);
  });

  it('a broken config.json shows the message with its JSON path over the last good report; the fix brings it back', async () => {
    const config = await readFile(join(data, 'config.json'), 'utf8');
    await writeFile(join(data, 'config.json'), config.replace('"launchDate": "2025-02-13"', '"launchDate": "2025-02-31"'));
    await page.waitForSelector('.overlay:not([hidden])', { timeout: 30_000 });
    const message = (await page.evaluate(`document.querySelector('.overlay .error').textContent`)) as string;
    expect(message).toContain('config.json: service.launchDate: "2025-02-31" must be a date YYYY-MM-DD that exists');
    expect(await frameText()).toContain('月間運用実績レポート'); // the last good report, underneath
    expect(await stderrSoFar()).toContain('error: config.json: service.launchDate: "2025-02-31"');
    const before = await shown();
    await writeFile(join(data, 'config.json'), config);
    await page.waitForSelector('.overlay[hidden]', { timeout: 30_000 });
    await newerThan(before);
  });

  it('lists the warnings (compliance breaches) in a panel', async () => {
    const items = (await page.evaluate(`[...document.querySelectorAll('.warnings li')].map((l) => l.textContent)`)) as string[];
    expect(items.some((t) => t.includes('maxWeight'))).toBe(true);
  });

  it('refuses /../config.json, other data files, a foreign Host header and a POST', async () => {
    expect((await raw('/../config.json')).status).toBe(400);
    expect((await raw('/%2e%2e/config.json')).status).toBe(400);
    expect((await raw('/config.json')).status).toBe(404);
    expect((await raw('/commentary/')).status).toBe(404);
    const rebinding = await raw('/report.json', { Host: `evil.example:${port}` });
    expect(rebinding.status).toBe(403);
    expect(rebinding.body).not.toContain('{');
    expect((await raw('/report.json', { Host: `localhost:${port}` })).status).toBe(200);
    expect((await raw('/report.json', {}, 'POST')).status).toBe(405);
  });

  it('serves report.json, the PDF printed by Chromium, and the paged view of its pages', async () => {
    const json = JSON.parse((await raw('/report.json')).body) as { month: string };
    expect(json.month).toBe('2026-03');
    const pdf = await fetch(`${url}report.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.goto(`${url}pages`, { waitUntil: 'load' });
    await page.waitForSelector('.pages figure img', { timeout: 60_000 });
    const pages = (await page.evaluate(`[...document.querySelectorAll('.pages figure img')].map((i) => i.naturalWidth)`)) as number[];
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.every((w) => w > 700)).toBe(true);
    expect(processesWith(MARKER).length).toBeGreaterThan(0);
  });

  it('Ctrl-C closes the watcher, the server and Chromium: exit 130, no process, no profile, no temporary folder', async () => {
    const profiles = processesWith(MARKER)
      .map((pid) => {
        try {
          return /--user-data-dir=([^\0]+)/.exec(execFileSync('cat', [`/proc/${pid}/cmdline`], { encoding: 'utf8' }))?.[1];
        } catch {
          return undefined;
        }
      })
      .filter((d): d is string => d !== undefined);
    expect(profiles.length).toBeGreaterThan(0);
    cli.child.kill('SIGINT');
    const result = await cli.done;
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('preview stopped (SIGINT)');
    expect(processesWith(MARKER)).toEqual([]);
    for (const p of new Set(profiles)) expect(existsSync(p), p).toBe(false);
    expect((await readdir(work)).sort()).toEqual(['chromium.sh', 'data']);
  });
});

async function stderrSoFar(): Promise<string> {
  return stderr;
}
