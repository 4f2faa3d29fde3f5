/**
 * The preview's save-to-update time (issue 14): a copy of the sample previewed in-process, the
 * real Chromium showing `/`, and ten commentary saves, each timed from the write until the page
 * shows the new version (the frame loaded at its scroll position: `data-shown` on <body>) and its
 * text holds the new sentence. Prints the median (target: under 300 ms) and every run.
 *   npx tsx scripts/bench-preview.ts        (also run at the end of `npm run bench`)
 */
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { resolveChromium } from '../src/render/browser.js';
import { startPreview } from '../src/preview/server.js';

const SAMPLE = fileURLToPath(new URL('../fixtures/sample/', import.meta.url));

export async function benchPreview(runs = 10): Promise<{ median: number; times: number[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'wg-bench-preview-'));
  const data = join(dir, 'data');
  await cp(SAMPLE, data, { recursive: true });
  const preview = await startPreview({ month: '2026-03', dataDir: data, partial: false, allowGaps: false, lang: 'en' });
  // The analyst's browser: not launchBrowser's offline flags, which resolve no host at all.
  const browser = await puppeteer.launch({ executablePath: await resolveChromium(), args: ['--no-sandbox'], headless: true, pipe: true });
  const times: number[] = [];
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    await page.goto(preview.url, { waitUntil: 'load' });
    await page.waitForFunction('Number(document.body.dataset.shown) > 0', { timeout: 60_000 });
    for (let i = 0; i < runs; i++) {
      const shown = (await page.evaluate('Number(document.body.dataset.shown)')) as number;
      const sentence = `ベンチマーク用の一文その${i + 1}です。`;
      const t0 = performance.now();
      await appendFile(join(data, 'commentary', '2026-03.md'), `\n${sentence}\n`);
      await page.waitForFunction(
        `Number(document.body.dataset.shown) > ${shown} && document.querySelector('iframe.frame:not(.loading)').contentDocument.body.innerText.includes(${JSON.stringify(sentence)})`,
        { timeout: 30_000, polling: 'raf' },
      );
      times.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 300));
    }
    if (preview.session.stats.loads !== 1) throw new Error(`the data was loaded ${preview.session.stats.loads} times, not once`);
  } finally {
    await browser.close();
    await preview.close();
    await rm(dir, { recursive: true, force: true });
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = (sorted[(runs - 1) >> 1]! + sorted[runs >> 1]!) / 2;
  return { median, times };
}

export function printPreviewBench({ median, times }: { median: number; times: number[] }): void {
  console.log(`preview:   commentary save → updated page, median of ${times.length}: ${median.toFixed(0)} ms (target < 300 ms; runs ${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) printPreviewBench(await benchPreview());
