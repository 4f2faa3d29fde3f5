/**
 * What a saved file asks the preview to redo. The data folder's files (DATA.md) and the templates
 * folder are watched; each change is classified by its path, and a burst of changes (an editor's
 * temporary file and rename, a script writing several CSVs) is merged into one plan:
 *
 * - `data`: config.json or a CSV: load, validate and compute again, then present and render;
 * - `commentary`: commentary/<month>.md: only that file is read again, then present and render
 *   (prices.csv and the rest stay in memory, and so do the computed figures);
 * - `templates`: any file under --templates: present and render only.
 *
 * Present and render run after any of them, unless what came before failed (the error is shown over
 * the last good report, which there is no reason to render again).
 *
 * Anything else (another month's commentary, README.md, editor swap files) is ignored.
 */
import { isAbsolute, relative, sep } from 'node:path';

export type ChangeKind = 'data' | 'commentary' | 'templates';

export interface Roots {
  dataDir: string;
  templatesDir?: string;
  month: string;
}

/** Editors' side files: vim's swap and its 4913 probe, backups, emacs lock and autosave files. */
const SIDE_FILE = /(?:^|\/)(?:\.[^/]*\.sw[a-p]x?|4913|[^/]*~|\.#[^/]*|#[^/]*#)$/;

function inside(root: string, file: string): string | null {
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/** The kind of a changed file (an absolute path), or null when it does not affect the month's report. */
export function classifyChange(file: string, roots: Roots): ChangeKind | null {
  if (roots.templatesDir !== undefined) {
    const rel = inside(roots.templatesDir, file);
    if (rel !== null) return SIDE_FILE.test(rel) || /(?:^|\/)\./.test(rel) ? null : 'templates';
  }
  const rel = inside(roots.dataDir, file);
  if (rel === null || SIDE_FILE.test(rel)) return null;
  if (rel === `commentary/${roots.month}.md`) return 'commentary';
  // The load stage reads config.json and the CSVs at the top of the data folder (DATA.md).
  if (rel === 'config.json' || /^[^/]+\.csv$/i.test(rel)) return 'data';
  return null;
}

/** What one burst of changes needs. */
export interface Plan {
  /** Load, validate and compute again (a CSV or config.json changed). */
  load: boolean;
  /** Read commentary/<month>.md again (a full load reads it too). */
  commentary: boolean;
  /** The templates changed: present and render again even if no data did. */
  templates: boolean;
}

export const NOTHING: Plan = { load: false, commentary: false, templates: false };

export function isEmpty(plan: Plan): boolean {
  return !plan.load && !plan.commentary && !plan.templates;
}

export function planFor(kinds: Iterable<ChangeKind | null>): Plan {
  let plan = NOTHING;
  for (const kind of kinds) {
    if (kind !== null) plan = mergePlans(plan, { load: kind === 'data', commentary: kind === 'commentary', templates: kind === 'templates' });
  }
  return plan;
}

export function mergePlans(a: Plan, b: Plan): Plan {
  return { load: a.load || b.load, commentary: a.commentary || b.commentary, templates: a.templates || b.templates };
}
