/**
 * The client notice's render stage: its view model → notice-<id>.md (+ its chart), notice-<id>.html
 * and notice-<id>.pdf, as bytes relative to the month folder. The report's engine, fixed text,
 * stylesheet, PDF printing and font check; nothing is written here (the pipeline stages the files).
 */
import { noticePaths, type NoticeViewModel } from '../present/notice-view-model.js';
import { renderFixedText } from './fixed-text.js';
import { renderHtml } from './html.js';
import type { RenderedFile } from './index.js';
import { renderMarkdown } from './markdown.js';
import { printPdf, type PdfPrinter } from './pdf.js';
import { verifyReportFonts } from './pdf-fonts.js';
import type { TemplateSet } from './templates.js';

export interface NoticeRenderInput {
  vm: NoticeViewModel;
  strategy: string;
  templates: TemplateSet;
  /** `json` is ignored here. */
  formats: ReadonlySet<'json' | 'md' | 'html' | 'pdf'>;
  chromiumPath?: string;
  fixedDate?: Date;
  timeoutMs?: number;
  printer?: PdfPrinter;
  warn: (message: string) => void;
  onStep?: (step: string) => void;
}

/** Renders the requested formats of the notice; Chromium is launched only for `pdf`. */
export async function renderNotice(input: NoticeRenderInput): Promise<RenderedFile[]> {
  const { vm, formats, templates } = input;
  const { base, chartDir } = noticePaths(input.strategy);
  const files: RenderedFile[] = [];
  const fixedText = renderFixedText(vm, templates);
  if (formats.has('md')) {
    input.onStep?.('Markdown');
    files.push({ path: `${base}.md`, data: renderMarkdown(vm, fixedText, templates, 'notice') });
    if (vm.policy.chart) files.push({ path: `${chartDir}/${vm.policy.chart.file}`, data: vm.policy.chart.svg });
  }
  if (formats.has('html') || formats.has('pdf')) {
    input.onStep?.('HTML');
    const html = renderHtml(vm, fixedText, templates, 'notice');
    if (formats.has('html')) files.push({ path: `${base}.html`, data: html });
    if (formats.has('pdf')) {
      input.onStep?.('PDF');
      const options = { fixedDate: input.fixedDate, warn: input.warn };
      const pdf = input.printer
        ? await input.printer.print(html, options)
        : await printPdf(html, { ...options, chromiumPath: input.chromiumPath, timeoutMs: input.timeoutMs });
      verifyReportFonts(pdf, html);
      files.push({ path: `${base}.pdf`, data: pdf });
    }
  }
  return files;
}
