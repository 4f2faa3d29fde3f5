/**
 * The layout rules of issue 11, read back from the PDFs of the sample months (positions from
 * `pdftotext -bbox-layout`, see tests/helpers/pdf-layout.ts), and report.html on a 390 px phone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBrowser } from '../../src/render/browser.js';
import { checkLayout } from '../helpers/layout-report.js';
import { readPdfLayout, runningHeaderProblems, squeeze } from '../helpers/pdf-layout.js';
import { copySample, removeDir, runCli, tempDir } from './helpers.js';

const MONTHS = ['2025-12', '2026-01', '2026-03'] as const;
let root: string;
let out: string;
let longOut: string;

beforeAll(async () => {
  root = await tempDir('wg-layout-');
  out = join(root, 'out');
  for (const m of MONTHS) {
    const r = await runCli([m, '--out', out, '--format', 'pdf,md,html', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
  }
  // A firm with a long service name and provider: the running header must still be one line.
  const data = await copySample(join(root, 'long'));
  const configPath = join(data, 'config.json');
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as { service: { name: string; provider: string } };
  config.service.name = 'WEALTH GROWTH グローバル・クオリティ株式 投資一任運用プログラム';
  config.service.provider = '株式会社サンプル・インベストメント・アドバイザーズ・ジャパン';
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  longOut = join(root, 'long-out');
  const r = await runCli(['2026-03', '--data', data, '--out', longOut, '--format', 'pdf,md', '--quiet']);
  expect(r.code, r.stderr).toBe(0);
}, 180_000);

afterAll(async () => {
  if (root) await removeDir(root);
});

describe('PDF layout of the sample months', () => {
  it.each(MONTHS)('%s: headings keep with what follows, no half-empty page before a non-major block, one-line header, aligned top-5 tables, charts with their heading and notes', (m) => {
    const r = checkLayout(join(out, m));
    expect(r.problems).toEqual([]);
    expect(r.headings).toBeGreaterThanOrEqual(25); // the checks found the headings they check
    // Every page but the last is at least half full, or the next begins a major section (checked above).
    expect(r.fills.slice(0, -1).filter((f) => f < 0.5).length).toBeLessThanOrEqual(1);
  });

  it.each(MONTHS)('%s: the disclosures block is on the disclaimer page, before the as-of line', (m) => {
    const pages = readPdfLayout(join(out, m, 'report.pdf'));
    const page = pages.find((p) => p.lines.some((l) => squeeze(l.text) === '免責事項・ご留意事項'));
    expect(page, 'disclaimer page').toBeDefined();
    const text = page!.lines.map((l) => squeeze(l.text));
    const at = (s: string) => text.findIndex((t) => t.includes(squeeze(s)));
    // The sample's lines (fixtures/sample/config.json service.disclosures), synthetic and labelled so.
    expect(at('【以下はサンプルデータ用の架空の表示です。')).toBeGreaterThan(at('免責事項・ご留意事項'));
    expect(at('関東財務局長（金商）第0000号')).toBeGreaterThan(0);
    expect(at('加入協会：日本証券業協会、一般社団法人日本投資顧問業協会')).toBeGreaterThan(0);
    expect(at('関東財務局長（金商）第0000号')).toBeLessThan(at('※本レポートは、'));
  });

  it('keeps the running header on one line with a long service name and provider', () => {
    const pages = readPdfLayout(join(longOut, '2026-03', 'report.pdf'));
    expect(pages.length).toBeGreaterThan(5);
    const title = 'WEALTH GROWTH グローバル・クオリティ株式 投資一任運用プログラム 月間運用実績レポート（2026年3月）';
    expect(runningHeaderProblems(pages, title)).toEqual([]);
  });
});

/**
 * Run in the page (the project compiles without DOM types, so it is plain JavaScript text): what
 * a phone reader would see as broken, as a list of problems.
 */
const PHONE_CHECKS = `(() => {
  const found = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 0.5) found.push(\`page is \${document.documentElement.scrollWidth} px wide\`);
  const blocks = [...document.querySelectorAll('h1, h2, h3, h4, p, li, dt, dd, .table-box, figure')];
  for (const el of blocks) {
    const r = el.getBoundingClientRect();
    // Inside a table's box, text scrolls with the table (the box itself is checked).
    if (r.width === 0 || el.parentElement?.closest('.table-box')) continue;
    if (r.left < -0.5 || r.right > width + 0.5) found.push(\`\${el.tagName} 「\${(el.textContent ?? '').slice(0, 20)}」 spans \${r.left}–\${r.right}\`);
  }
  // Text blocks outside tables follow one another down the page without overlapping.
  const flow = blocks.filter((el) => !el.closest('table') && !el.querySelector('p, li, h3, h4, .table-box'));
  for (let i = 1; i < flow.length; i++) {
    const a = flow[i - 1].getBoundingClientRect();
    const b = flow[i].getBoundingClientRect();
    if (a.height > 0 && b.height > 0 && b.top < a.bottom - 1 && b.left < a.right && a.left < b.right) {
      found.push(\`「\${(flow[i].textContent ?? '').slice(0, 20)}」 overlaps 「\${(flow[i - 1].textContent ?? '').slice(0, 20)}」\`);
    }
  }
  // No cell's text runs over its neighbour's.
  for (const cell of document.querySelectorAll('th, td')) {
    if (cell.scrollWidth > cell.clientWidth + 1) found.push(\`cell 「\${(cell.textContent ?? '').slice(0, 20)}」 overflows its column\`);
  }
  const boxes = [...document.querySelectorAll('.table-box')];
  if (boxes.length < 6) found.push(\`only \${boxes.length} table boxes\`);
  if (!boxes.some((b) => b.scrollWidth > b.clientWidth)) found.push('no table scrolls: the wide ones were squeezed instead');
  return found;
})()`;

describe('report.html on a 390 px phone screen', () => {
  it('does not widen the page: tables scroll inside their box, no text runs off the screen or over other text', async () => {
    const problems = await withBrowser({}, async (browser) => {
      const page = await browser.newPage();
      try {
        await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
        await page.goto(pathToFileURL(join(out, '2026-03', 'report.html')).href, { waitUntil: 'load' });
        return (await page.evaluate(PHONE_CHECKS)) as string[];
      } finally {
        await page.close();
      }
    });
    expect(problems).toEqual([]);
  }, 60_000);
});
