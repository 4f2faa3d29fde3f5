import { readFileSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadDatasets } from './load/dataset.js';
import { asOfProblem } from './compute/calendar.js';
import { computeReport } from './compute/report.js';
import { figureWarnings } from './present/warnings.js';
import { UsageError } from './errors.js';
import { renderJson } from './render/json.js';
import { templatesFingerprint } from './render/templates.js';
import { formatOf, whyNotKept, type Manifest } from './write/manifest.js';
import { checkNotData, claimMonthFolder, displayPath, probeOutDir, type PreviousReport } from './write/out-folder.js';
import { Staging } from './write/staging.js';
import { join } from 'node:path';
import type { ComputeResult, Dataset, IsoDate, Month } from './types.js';

export type Format = 'json' | 'md' | 'html' | 'pdf';
export const FORMATS: readonly Format[] = ['json', 'md', 'html', 'pdf'];

/**
 * Where progress lines and warnings go; the CLI decides whether and how to show them, and translates
 * them (src/messages.ts): they are English here, like every message.
 */
export interface Reporter {
  step(message: string): void;
  warn(message: string): void;
}

export interface RunOptions {
  month: Month;
  dataDir: string;
  outDir: string;
  formats: ReadonlySet<Format>;
  asOf?: IsoDate;
  partial: boolean;
  allowGaps: boolean;
  templatesDir?: string;
  chromiumPath?: string;
  /** Date written into the PDF's metadata (SOURCE_DATE_EPOCH or --as-of); now when absent. */
  pdfDate?: Date;
  timeoutMs?: number;
  /** Replace a month folder holding files wg-report did not write (or write inside the data folder). */
  force?: boolean;
  /** render --strict: an --as-of outside [end, last data date] and the bundled sample are usage errors, not warnings. */
  strict?: boolean;
  reporter: Reporter;
}

/** The bundled synthetic sample, used when --data is not given. */
export const SAMPLE_DATA_DIR = fileURLToPath(new URL('../fixtures/sample/', import.meta.url));

/**
 * The data folder is the bundled sample: the same folder once symlinks are resolved. A copy is not
 * (it may have been edited into real data); see DECISIONS.md.
 */
export async function isSampleData(dataDir: string): Promise<boolean> {
  try {
    return (await realpath(dataDir)) === (await realpath(SAMPLE_DATA_DIR));
  } catch {
    return false; // a folder that does not exist is the loader's error to report
  }
}

export const SAMPLE_WARNING =
  `the data is the bundled synthetic sample (${SAMPLE_DATA_DIR.replace(/\/$/, '')}), not a client's: ` +
  'every page, report.md, report.html and report.json are marked サンプル（架空データ）; give --data <folder> for a real report';

export const GENERATOR: { name: string; version: string } = (() => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
})();

export interface Analysis {
  dataset: Dataset;
  result: ComputeResult;
}

/** Several months from one load (a batch): `month` of RunOptions becomes a list. */
export type BatchOptions = Omit<RunOptions, 'month'> & { months: readonly Month[] };

/** load → compute (and present's warnings); nothing is written. Warnings are in `result.report.warnings`. */
export async function analyse(options: Omit<RunOptions, 'outDir' | 'formats'>): Promise<Analysis> {
  const analyses = await analyseMonths({ ...options, months: [options.month] });
  return analyses.get(options.month)!;
}

/**
 * One load, then every month computed from it (each exactly as a single-month run would). A month the
 * data cannot answer fails the whole batch before anything is written.
 */
export async function analyseMonths(options: Omit<BatchOptions, 'outDir' | 'formats'>): Promise<Map<Month, Analysis>> {
  const { reporter, months } = options;
  const batch = months.length > 1;
  reporter.step(`loading ${options.dataDir}`);
  const datasets = await loadDatasets(options.dataDir, months, options.allowGaps);
  const sample = await isSampleData(options.dataDir);
  const out = new Map<Month, Analysis>();
  for (const month of months) {
    reporter.step(batch ? `computing ${month}` : 'computing');
    const dataset = datasets.get(month)!;
    const lastDate = dataset.calendar.at(-1) ?? '';
    const asOf = options.asOf ?? lastDate;
    const result = computeReport(dataset, { month, asOf, partial: options.partial, sample, generator: GENERATOR });
    // Present's words for what the figures show (compliance breaches, …): warnings of every run, validate's too.
    result.report.warnings.push(...figureWarnings(result.report, dataset.securities));
    const problem = options.asOf === undefined ? null : asOfProblem(options.asOf, result.report.end, lastDate);
    if (problem !== null) {
      if (options.strict === true) throw new UsageError(`${batch ? `${month}: ` : ''}${problem} (an error under --strict)`);
      result.report.warnings.push(problem);
    }
    for (const w of result.report.warnings) reporter.warn(batch ? `${month}: ${w}` : w);
    out.set(month, { dataset, result });
  }
  return out;
}

/** The whole run for one month: see generateReports. */
export async function generateReport(options: RunOptions): Promise<{ dir: string } & Analysis> {
  const [one] = await generateReports({ ...options, months: [options.month] });
  return one!;
}

/**
 * The whole run, stage by stage: check the output folders; load once (load/, which also checks every
 * DATA.md rule); compute every month (compute/: ComputeResult); present it (present/: view model,
 * charts, warnings); render every requested format from that (render/: bytes; a batch prints with one
 * Chromium); stage the files, keep or drop each previous report's other formats, then move every
 * month folder into place, only when all of them have succeeded (write/).
 */
export async function generateReports(options: BatchOptions): Promise<({ dir: string } & Analysis)[]> {
  const { reporter, months } = options;
  const force = options.force === true;
  const batch = months.length > 1;
  const say = (month: Month, w: string) => reporter.warn(batch ? `${month}: ${w}` : w);
  // Said first, before any other line: a report from the sample must never pass for a client's.
  const sample = await isSampleData(options.dataDir);
  if (sample) {
    if (options.strict === true) {
      throw new UsageError(`--strict: no --data given, or it is the bundled synthetic sample (${SAMPLE_DATA_DIR.replace(/\/$/, '')}); give --data <folder>`);
    }
    reporter.warn(SAMPLE_WARNING);
  }
  // Before loading: a run that cannot write, or may not replace what is there, fails in a moment.
  await probeOutDir(options.outDir);
  for (const month of months) {
    const target = join(options.outDir, month);
    await checkNotData(target, options.dataDir, force);
    await claimMonthFolder(target, force, () => undefined);
  }

  const others = new Set([...options.formats].filter((f) => f !== 'json'));
  // A batch prints every month's PDF with one Chromium, started while the data loads.
  const printer =
    batch && others.has('pdf')
      ? new (await import('./render/pdf.js')).PdfPrinter({ chromiumPath: options.chromiumPath, timeoutMs: options.timeoutMs })
      : undefined;
  printer?.warm();
  const stagings: Staging[] = [];
  try {
    const analyses = await analyseMonths(options);
    // Loaded only when needed, and only once the data is good: ECharts, Handlebars and puppeteer-core
    // double the start-up of `validate` and of a run that fails in load.
    const [present, render] = others.size > 0 ? await Promise.all([import('./present/index.js'), import('./render/index.js')]) : [];
    const staged: { month: Month; analysis: Analysis; staging: Staging; header: Omit<Manifest, 'files'> }[] = [];
    for (const [k, month] of months.entries()) {
      if (batch) reporter.step(`${k + 1}/${months.length} ${month}`);
      const analysis = analyses.get(month)!;
      const { dataset, result } = analysis;
      if (sample) result.report.warnings.unshift(SAMPLE_WARNING);
      const staging = await Staging.create(options.outDir, month);
      stagings.push(staging);
      const warn = (m: string) => {
        result.report.warnings.push(m);
        say(month, m);
      };
      if (present !== undefined && render !== undefined) {
        // The templates first: their warnings come before present's, as they always have.
        const templates = await render.loadTemplates(options.templatesDir, warn);
        const presented = present.presentReport(result, dataset);
        for (const w of presented.warnings) warn(w);
        const files = await render.renderReport(presented, {
          formats: others,
          templates,
          chromiumPath: options.chromiumPath,
          fixedDate: options.pdfDate,
          timeoutMs: options.timeoutMs,
          printer,
          warn,
          onStep: (s) => reporter.step(`rendering ${s}`),
        });
        for (const f of files) await staging.write(f.path, f.data);
      }
      const header: Omit<Manifest, 'files'> = {
        generator: { ...GENERATOR },
        month,
        inputs: { ...result.report.inputs },
        settings: {
          asOf: result.report.asOf,
          partial: result.report.partial,
          allowGaps: options.allowGaps,
          templates: await templatesFingerprint(options.templatesDir),
        },
      };
      staged.push({ month, analysis, staging, header });
    }
    for (const { month, analysis, staging, header } of staged) {
      const { result } = analysis;
      const target = join(options.outDir, month);
      // Checked again now, not only before loading: a file may have been put there while we rendered.
      const previous = await claimMonthFolder(target, force, (m) => {
        result.report.warnings.push(m);
        say(month, m);
      });
      const dropped = await keepOtherFormats(previous, header, options.formats, staging);
      for (const m of dropped) {
        result.report.warnings.push(m);
        say(month, m);
      }
      // Last, so that warnings raised while rendering (blocked requests) are in it too.
      if (options.formats.has('json')) await staging.write('report.json', renderJson(result.report));
      await staging.writeManifest(header);
    }
    reporter.step(batch ? 'moving the reports into place' : 'moving the report into place');
    // Synchronous, one after the other: no signal can land between two months' swaps.
    return staged.map(({ staging, analysis }) => ({ dir: staging.commit(), ...analysis }));
  } catch (e) {
    for (const s of stagings) await s.discard();
    throw e;
  } finally {
    await printer?.close();
  }
}

/**
 * A rerun with fewer formats keeps the previous report's other files when they were made from the
 * same inputs, version and settings (the folder stays one consistent report); otherwise they go,
 * each named in a warning with the reason. Returns those warnings.
 */
async function keepOtherFormats(
  previous: PreviousReport | null,
  header: Omit<Manifest, 'files'>,
  formats: ReadonlySet<Format>,
  staging: Staging,
): Promise<string[]> {
  if (previous === null) return [];
  const warnings: string[] = [];
  const why = previous.manifest === null ? 'it was written by an earlier wg-report without a manifest' : whyNotKept(previous.manifest, header);
  for (const path of previous.files) {
    const entry = previous.manifest?.files[path];
    // A report of before manifests is known by its file names alone.
    const format = entry?.format ?? formatOf(path);
    if (format === undefined || formats.has(format)) continue;
    if (why === null && entry !== undefined) await staging.keep(previous.dir, path, entry);
    else warnings.push(`${displayPath(join(previous.dir, path))} removed: not asked for this run, and ${why ?? 'it cannot be matched'}`);
  }
  return warnings;
}
