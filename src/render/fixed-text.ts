/**
 * The firm's fixed text (templates/text/*.hbs): Handlebars templates that produce Markdown over the
 * view model's `text` values. Rendered once per run, then printed as Markdown in report.md and as
 * HTML (markdown-it, raw HTML off) in report.html and the PDF.
 */
import MarkdownIt from 'markdown-it';
import type { Markup, ViewModel } from '../present/view-model.js';
import { createTextTemplate } from './engine.js';
import { markdownContext } from './markdown-context.js';
import type { TemplateSet } from './templates.js';

/** The fixed-text templates, by name (`text/<name>.hbs`). */
export const FIXED_TEXT_NAMES = ['notes', 'strategy', 'factors', 'risk', 'disclaimer'] as const;
export type FixedText = Record<(typeof FIXED_TEXT_NAMES)[number], Markup>;

/** Block Markdown (headings, lists, tables) for the firm's own text; raw HTML is still escaped. */
const fixedMarkdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false });

/**
 * The template's Markdown with every `<` outside code backslash-escaped, as the commentary's text is:
 * raw HTML in a text template (`<script>`, `<iframe>`) must not reach report.md as markup. The HTML
 * (markdown-it without raw HTML) renders `\<b>` exactly as it rendered `<b>`: as the text `<b>`.
 */
export function escapeRawHtml(markdown: string): string {
  const lines = markdown.split('\n');
  const code = new Set<number>();
  for (const t of fixedMarkdown.parse(markdown, {})) {
    if ((t.type === 'fence' || t.type === 'code_block') && t.map) for (let i = t.map[0]; i < t.map[1]; i++) code.add(i);
  }
  return lines.map((line, i) => (code.has(i) ? line : escapeOutsideCodeSpans(line))).join('\n');
}

function escapeOutsideCodeSpans(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === '\\') {
      out += line.slice(i, i + 2); // an escape stays as it is
      i += 2;
    } else if (ch === '`') {
      const fence = /^`+/.exec(line.slice(i))![0];
      const close = new RegExp(`(?<!\`)${fence}(?!\`)`, 'g');
      close.lastIndex = i + fence.length;
      const end = close.exec(line);
      const to = end ? end.index + fence.length : i + fence.length;
      out += line.slice(i, to);
      i = to;
    } else {
      out += ch === '<' ? '\\<' : ch;
      i++;
    }
  }
  return out;
}

/** Renders every fixed-text template once. */
export function renderFixedText(vm: Pick<ViewModel, 'text'>, templates: TemplateSet): FixedText {
  const context = markdownContext(vm.text);
  const entries = FIXED_TEXT_NAMES.map((name) => {
    const markdown = escapeRawHtml(createTextTemplate(templates, `text/${name}.hbs`)(context).trim());
    return [name, { markdown, html: fixedMarkdown.render(markdown).trim() }] as const;
  });
  return Object.fromEntries(entries) as FixedText;
}
