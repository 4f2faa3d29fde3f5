/**
 * Analyst commentary (DATA.md "commentary/<YYYY-MM>.md"): inline Markdown and paragraphs only.
 * Raw HTML is escaped, never passed through; links are shown as their text, images as their alt
 * text, so nothing in the commentary can add a tag, a script or a network request to the report.
 *
 * Each block comes out twice from one parse: safe HTML for the HTML/PDF and safe Markdown for
 * report.md (the analysts' Markdown re-emitted, with anything that could be HTML escaped).
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

/** A block of text ready for both outputs: `html` is already escaped; `markdown` is already safe. */
export interface Markup {
  html: string;
  markdown: string;
}

/** Paragraphs and inline Markdown only: no headings, lists, quotes, tables, code blocks or raw HTML. */
const inlineOnly = new MarkdownIt('zero', { html: false, linkify: false, typographer: false, breaks: true }).enable([
  'emphasis',
  'strikethrough',
  'backticks',
  'escape',
  'entity',
  'newline',
  'link',
  'image',
  'autolink',
]);

// Links keep their text but lose the anchor; images become their alt text.
inlineOnly.renderer.rules.link_open = () => '';
inlineOnly.renderer.rules.link_close = () => '';
inlineOnly.renderer.rules.image = (tokens, idx, options, env, self) =>
  inlineOnly.utils.escapeHtml(self.renderInlineAsText(tokens[idx]?.children ?? [], options, env));

/** ASCII punctuation that can start Markdown inline syntax or HTML. */
const INLINE_SPECIALS = /[\\`*_[\]<>|~]/g;
/** What makes a line a heading, list item, setext underline or ordered-list item in Markdown. */
const LINE_START_SPECIAL = /^([ \t]*)([#+=-]|\d+(?=[.)]))/;

/**
 * Escapes text so that Markdown shows it literally: every character that could open inline syntax or
 * raw HTML (`|` in table cells included) gets a backslash, `&` before an entity-like run too, and a
 * line that would start a heading or a list is defused.
 */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownInline(text).split('\n').map(escapeLineStart).join('\n');
}

/**
 * Escapes text placed inside a line of Markdown (a table cell, a heading after `### `, a sentence in
 * a paragraph): inline syntax, raw HTML, `|` and entities, but not line-start markers, so `-2.27%`
 * stays as it is.
 */
export function escapeMarkdownInline(text: string): string {
  return text.replace(INLINE_SPECIALS, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

function escapeLineStart(line: string): string {
  return line.replace(LINE_START_SPECIAL, (_m, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
  );
}

function escapeHtml(text: string): string {
  return inlineOnly.utils.escapeHtml(text);
}

/**
 * Inline tokens back to Markdown: emphasis and code kept, links as text, images as alt text. Text is
 * escaped inline; the caller defuses line starts once the paragraph is assembled.
 */
function inlineToMarkdown(tokens: readonly Token[]): string {
  let out = '';
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
        out += escapeMarkdownInline(t.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        out += '\n';
        break;
      case 'em_open':
      case 'em_close':
      case 'strong_open':
      case 'strong_close':
      case 's_open':
      case 's_close':
        out += t.markup;
        break;
      case 'code_inline':
        out += codeSpan(t.content);
        break;
      case 'image':
        out += inlineToMarkdown(t.children ?? []);
        break;
      case 'link_open':
      case 'link_close':
        break;
      default:
        // Anything else (none is enabled) is shown as its source text, escaped.
        out += escapeMarkdownInline(t.content);
    }
  }
  return out;
}

/** A code span whose fence is longer than any backtick run inside it. */
function codeSpan(content: string): string {
  const longest = Math.max(0, ...Array.from(content.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * Analyst Markdown → safe HTML paragraphs and safe Markdown paragraphs. Blank or whitespace-only
 * input gives null (DATA.md: a section without text is left out).
 */
export function renderCommentary(source: string | undefined | null): Markup | null {
  if (source === undefined || source === null || source.trim() === '') return null;
  const tokens = inlineOnly.parse(source, {});
  const html = inlineOnly.renderer.render(tokens, inlineOnly.options, {}).trim();
  const paragraphs: string[] = [];
  for (const t of tokens) {
    if (t.type === 'inline') paragraphs.push(inlineToMarkdown(t.children ?? []).split('\n').map(escapeLineStart).join('\n'));
  }
  return { html, markdown: paragraphs.join('\n\n') };
}

/**
 * Plain text (a security's description; may hold newlines) → paragraphs, every character literal.
 * Lines of one paragraph are kept as line breaks.
 */
export function renderPlainText(text: string | undefined | null): Markup | null {
  if (text === undefined || text === null || text.trim() === '') return null;
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((l) => l.trim()).filter((l) => l !== ''))
    .filter((lines) => lines.length > 0);
  return {
    html: paragraphs.map((lines) => `<p>${lines.map(escapeHtml).join('<br>\n')}</p>`).join('\n'),
    markdown: paragraphs.map((lines) => lines.map(escapeMarkdown).join('\n')).join('\n\n'),
  };
}
