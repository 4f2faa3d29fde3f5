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
import { closest } from '../suggest.js';
import type { TemplateSet } from './templates.js';

export type Format = 'html' | 'md';

type Env = ReturnType<typeof Handlebars.create>;
export type Render = (context: object, options?: Handlebars.RuntimeOptions) => string;

type Node = hbs.AST.Node & { path?: { original?: string; loc?: hbs.AST.SourceLocation }; params?: unknown[]; hash?: unknown };

/** Whether the `name` found at line:column (Handlebars' 0-based column) is called with arguments or as a block: a helper. */
function calledAsHelper(env: Env, source: string, line: number, column: number): boolean {
  let helper = false;
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    const node = value as Node;
    const at = node.path?.loc?.start;
    if (at?.line === line && at.column === column && /Statement|SubExpression/.test(node.type ?? '')) {
      helper ||= node.type === 'BlockStatement' || node.type === 'SubExpression' || (node.params?.length ?? 0) > 0 || node.hash !== undefined;
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'loc') visit(v);
  };
  try {
    visit(env.parse(source));
  } catch {
    // unparsable: not a lookup error
  }
  return helper;
}

/**
 * Handlebars' messages (`"undefinedHelper" not defined in [object Object] - 1:2`, `The partial x
 * could not be found`, `Parse error on line 3: …`) as `template <file>, line L, column C: <what>`.
 */
export function describeTemplateError(env: Env, origin: string, source: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const where = (line: number, column?: number) => `template ${origin}, line ${line}${column === undefined ? '' : `, column ${column + 1}`}`;
  const lookup = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/s.exec(message);
  if (lookup) {
    const [, name, l, c] = lookup;
    const line = Number(l);
    const column = Number(c);
    if (calledAsHelper(env, source, line, column)) {
      const helpers = Object.keys(env.helpers).filter((h) => !['helperMissing', 'blockHelperMissing'].includes(h));
      return `${where(line, column)}: unknown helper "${name}" (the helpers are ${helpers.join(', ')})`;
    }
    return `${where(line, column)}: unknown field "${name}" (not in the data this template is given)`;
  }
  const partial = /^The partial (.+) could not be found$/.exec(message);
  if (partial) {
    const name = partial[1]!;
    const at = source.split('\n').findIndex((l) => new RegExp(`\\{\\{~?#?>\\s*${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`).test(l));
    const near = closest(name, Object.keys(env.partials));
    return `${at < 0 ? `template ${origin}` : where(at + 1)}: unknown partial "${name}"${near === null ? '' : ` (did you mean ${near}?)`}`;
  }
  const parse = /^Parse error on line (\d+):\n([\s\S]*)$/.exec(message);
  if (parse) {
    // `…source excerpt\n-----^\nExpecting 'X', got 'EOF'`: the expectation first, then the excerpt.
    const lines = parse[2]!.split('\n');
    const expecting = lines.pop();
    return `${where(Number(parse[1]))}: parse error: ${expecting}\n${lines.map((l) => `  ${l}`).join('\n')}`;
  }
  const located = /^(.*) - (\d+):(\d+)$/s.exec(message);
  if (located) return `${where(Number(located[2]), Number(located[3]))}: ${located[1]}`;
  return `template ${origin}: ${message}`;
}

/** A template compiled with its path, line and column attached to every parse or render error. */
function compileFile(env: Env, templates: TemplateSet, path: string, noEscape: boolean): Render {
  const origin = templates.origins.get(path) ?? path;
  const source = templates.get(path);
  try {
    env.parse(source);
  } catch (e) {
    throw new UsageError(describeTemplateError(env, origin, source, e));
  }
  const compiled = env.compile(source, { strict: true, noEscape });
  return (context, options) => {
    try {
      return compiled(context, options);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(describeTemplateError(env, origin, source, e));
    }
  };
}

/** A CSS string literal: quotes and backslashes escaped, and `<` too so it can never close `<style>`. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase()} `)}"`;
}

/** The layouts: the monthly report's and the client notice's. */
const LAYOUTS = ['layout', 'notice'] as const;

/**
 * The layout of `format` (`<format>/<layout>.hbs`: `layout` for the report, `notice` for the client
 * notice) with every other `<format>/**.hbs` registered as a partial named by its path without the
 * extension (`sections/courses`, `table`), and for HTML the stylesheet `html/style.css` as the
 * partial `style`.
 */
export function createLayout(templates: TemplateSet, format: Format, layout: (typeof LAYOUTS)[number] = 'layout'): Render {
  return cached(templates, `layout:${format}/${layout}`, () => compileLayout(templates, format, layout));
}

/**
 * Compiled templates by template set: a batch renders every month with the same set, and compiling
 * (Handlebars' parse and code generation) costs more than rendering. A compiled template is a pure
 * function of its context, so the bytes are those of a fresh compile.
 */
const compiledBySet = new WeakMap<TemplateSet, Map<string, Render>>();

function cached(templates: TemplateSet, key: string, compile: () => Render): Render {
  let compiled = compiledBySet.get(templates);
  if (compiled === undefined) {
    compiled = new Map();
    compiledBySet.set(templates, compiled);
  }
  let render = compiled.get(key);
  if (render === undefined) {
    render = compile();
    compiled.set(key, render);
  }
  return render;
}

function compileLayout(templates: TemplateSet, format: Format, layout: (typeof LAYOUTS)[number]): Render {
  const env = Handlebars.create();
  const noEscape = format === 'md';
  const prefix = `${format}/`;
  const main = `${prefix}${layout}.hbs`;
  for (const path of templates.files.keys()) {
    // The two documents' layouts are not partials of each other.
    if (!path.startsWith(prefix) || LAYOUTS.some((l) => path === `${prefix}${l}.hbs`)) continue;
    const name = /^(.+)\.(?:hbs|css)$/.exec(path.slice(prefix.length))?.[1];
    if (name !== undefined) env.registerPartial(name, compileFile(env, templates, path, noEscape));
  }
  if (format === 'html') {
    env.registerHelper('cssString', (text: unknown) => new env.SafeString(cssString(String(text))));
  }
  return compileFile(env, templates, main, noEscape);
}

/** A fixed-text template (`text/*.hbs`): Handlebars producing Markdown, over a Markdown-escaped context. */
export function createTextTemplate(templates: TemplateSet, path: string): Render {
  return cached(templates, `text:${path}`, () => compileFile(Handlebars.create(), templates, path, true));
}
