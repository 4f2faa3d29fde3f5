/**
 * The client notice's render stage: its view model → notice-<id>.md (+ its chart), notice-<id>.html
 * and notice-<id>.pdf, as bytes relative to the month folder. The report's engine, fixed text,
 * stylesheet, PDF printing and font check; nothing is written here (the pipeline stages the files).
 */
import { noticePaths, type NoticeViewModel } from '../present/notice-view-model.js';
import { renderFixedText } from './fixed-text.js';
import { renderHtml } from './html.js';
import { printChecked, type RenderedFile, type RenderOptions } from './index.js';
import { renderMarkdown } from './markdown.js';

/** Renders the requested formats of the notice of `strategy`; Chromium is used only for `pdf`. */
export async function renderNotice(vm: NoticeViewModel, strategy: string, options: RenderOptions): Promise<RenderedFile[]> {
  const { formats, templates } = options;
  const { base, chartDir } = noticePaths(strategy);
  const files: RenderedFile[] = [];
  const fixedText = renderFixedText(vm, templates);
  if (formats.has('md')) {
    options.onStep?.('Markdown');
    files.push({ path: `${base}.md`, data: renderMarkdown(vm, fixedText, templates, 'notice') });
    if (vm.policy.chart) files.push({ path: `${chartDir}/${vm.policy.chart.file}`, data: vm.policy.chart.svg });
  }
  if (formats.has('html') || formats.has('pdf')) {
    options.onStep?.('HTML');
    const html = renderHtml(vm, fixedText, templates, 'notice');
    if (formats.has('html')) files.push({ path: `${base}.html`, data: html });
    if (formats.has('pdf')) {
      options.onStep?.('PDF');
      files.push({ path: `${base}.pdf`, data: await printChecked(html, options) });
    }
  }
  return files;
}
