/**
 * The firm's fixed text (templates/text/*.hbs): Handlebars templates that produce Markdown over the
 * view model's `text` values. Rendered once per run, then printed as Markdown in report.md and as
 * HTML (markdown-it, raw HTML off) in report.html and the PDF.
 */
import MarkdownIt from 'markdown-it';
import type { Markup, ViewModel } from '../present/view-model.js';
import { createTextTemplate } from './engine.js';
import { markdownContext } from './markdown.js';
import type { TemplateSet } from './templates.js';

/** The fixed-text templates, by name (`text/<name>.hbs`). */
export const FIXED_TEXT_NAMES = ['notes', 'strategy', 'factors', 'risk', 'disclaimer'] as const;
export type FixedText = Record<(typeof FIXED_TEXT_NAMES)[number], Markup>;

/** Block Markdown (headings, lists, tables) for the firm's own text; raw HTML is still escaped. */
const fixedMarkdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false });

/** Renders every fixed-text template once. */
export function renderFixedText(vm: ViewModel, templates: TemplateSet): FixedText {
  const context = markdownContext(vm.text);
  const entries = FIXED_TEXT_NAMES.map((name) => {
    const markdown = createTextTemplate(templates, `text/${name}.hbs`)(context).trim();
    return [name, { markdown, html: fixedMarkdown.render(markdown).trim() }] as const;
  });
  return Object.fromEntries(entries) as FixedText;
}
