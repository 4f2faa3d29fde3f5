/**
 * report.md: GitHub-flavoured Markdown from templates/md/ over the same view model as the HTML.
 * Charts are linked as `charts/<file>`; after each factor chart comes a table of the figures it shows.
 */
import { escapeMarkdownInline } from '../present/commentary.js';
import type { ViewModel } from '../present/view-model.js';
import { createLayout } from './engine.js';
import type { FixedText } from './fixed-text.js';
import type { TemplateSet } from './templates.js';

/** A `{ html, markdown }` block: already safe for both outputs, passed through untouched. */
function isMarkup(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as { html?: unknown }).html === 'string' && typeof (value as { markdown?: unknown }).markdown === 'string';
}

/** Fields that are not text: a chart's link target (URL-encoded by the view model) and its SVG. */
const NOT_TEXT = new Set(['src', 'svg']);

/**
 * A deep copy of `value` with every string Markdown-escaped for use inside a line (`|`, `*`, `<`…),
 * except the ready-made Markup blocks (commentary, descriptions, fixed text) and `src`/`svg` fields.
 */
export function markdownContext<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return escapeMarkdownInline(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      if (isMarkup(v)) return v;
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, NOT_TEXT.has(k) ? x : walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}

/** The whole report as Markdown. */
export function renderMarkdown(vm: ViewModel, fixedText: FixedText, templates: TemplateSet): string {
  const layout = createLayout(templates, 'md');
  const text = layout(markdownContext({ ...vm, fixedText }));
  // Templates may leave runs of blank lines where optional blocks are absent: keep at most one.
  return `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
