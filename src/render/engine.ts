/**
 * Handlebars environments, one per output format (`Handlebars.create()`, never the global instance),
 * compiled with `strict: true` so a template naming a missing field fails instead of printing nothing.
 *
 * HTML keeps Handlebars' HTML escaping on; only the already-sanitised commentary/fixed-text HTML and
 * the chart SVGs are printed with triple-stash. Markdown is compiled with `noEscape` because its
 * escaping is Markdown escaping, applied to every string of the context before it reaches a template
 * (see markdown.ts), so no template can forget it.
 */
import Handlebars from 'handlebars';
import { UsageError } from '../errors.js';
import type { TemplateSet } from './templates.js';

export type Format = 'html' | 'md';

type Env = ReturnType<typeof Handlebars.create>;
export type Render = (context: object, options?: Handlebars.RuntimeOptions) => string;

/** A template compiled with its path attached to every parse or render error. */
function compileFile(env: Env, templates: TemplateSet, path: string, noEscape: boolean): Render {
  const origin = templates.origins.get(path) ?? path;
  const source = templates.get(path);
  try {
    env.parse(source);
  } catch (e) {
    throw new UsageError(`template ${origin}: ${(e as Error).message}`);
  }
  const compiled = env.compile(source, { strict: true, noEscape });
  return (context, options) => {
    try {
      return compiled(context, options);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(`template ${origin}: ${(e as Error).message}`);
    }
  };
}

/** A CSS string literal: quotes and backslashes escaped, and `<` too so it can never close `<style>`. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase()} `)}"`;
}

/**
 * The layout of `format` (`<format>/layout.hbs`) with every other `<format>/**.hbs` registered as a
 * partial named by its path without the extension (`sections/courses`, `table`), and for HTML the
 * stylesheet `html/style.css` as the partial `style`.
 */
export function createLayout(templates: TemplateSet, format: Format): Render {
  const env = Handlebars.create();
  const noEscape = format === 'md';
  const prefix = `${format}/`;
  for (const path of templates.files.keys()) {
    if (!path.startsWith(prefix) || path === `${prefix}layout.hbs`) continue;
    const name = /^(.+)\.(?:hbs|css)$/.exec(path.slice(prefix.length))?.[1];
    if (name !== undefined) env.registerPartial(name, compileFile(env, templates, path, noEscape));
  }
  if (format === 'html') {
    env.registerHelper('cssString', (text: unknown) => new env.SafeString(cssString(String(text))));
  }
  return compileFile(env, templates, `${prefix}layout.hbs`, noEscape);
}

/** A fixed-text template (`text/*.hbs`): Handlebars producing Markdown, over a Markdown-escaped context. */
export function createTextTemplate(templates: TemplateSet, path: string): Render {
  return compileFile(Handlebars.create(), templates, path, true);
}
