/**
 * report.md: GitHub-flavoured Markdown from templates/md/ over the same view model as the HTML.
 * Charts are linked as `charts/<file>`; after each factor chart comes a table of the figures it shows.
 */
import type { NoticeViewModel } from '../present/notice-view-model.js';
import type { ViewModel } from '../present/view-model.js';
import { createLayout } from './engine.js';
import type { FixedText } from './fixed-text.js';
import { markdownContext } from './markdown-context.js';
import type { TemplateSet } from './templates.js';

/** The whole report (or, with `layout` `notice`, the client notice) as Markdown. */
export function renderMarkdown(
  vm: ViewModel | NoticeViewModel,
  fixedText: FixedText,
  templates: TemplateSet,
  which: 'layout' | 'notice' = 'layout',
): string {
  const layout = createLayout(templates, 'md', which);
  const text = layout(markdownContext({ ...vm, fixedText }));
  // Templates may leave runs of blank lines where optional blocks are absent: keep at most one.
  return `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
