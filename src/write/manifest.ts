/**
 * The manifest a run leaves in the month folder (`.wg-report.json`): which files wg-report wrote,
 * with their SHA-256, and what they were made from. It is how a later run knows that a folder is
 * ours to replace (every file listed, unchanged) and whether a format it was not asked for may be
 * kept (same inputs, version and settings, so the folder stays one consistent report).
 */
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';

export const MANIFEST_FILE = '.wg-report.json';

export type OutputFormat = 'json' | 'md' | 'html' | 'pdf';

/** What, besides the input files, changes the bytes of a report. */
export interface ReportSettings {
  asOf: string;
  partial: boolean;
  allowGaps: boolean;
  /** SHA-256 over the `--templates` folder's files, or null for the built-ins. */
  templates: string | null;
  /** A client notice's issue date (`--date`); absent for the report. */
  date?: string;
}

export interface ManifestEntry {
  format: OutputFormat;
  sha256: string;
}

export interface Manifest {
  generator: { name: string; version: string };
  month: string;
  /** Data-folder file → SHA-256, as report.json's `inputs`. */
  inputs: Record<string, string>;
  settings: ReportSettings;
  /** Relative path (with `/`) → entry, sorted. */
  files: Record<string, ManifestEntry>;
  /**
   * The client notices in the folder (NOTICE.md), by strategy id: what each was made from. Absent
   * when there is none, so a folder holding only the report has the manifest it always had.
   */
  notices?: Record<string, NoticeProvenance>;
}

/** What a client notice's files were made from: compared as a report's are (whyNotKept). */
export type NoticeProvenance = Omit<Manifest, 'files' | 'notices'>;

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The strategy whose client notice `path` belongs to (`notice-NEXT100.pdf`, and the Markdown's chart
 * `charts/notice-NEXT100/factor-contribution-NEXT100.svg`), or undefined for any other file.
 */
export function noticeOf(path: string): string | undefined {
  return /^notice-([^/]+)\.(?:json|md|html|pdf)$/.exec(path)?.[1] ?? /^charts\/notice-([^/]+)\/[^/]+\.svg$/.exec(path)?.[1];
}

/** The format a report or notice file belongs to: charts are the Markdown's images (the HTML embeds its own). */
export function formatOf(path: string): OutputFormat | undefined {
  if (noticeOf(path) !== undefined) {
    const ext = /\.(json|md|html|pdf|svg)$/.exec(path)![1]!;
    return ext === 'svg' ? 'md' : (ext as OutputFormat);
  }
  if (path === 'report.json') return 'json';
  if (path === 'report.md' || /^charts\/[^/]+\.svg$/.test(path)) return 'md';
  if (path === 'report.html') return 'html';
  if (path === 'report.pdf') return 'pdf';
  return undefined;
}

/** Stable bytes: keys of `files` sorted, so two identical runs write identical manifests. */
export function serialiseManifest(m: Manifest): string {
  const files = Object.fromEntries(Object.entries(m.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ ...m, files }, null, 2)}\n`;
}

/** The manifest in `text`, or null when it is not one of ours (then the folder counts as foreign). */
export function parseManifest(text: string): Manifest | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  const m = v as Partial<Manifest> | null;
  if (
    m === null ||
    typeof m !== 'object' ||
    typeof m.generator?.name !== 'string' ||
    typeof m.generator.version !== 'string' ||
    typeof m.month !== 'string' ||
    typeof m.inputs !== 'object' ||
    typeof m.settings !== 'object' ||
    typeof m.files !== 'object' ||
    m.files === null
  ) {
    return null;
  }
  for (const e of Object.values(m.files)) {
    if (typeof e?.sha256 !== 'string' || !['json', 'md', 'html', 'pdf'].includes(e.format)) return null;
  }
  return m as Manifest;
}

/**
 * Why a previous report's file of a format not asked for this time cannot be kept, or null when it
 * can (same generator version, same input files, same settings).
 */
export function whyNotKept(previous: Manifest, current: Omit<Manifest, 'files'>): string | null {
  if (previous.generator.version !== current.generator.version) {
    return `it was written by wg-report ${previous.generator.version}, this is ${current.generator.version}`;
  }
  if (previous.month !== current.month) return `it is the report of ${previous.month}`;
  if (!isDeepStrictEqual(previous.inputs, current.inputs)) {
    const changed = [...new Set([...Object.keys(previous.inputs), ...Object.keys(current.inputs)])]
      .filter((f) => previous.inputs[f] !== current.inputs[f])
      .sort();
    return `the input data changed since (${changed.join(', ')})`;
  }
  if (!isDeepStrictEqual(previous.settings, current.settings)) {
    const changed = (Object.keys(current.settings) as (keyof ReportSettings)[]).filter(
      (k) => !isDeepStrictEqual(previous.settings[k], current.settings[k]),
    );
    return `it was made with other options (${changed.map(optionName).join(', ')})`;
  }
  return null;
}

function optionName(k: keyof ReportSettings): string {
  return { asOf: '--as-of', partial: '--partial', allowGaps: '--allow-gaps', templates: '--templates', date: '--date' }[k];
}
