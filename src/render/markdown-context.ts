/**
 * Markdown escaping of a template context: what report.md and the fixed text share. Its own module so
 * that markdown.ts (which takes the rendered fixed text) and fixed-text.ts (which renders it) do not
 * import each other.
 */
import { escapeMarkdownInline } from '../present/commentary.js';

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
