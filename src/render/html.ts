/**
 * report.html: one self-contained file (stylesheet inline, charts as inline SVG, no external request),
 * `<html lang="ja">` with the report title in `<title>`. The PDF is printed from this same HTML.
 */
import type { ViewModel } from '../present/view-model.js';
import { createLayout } from './engine.js';
import type { FixedText } from './fixed-text.js';
import type { TemplateSet } from './templates.js';

/** The whole report as one HTML document. */
export function renderHtml(vm: ViewModel, fixedText: FixedText, templates: TemplateSet): string {
  return createLayout(templates, 'html')({ ...vm, fixedText });
}
