/**
 * Reads where the text of a PDF sits (poppler's `pdftotext -bbox-layout`) and checks the layout rules
 * of issue 11 on it: a heading is never the last thing on its page, no page is more than half empty
 * unless a major section starts on the next, the running header is one line, the two top-5 tables
 * share column positions, and a chart stays on the page of its heading and notes.
 * Positions are PDF points from the page's top-left corner.
 */
import { execFileSync } from 'node:child_process';

export interface PdfWord {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfLine extends PdfWord {
  page: number;
  words: PdfWord[];
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  lines: PdfLine[];
}

/** The page box of the print stylesheet (templates/html/style.css `@page`: 17mm top, 15mm bottom). */
export const MM = 72 / 25.4;
export const TOP_MARGIN = 17 * MM;
export const BOTTOM_MARGIN = 15 * MM;

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

const num = (attrs: string, name: string): number => Number(new RegExp(`${name}="([-0-9.]+)"`).exec(attrs)?.[1] ?? NaN);

export function readPdfLayout(pdf: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const pm of xml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const number = pages.length + 1;
    const lines: PdfLine[] = [];
    for (const lm of (pm[2] ?? '').matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words: PdfWord[] = [];
      for (const wm of (lm[2] ?? '').matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)) {
        const a = wm[1] ?? '';
        words.push({ text: decode(wm[2] ?? ''), x0: num(a, 'xMin'), y0: num(a, 'yMin'), x1: num(a, 'xMax'), y1: num(a, 'yMax') });
      }
      const a = lm[1] ?? '';
      lines.push({
        page: number,
        text: words.map((w) => w.text).join(' '),
        words,
        x0: num(a, 'xMin'),
        y0: num(a, 'yMin'),
        x1: num(a, 'xMax'),
        y1: num(a, 'yMax'),
      });
    }
    const attrs = pm[1] ?? '';
    pages.push({ number, width: num(attrs, 'width'), height: num(attrs, 'height'), lines });
  }
  return pages;
}

/** Text compared without spaces: pdftotext puts spaces between words where the HTML had none. */
export const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** Lines inside the page box: not the running header, not the page number. */
export function bodyLines(page: PdfPage): PdfLine[] {
  return page.lines.filter((l) => l.y0 >= TOP_MARGIN - 1 && l.y1 <= page.height - BOTTOM_MARGIN + 1);
}

/** The headings of report.md (`##` to `####`), unescaped, by level. */
export function markdownHeadings(md: string): { level: number; text: string }[] {
  return [...md.matchAll(/^(#{2,4}) (.+)$/gm)].map((m) => ({
    level: (m[1] ?? '').length,
    text: (m[2] ?? '').replace(/\\([\\`*_[\]<>|~&#+=-])/g, '$1'),
  }));
}

/** Where a text sits in the PDF: every line whose squeezed text equals it. */
export function findLines(pages: PdfPage[], text: string): PdfLine[] {
  const want = squeeze(text);
  return pages.flatMap((p) => p.lines.filter((l) => squeeze(l.text) === want));
}

/** Rule: a heading always has something under it on its own page. */
export function headingsAtPageFoot(pages: PdfPage[], headings: readonly string[]): string[] {
  const problems: string[] = [];
  for (const h of headings) {
    for (const line of findLines(pages, h)) {
      const page = pages[line.page - 1]!;
      const below = bodyLines(page).filter((l) => l.y0 > line.y1 - 0.5);
      if (below.length === 0) problems.push(`page ${line.page}: heading 「${h}」 is the last thing on the page`);
    }
  }
  return problems;
}

/** How far down its page box a page's text reaches, 0–1. */
export function pageFill(page: PdfPage): number {
  const lines = bodyLines(page);
  if (lines.length === 0) return 0;
  const bottom = Math.max(...lines.map((l) => l.y1));
  return (bottom - TOP_MARGIN) / (page.height - TOP_MARGIN - BOTTOM_MARGIN);
}

/** Rule: no page is more than half empty unless the next page starts a major section (an h2). */
export function halfEmptyPages(pages: PdfPage[], majorHeadings: readonly string[]): string[] {
  const majors = new Set(majorHeadings.map(squeeze));
  const problems: string[] = [];
  for (const page of pages.slice(0, -1)) {
    const fill = pageFill(page);
    if (fill >= 0.5) continue;
    const next = bodyLines(pages[page.number]!).sort((a, b) => a.y0 - b.y0)[0];
    if (!next || !majors.has(squeeze(next.text))) {
      problems.push(`page ${page.number} is ${Math.round((1 - fill) * 100)}% empty and page ${page.number + 1} starts with 「${next?.text ?? ''}」, not a major section`);
    }
  }
  return problems;
}

/** Rule: the running header (above the page box) is one line on every page that has one. */
export function runningHeaderProblems(pages: PdfPage[], title: string): string[] {
  const problems: string[] = [];
  for (const page of pages.slice(1)) {
    const header = page.lines.filter((l) => l.y1 < TOP_MARGIN);
    const rows = new Set(header.map((l) => Math.round(l.y0)));
    if (rows.size !== 1) problems.push(`page ${page.number}: running header on ${rows.size} lines`);
    if (!squeeze(header.map((l) => l.text).join('')).includes(squeeze(title))) problems.push(`page ${page.number}: running header lacks the title`);
  }
  return problems;
}

/**
 * The x positions of the given column headers in every table header row that has them all: the
 * words level with each occurrence of the first header (pdftotext puts each cell in its own line).
 */
export function columnPositions(pages: PdfPage[], headers: readonly string[]): number[][] {
  const rows: number[][] = [];
  for (const page of pages) {
    const words = page.lines.flatMap((l) => l.words);
    for (const first of words.filter((w) => w.text === headers[0])) {
      const level = words.filter((w) => Math.abs(w.y0 - first.y0) < 1);
      const xs = headers.map((h) => level.find((w) => w.text === h));
      if (xs.every((w) => w !== undefined)) rows.push(xs.map((w) => Math.round((w as PdfWord).x0 * 10) / 10));
    }
  }
  return rows;
}

/** Rule: each pair of texts sits on one page (a chart's title with its heading or its notes). */
export function splitPairs(pages: PdfPage[], pairs: readonly [string, string][]): string[] {
  const problems: string[] = [];
  for (const [a, b] of pairs) {
    const pa = findLines(pages, a).map((l) => l.page);
    const pb = pages.filter((p) => p.lines.some((l) => squeeze(l.text).includes(squeeze(b)))).map((p) => p.number);
    if (pa.length === 0 || pb.length === 0) problems.push(`not found: 「${pa.length === 0 ? a : b}」`);
    else if (!pa.some((p) => pb.includes(p))) problems.push(`「${a}」 (page ${pa.join(',')}) and 「${b}」 (page ${pb.join(',')}) are on different pages`);
  }
  return problems;
}
