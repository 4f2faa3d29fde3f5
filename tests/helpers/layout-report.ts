/**
 * The layout checks of one rendered month (report.pdf + report.md of one folder), as a list of
 * problems: shared by tests/e2e/layout.test.ts and by hand runs (`npx tsx tests/helpers/layout-report.ts <dir>…`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  columnPositions,
  halfEmptyPages,
  headingsAtPageFoot,
  markdownHeadings,
  pageFill,
  readPdfLayout,
  runningHeaderProblems,
  splitPairs,
} from './pdf-layout.js';

export interface LayoutReport {
  pages: number;
  fills: number[];
  headings: number;
  problems: string[];
}

export function checkLayout(dir: string): LayoutReport {
  const pdf = join(dir, 'report.pdf');
  const md = readFileSync(join(dir, 'report.md'), 'utf8');
  const pages = readPdfLayout(pdf);
  const title = (/^# (.+)$/m.exec(md)?.[1] ?? '').trim();
  const headings = markdownHeadings(md);
  const problems: string[] = [];

  const found = headings.filter((h) => pages.some((p) => p.lines.some((l) => l.text.replace(/\s+/g, '') === h.text.replace(/\s+/g, ''))));
  if (found.length < headings.length * 0.8) problems.push(`only ${found.length} of ${headings.length} headings found as lines of the PDF`);
  problems.push(...headingsAtPageFoot(pages, headings.map((h) => h.text)));
  problems.push(...halfEmptyPages(pages, headings.filter((h) => h.level === 2).map((h) => h.text)));
  problems.push(...runningHeaderProblems(pages, title));

  const cols = columnPositions(pages, ['No', 'ティッカー', '銘柄名', '組入比率', '寄与度']);
  if (cols.length < 2) problems.push(`expected two top-5 tables, found ${cols.length} header rows`);
  for (const row of cols.slice(1)) {
    if (row.some((x, i) => Math.abs(x - cols[0]![i]!) > 0.5)) problems.push(`top-5 columns differ: ${JSON.stringify(cols)}`);
  }

  // Each factor chart stays with its heading; the performance charts with the notes under them.
  const month = /（(\d{4}年\d{1,2}月)）/.exec(title)?.[1] ?? '';
  const pairs: [string, string][] = headings
    .filter((h) => h.level === 4 && h.text.endsWith('との差の要因'))
    .map((h) => [h.text, `ファクター寄与度：${h.text.replace(/（.*$/, '')}（${month}）`]);
  pairs.push(['設定来のパフォーマンス推移', '※上記は過去の実績であり']);
  problems.push(...splitPairs(pages, pairs));
  return { pages: pages.length, fills: pages.map(pageFill), headings: found.length, problems };
}

if (process.argv[1]?.endsWith('layout-report.ts')) {
  for (const dir of process.argv.slice(2)) {
    const r = checkLayout(dir);
    console.log(dir, `${r.pages} pages, fills ${r.fills.map((f) => f.toFixed(2)).join(' ')}, ${r.headings} headings`);
    for (const p of r.problems) console.log('  ', p);
  }
}
