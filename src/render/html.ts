/**
 * report.html: one self-contained file (stylesheet inline, charts as inline SVG, no external request),
 * `<html lang="ja">` with the report title in `<title>`. The PDF is printed from this same HTML.
 */
import type { NoticeViewModel } from '../present/notice-view-model.js';
import type { ViewModel } from '../present/view-model.js';
import { createLayout } from './engine.js';
import type { FixedText } from './fixed-text.js';
import type { TemplateSet } from './templates.js';

/**
 * Allows no network request of any kind when report.html is opened: only the inline stylesheet
 * (and style attributes), data: images and fonts. Scripts are not allowed either.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;

/**
 * The policy as the first thing in <head>, whatever the layout (an override included): a meta policy
 * only governs what comes after it, and one a layout adds itself can only narrow it further.
 */
export function withContentSecurityPolicy(html: string): string {
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (head) return `${html.slice(0, head.index + head[0].length)}\n${CSP_META}${html.slice(head.index + head[0].length)}`;
  // No <head>: before anything but the doctype; the parser puts a leading <meta> into the implied head.
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return `${html.slice(0, at)}\n${CSP_META}${html.slice(at)}`;
}

/** The whole report (or, with `layout` `notice`, the client notice) as one HTML document. */
export function renderHtml(
  vm: ViewModel | NoticeViewModel,
  fixedText: FixedText,
  templates: TemplateSet,
  layout: 'layout' | 'notice' = 'layout',
): string {
  return withContentSecurityPolicy(createLayout(templates, 'html', layout)({ ...vm, fixedText }));
}
