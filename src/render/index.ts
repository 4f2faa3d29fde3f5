/**
 * The render stage: a presented report (view model + charts) and the templates → report.md (+
 * charts/*.svg), report.html and report.pdf, as bytes relative to the month folder. Nothing is
 * computed or formatted here (that is present's), nothing is written (the caller stages and moves
 * the folder atomically), and report.json is rendered elsewhere (render/json.ts).
 */
import type { PresentedReport } from '../present/index.js';
import { renderFixedText } from './fixed-text.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { printPdf, type PdfPrinter } from './pdf.js';
import { verifyReportFonts } from './pdf-fonts.js';
import type { TemplateSet } from './templates.js';

export { loadTemplates, type TemplateSet } from './templates.js';

export type RenderFormat = 'json' | 'md' | 'html' | 'pdf';

export interface RenderOptions {
  /** `json` is ignored here. */
  formats: ReadonlySet<RenderFormat>;
  /** From loadTemplates (built-in ones, overridden file by file by `--templates <dir>`). */
  templates: TemplateSet;
  /** `--chromium <path>` (unused with `printer`). */
  chromiumPath?: string;
  /** Pinned into the PDF's /CreationDate and /ModDate. */
  fixedDate?: Date;
  /** Per PDF attempt (ms; unused with `printer`, which has its own). */
  timeoutMs?: number;
  /** A batch's shared Chromium; without it the PDF gets a browser of its own. */
  printer?: PdfPrinter;
  warn: (message: string) => void;
  onStep?: (step: string) => void;
}

export interface RenderedFile {
  /** Relative to the month folder: `report.md`, `charts/performance-3m.svg`, `report.html`, `report.pdf`. */
  path: string;
  data: string | Uint8Array;
}

/** What prepareReport made: every file but the PDF, and the PDF's print when it is asked for. */
export interface PreparedReport {
  files: RenderedFile[];
  /** Prints report.pdf from the report's HTML (Chromium): the caller starts it, e.g. while it prepares the next month. */
  print: (() => Promise<RenderedFile>) | null;
}

/** Renders the requested formats but the PDF (no browser, synchronous), and hands back the PDF's print. */
export function prepareReport({ vm, charts }: PresentedReport, options: RenderOptions): PreparedReport {
  const { formats, templates } = options;
  const files: RenderedFile[] = [];
  const fixedText = renderFixedText(vm, templates);

  if (formats.has('md')) {
    options.onStep?.('Markdown');
    files.push({ path: 'report.md', data: renderMarkdown(vm, fixedText, templates) });
    for (const c of charts) files.push({ path: `charts/${c.file}`, data: c.svg });
  }
  let print: PreparedReport['print'] = null;
  if (formats.has('html') || formats.has('pdf')) {
    options.onStep?.('HTML');
    const html = renderHtml(vm, fixedText, templates);
    if (formats.has('html')) files.push({ path: 'report.html', data: html });
    if (formats.has('pdf')) {
      print = async () => {
        options.onStep?.('PDF');
        return { path: 'report.pdf', data: await printChecked(html, options) };
      };
    }
  }
  return { files, print };
}

/** Renders the requested formats; Chromium is used only when `pdf` is requested. */
export async function renderReport(presented: PresentedReport, options: RenderOptions): Promise<RenderedFile[]> {
  const { files, print } = prepareReport(presented, options);
  if (print !== null) files.push(await print());
  return files;
}

/**
 * The PDF of `html` (the report's or a notice's): printed by the batch's Chromium or one of its own,
 * then checked for the report font (Chromium prints boxes, or nothing, with exit 0 when the font is
 * missing: check what it embedded).
 */
export async function printChecked(html: string, options: RenderOptions): Promise<Uint8Array> {
  const pdf = options.printer
    ? await options.printer.print(html, { fixedDate: options.fixedDate, warn: options.warn })
    : await printPdf(html, {
        chromiumPath: options.chromiumPath,
        fixedDate: options.fixedDate,
        timeoutMs: options.timeoutMs,
        warn: options.warn,
      });
  verifyReportFonts(pdf, html);
  return pdf;
}
