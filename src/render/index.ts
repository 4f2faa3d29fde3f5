/**
 * The render stage: one computation → report.md (+ charts/*.svg), report.html and report.pdf, as
 * bytes relative to the month folder. Nothing is written here (the caller stages and moves the
 * folder atomically), and report.json is rendered elsewhere (render/json.ts).
 */
import { buildCharts } from '../present/charts.js';
import { buildViewModel } from '../present/view-model.js';
import type { ComputeResult, Dataset } from '../types.js';
import { renderFixedText } from './fixed-text.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { printPdf, type PdfPrinter } from './pdf.js';
import { verifyReportFonts } from './pdf-fonts.js';
import { loadTemplates } from './templates.js';

export type RenderFormat = 'json' | 'md' | 'html' | 'pdf';

export interface RenderInput {
  result: ComputeResult;
  dataset: Dataset;
  /** `json` is ignored here. */
  formats: ReadonlySet<RenderFormat>;
  /** `--templates <dir>`: overrides built-in templates file by file. */
  templatesDir?: string;
  /** `--chromium <path>`. */
  chromiumPath?: string;
  /** Pinned into the PDF's /CreationDate and /ModDate. */
  fixedDate?: Date;
  /** Per PDF attempt (ms). */
  timeoutMs?: number;
  warn: (message: string) => void;
  onStep?: (step: string) => void;
  /** A batch's shared Chromium; without it the PDF gets a browser of its own. */
  printer?: PdfPrinter;
}

export interface RenderedFile {
  /** Relative to the month folder: `report.md`, `charts/performance-3m.svg`, `report.html`, `report.pdf`. */
  path: string;
  data: string | Uint8Array;
}

/** Renders the requested formats; Chromium is launched only when `pdf` is requested. */
export async function renderReport(input: RenderInput): Promise<RenderedFile[]> {
  const { formats } = input;
  const files: RenderedFile[] = [];
  const templates = await loadTemplates(input.templatesDir, input.warn);
  const charts = buildCharts(input.result, input.dataset.config);
  const vm = buildViewModel({ result: input.result, dataset: input.dataset, charts });
  for (const w of vm.warnings) input.warn(w);
  const fixedText = renderFixedText(vm, templates);

  if (formats.has('md')) {
    input.onStep?.('Markdown');
    files.push({ path: 'report.md', data: renderMarkdown(vm, fixedText, templates) });
    for (const c of charts) files.push({ path: `charts/${c.file}`, data: c.svg });
  }
  if (formats.has('html') || formats.has('pdf')) {
    input.onStep?.('HTML');
    const html = renderHtml(vm, fixedText, templates);
    if (formats.has('html')) files.push({ path: 'report.html', data: html });
    if (formats.has('pdf')) {
      input.onStep?.('PDF');
      const pdf = input.printer
        ? await input.printer.print(html, { fixedDate: input.fixedDate, warn: input.warn })
        : await printPdf(html, {
            chromiumPath: input.chromiumPath,
            fixedDate: input.fixedDate,
            timeoutMs: input.timeoutMs,
            warn: input.warn,
          });
      // Chromium prints boxes, or nothing, with exit 0 when the font is missing: check what it embedded.
      verifyReportFonts(pdf, html);
      files.push({ path: 'report.pdf', data: pdf });
    }
  }
  return files;
}
