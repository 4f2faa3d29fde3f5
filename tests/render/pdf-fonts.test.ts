/**
 * The in-process font check on PDFs printed by the real Chromium: what it reads agrees with poppler's
 * pdffonts, and each way a glyph can miss the report font (a box, a fallback font, Type 3 outlines)
 * fails with RenderError naming the characters and the font package.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { RenderError } from '../../src/errors.js';
import { launchBrowser, closeBrowser } from '../../src/render/browser.js';
import { fontsUsed, verifyReportFonts } from '../../src/render/pdf-fonts.js';
import { renderPdf } from '../../src/render/pdf.js';
import { onPdf, removeDir, run, tempDir } from './helpers.js';

let browser: Browser;
let dir: string;

function page(body: string, css = ''): string {
  return (
    `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>` +
    `html { font-family: 'BIZ UDPGothic', sans-serif; } ${css}</style></head><body>${body}</body></html>`
  );
}

let lastHtml = '';
async function print(body: string, css = ''): Promise<Uint8Array> {
  lastHtml = page(body, css);
  return renderPdf(lastHtml, { browser });
}

function failure(pdf: Uint8Array): string {
  try {
    verifyReportFonts(pdf, lastHtml);
  } catch (e) {
    expect(e).toBeInstanceOf(RenderError);
    return (e as Error).message;
  }
  throw new Error('verifyReportFonts passed');
}

beforeAll(async () => {
  browser = await launchBrowser();
  dir = await tempDir('pdf-fonts');
}, 60_000);

afterAll(async () => {
  await closeBrowser(browser);
  await removeDir(dir);
});

describe('fontsUsed / verifyReportFonts', () => {
  it('Japanese text in regular and bold: both BIZ UDPGothic faces, every glyph counted, passes', async () => {
    const pdf = await print('<p>運用報告書</p><p><b>月次</b></p>');
    const fonts = fontsUsed(pdf);
    // 5 + 2 glyphs, worked out from the text.
    expect(fonts.map((f) => [f.name, f.subtype, f.glyphs, f.notdef])).toEqual([
      ['BIZUDPGothic-Regular', 'Type0', 5, 0],
      ['BIZUDPGothic-Bold', 'Type0', 2, 0],
    ]);
    expect(fonts[0]!.chars.sort()).toEqual([...'運用報告書'].sort());
    expect(() => verifyReportFonts(pdf)).not.toThrow();
    // poppler sees the same two fonts.
    const listed = run('pdffonts', [await onPdf(dir, 'ok.pdf', pdf)]);
    expect(listed).toMatch(/BIZUDPGothic-Regular\s+CID TrueType/);
    expect(listed).toMatch(/BIZUDPGothic-Bold\s+CID TrueType/);
  });

  it('a character no installed font has is a box (.notdef): named with its code point', async () => {
    // Chromium labels only some boxes with an ActualText, so the printed HTML names the rest.
    const pdf = await print('<p>𠮷野家</p>');
    const msg = failure(pdf);
    expect(msg).toContain('1 glyph(s) missing from BIZUDPGothic-Regular (printed as a box): 𠮷 (U+20BB7)');
    expect(msg).toContain('apt-get install fonts-morisawa-bizud-gothic');
  });

  it('a character only another font has falls back to it: the font and the character are named', async () => {
    // ∯ (U+222F, surface integral) is in DejaVu Sans, not in BIZ UDPGothic.
    const pdf = await print('<p>月次∯</p>');
    const msg = failure(pdf);
    expect(msg).toMatch(/1 glyph\(s\) drawn with the fallback font DejaVu\S*: ∯ \(U\+222F\)/);
  });

  it('stroked text becomes Type 3 outlines and fails', async () => {
    const pdf = await print('<p class="s">月次</p>', '.s { -webkit-text-stroke: 1px red; }');
    expect(fontsUsed(pdf).some((f) => f.subtype === 'Type3')).toBe(true);
    expect(failure(pdf)).toContain('as Type 3 outlines');
  });

  it('a PDF it cannot read fails closed', () => {
    expect(failure(new TextEncoder().encode('%PDF-1.4\nnot really\n'))).toMatch(/cannot check its fonts/);
  });
});
