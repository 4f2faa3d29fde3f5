import { readFileSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadDatasets } from './load/dataset.js';
import { asOfProblem } from './compute/calendar.js';
import { computeReport } from './compute/report.js';
import { figureWarnings } from './present/warnings.js';
import { computeNotice, requireNoticeStrategy } from './compute/notice.js';
import { NOTICE_TRIGGER_MARK } from './present/notice-trigger.js';
import { commentaryFile } from './load/commentary.js';
import { loadNoticeCommentary, noticeCommentaryFile, type LoadedNoticeCommentary } from './load/notice-commentary.js';
// The notice's view model loads markdown-it: imported where a notice is made, off the path of a report.
import type { NoticeViewModel } from './present/notice-view-model.js';
import { closest } from './suggest.js';
import { UsageError } from './errors.js';
import { renderJson, renderNoticeJson } from './render/json.js';
import { templatesFingerprint } from './render/templates.js';
import { formatOf, noticeOf, sha256, whyNotKept, type Manifest, type NoticeProvenance } from './write/manifest.js';
import { checkNotData, claimMonthFolder, displayPath, probeOutDir, type PreviousReport } from './write/out-folder.js';
import { Staging } from './write/staging.js';
import type { PdfPrinter } from './render/pdf.js';
import { join } from 'node:path';
import type { ComputeResult, Dataset, IsoDate, Month, NoticeModel } from './types.js';

export type Format = 'json' | 'md' | 'html' | 'pdf';
export const FORMATS: readonly Format[] = ['json', 'md', 'html', 'pdf'];

/**
 * Where progress lines and warnings go; the CLI decides whether and how to show them, and translates
 * them (src/messages.ts): they are English here, like every message.
 */
export interface Reporter {
  step(message: string): void;
  warn(message: string): void;
  /** A stage has ended (WG_REPORT_TIMINGS=1: the CLI prints its time on stderr; otherwise absent). */
  time?(stage: string): void;
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
  reporter.time?.('load');
  const sample = await isSampleData(options.dataDir);
  const out = new Map<Month, Analysis>();
  for (const month of months) {
    reporter.step(batch ? `computing ${month}` : 'computing');
    const dataset = datasets.get(month)!;
    const lastDate = dataset.calendar.at(-1) ?? '';
    const asOf = options.asOf ?? lastDate;
    const result = computeReport(dataset, { month, asOf, partial: options.partial, sample, generator: GENERATOR });
    // Present's words for what the figures show (compliance breaches, …): warnings of every run, validate's too.
    result.report.warnings.push(...figureWarnings(result.report, dataset.securities, dataset.config));
    const problem = options.asOf === undefined ? null : asOfProblem(options.asOf, result.report.end, lastDate);
    if (problem !== null) {
      if (options.strict === true) throw new UsageError(`${batch ? `${month}: ` : ''}${problem} (an error under --strict)`);
      result.report.warnings.push(problem);
    }
    for (const w of result.report.warnings) reporter.warn(batch ? `${month}: ${w}` : w);
    out.set(month, { dataset, result });
  }
  reporter.time?.('compute');
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
  const time = (stage: string) => reporter.time?.(stage);
  time('start');
  // Chromium first, before anything else: it starts while the data loads and computes (one for the
  // whole batch), with the first page opened ahead of the first print.
  const printer = options.formats.has('pdf')
    ? new (await import('./render/pdf.js')).PdfPrinter({ chromiumPath: options.chromiumPath, timeoutMs: options.timeoutMs, prints: months.length })
    : undefined;
  printer?.warm();
  if (printer) time('Chromium starting');
  try {
    return await writeReports(options, printer);
  } finally {
    // Every way out (a bad month, a usage error, a renderer failure, success) ends Chromium.
    await printer?.close();
    if (printer) time('Chromium closed');
  }
}

/**
 * How many PDFs print at once in a batch, each on its own page, while the next month is prepared.
 * Two, on the two-core machine: twelve months took about 0.9 × the time of one page at a time
 * (paired runs; docs/performance.md).
 */
const PRINTS_AT_ONCE = 2;

async function writeReports(options: BatchOptions, printer: PdfPrinter | undefined): Promise<({ dir: string } & Analysis)[]> {
  const { reporter, months } = options;
  const time = (stage: string) => reporter.time?.(stage);
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
  const stagings: Staging[] = [];
  /** Prints started and not yet waited for (each stages its report.pdf). */
  const printing: Promise<void>[] = [];
  try {
    const analyses = await analyseMonths(options);
    // Loaded only when needed, and only once the data is good: ECharts, Handlebars and puppeteer-core
    // double the start-up of `validate` and of a run that fails in load.
    const [present, render] = others.size > 0 ? await Promise.all([import('./present/index.js'), import('./render/index.js')]) : [];
    if (present !== undefined) time('present and render imported');
    // Once for every month: the same templates (their warnings go to each month's report), the same fingerprint.
    const templateWarnings: string[] = [];
    const templates = render === undefined ? undefined : await render.loadTemplates(options.templatesDir, (w) => templateWarnings.push(w));
    const fingerprint = await templatesFingerprint(options.templatesDir);
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
      if (present !== undefined && render !== undefined && templates !== undefined) {
        // The templates first: their warnings come before present's, as they always have.
        for (const w of templateWarnings) warn(w);
        const presented = present.presentReport(result, dataset);
        time(batch ? `${month}: present` : 'present');
        for (const w of presented.warnings) warn(w);
        const { files, print } = render.prepareReport(presented, {
          formats: others,
          templates,
          chromiumPath: options.chromiumPath,
          fixedDate: options.pdfDate,
          timeoutMs: options.timeoutMs,
          printer,
          warn,
          onStep: (s) => reporter.step(`rendering ${s}`),
        });
        time(batch ? `${month}: Markdown and HTML` : 'Markdown and HTML');
        for (const f of files) await staging.write(f.path, f.data);
        if (print !== null) {
          // Month k prints while month k+1 is presented and rendered.
          while (printing.length >= PRINTS_AT_ONCE) await printing.shift();
          const done = print().then(async (f) => {
            time(batch ? `${month}: PDF printed` : 'PDF printed');
            await staging.write(f.path, f.data);
          });
          done.catch(() => undefined);
          printing.push(done);
        }
      }
      const header: Omit<Manifest, 'files'> = {
        generator: { ...GENERATOR },
        month,
        inputs: { ...result.report.inputs },
        settings: {
          asOf: result.report.asOf,
          partial: result.report.partial,
          allowGaps: options.allowGaps,
          templates: fingerprint,
        },
      };
      staged.push({ month, analysis, staging, header });
    }
    while (printing.length > 0) await printing.shift();
    // Every PDF is in: Chromium ends while the reports are moved into place.
    const closing = printer?.close();
    closing?.catch(() => undefined);
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
    const written = staged.map(({ staging, analysis }) => ({ dir: staging.commit(), ...analysis }));
    time(batch ? 'reports in place' : 'report in place');
    return written;
  } catch (e) {
    // A print still running writes into its staging folder: let it end before the folders go.
    await Promise.allSettled(printing);
    for (const s of stagings) await s.discard();
    throw e;
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
    // A client notice is another document (NOTICE.md): the report's run keeps it as it is.
    if (noticeOf(path) !== undefined) {
      await staging.keep(previous.dir, path, entry ?? { format: formatOf(path)!, sha256: sha256(await readFile(join(previous.dir, path))) });
      continue;
    }
    // A report of before manifests is known by its file names alone.
    const format = entry?.format ?? formatOf(path);
    if (format === undefined || formats.has(format)) continue;
    if (why === null && entry !== undefined) await staging.keep(previous.dir, path, entry);
    else warnings.push(`${displayPath(join(previous.dir, path))} removed: not asked for this run, and ${why ?? 'it cannot be matched'}`);
  }
  // The kept notices' provenance stays in the manifest (absent when there is none, as before notices).
  const notices = previous.manifest?.notices;
  if (notices !== undefined && Object.keys(notices).length > 0) header.notices = { ...notices };
  return warnings;
}

// ---------------------------------------------------------------- the client notice (NOTICE.md)

export interface NoticeRunOptions extends RunOptions {
  strategy: string;
  /** --date: the issue date; asOf when absent. */
  date?: IsoDate;
}

const NOTICE_SAMPLE_WARNING =
  `the data is the bundled synthetic sample (${SAMPLE_DATA_DIR.replace(/\/$/, '')}), not a client's: ` +
  "every page of the notice, its Markdown, HTML and JSON are marked サンプル（架空データ）; give --data <folder> for a real client's notice";

export interface NoticeAnalysis extends Analysis {
  notice: NoticeModel;
  commentary: LoadedNoticeCommentary;
  /** Its warnings before rendering: the data's, the commentary's and the view model's (also in notice.warnings). */
  vm: NoticeViewModel;
}

/**
 * load → compute → the notice's figures and view model (no chart, nothing written): what
 * `validate --notice` checks and `notice` renders. Warnings go to notice.warnings and the reporter.
 * @throws UsageError for a strategy that is not configured.
 */
export async function analyseNotice(
  options: Omit<NoticeRunOptions, 'outDir' | 'formats'>,
  sample: boolean,
  withChart: boolean,
): Promise<NoticeAnalysis> {
  const { reporter, month } = options;
  // The month's own warnings that concern the report only (its commentary, the trigger) are not the notice's.
  const quiet: Reporter = { step: reporter.step, warn: () => undefined };
  const analysis = await analyse({ ...options, reporter: quiet });
  const { dataset, result } = analysis;
  const { config } = dataset;
  const strategy = requireNoticeStrategy(config, options.strategy, closest);
  const ids = config.strategies.map((s) => s.id);
  const commentary = await loadNoticeCommentary(options.dataDir, month, strategy.id, ids);
  const monthCommentary = commentaryFile(month);
  const reportOnly = (w: string) => w.startsWith(monthCommentary) || w.includes(NOTICE_TRIGGER_MARK);
  const inputs = Object.fromEntries(
    Object.entries({ ...result.report.inputs, ...commentary.inputs })
      .filter(([f]) => f !== monthCommentary)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const notice = computeNotice(dataset, result, { strategy: strategy.id, date: options.date, partial: options.partial, inputs });
  const file = noticeCommentaryFile(month, strategy.id);
  // Loaded only when drawn: ECharts doubles the start-up of `validate`.
  const chart = withChart
    ? (await import('./present/charts.js')).factorContributionChart(result.report.strategies.find((s) => s.id === strategy.id)!, month)
    : null;
  const { buildNoticeViewModel, noticePaths } = await import('./present/notice-view-model.js');
  const vm = buildNoticeViewModel({
    notice,
    report: result.report,
    config,
    commentary: commentary.commentary,
    commentaryFile: file,
    chart,
    chartDir: noticePaths(strategy.id).chartDir,
  });
  const warnings = [
    ...(sample ? [NOTICE_SAMPLE_WARNING] : []),
    ...result.report.warnings.filter((w) => !reportOnly(w)),
    ...commentary.warnings,
    ...vm.warnings,
  ];
  if (options.date !== undefined && options.date < result.report.end) {
    warnings.push(`--date ${options.date} is before the end of ${month} (${result.report.end}): the notice is dated before the month it reports on`);
  }
  for (const w of warnings) reporter.warn(w);
  notice.warnings.push(...warnings);
  return { ...analysis, notice, commentary, vm };
}

/**
 * `wg-report notice`: writes `<out>/<month>/notice-<id>.{json,md,html,pdf}` (+ its chart) into the
 * month folder through the same staging as the report: the folder is rebuilt beside the old one with
 * every other file of it (the report, other notices) copied unchanged, and swapped in only when all
 * has succeeded. Returns the month folder and the files of this notice.
 */
export async function generateNotice(options: NoticeRunOptions): Promise<{ dir: string; files: string[] } & NoticeAnalysis> {
  const { reporter, month } = options;
  const force = options.force === true;
  const sample = await isSampleData(options.dataDir);
  if (sample && options.strict === true) {
    throw new UsageError(`--strict: no --data given, or it is the bundled synthetic sample (${SAMPLE_DATA_DIR.replace(/\/$/, '')}); give --data <folder>`);
  }
  await probeOutDir(options.outDir);
  const target = join(options.outDir, month);
  await checkNotData(target, options.dataDir, force);
  await claimMonthFolder(target, force, () => undefined);

  const analysis = await analyseNotice(options, sample, [...options.formats].some((f) => f !== 'json'));
  const { notice, vm } = analysis;
  const id = notice.strategy.id;
  const warn = (m: string) => {
    notice.warnings.push(m);
    reporter.warn(m);
  };
  const others = new Set([...options.formats].filter((f) => f !== 'json'));
  const staging = await Staging.create(options.outDir, month);
  try {
    const files: string[] = [];
    if (others.size > 0) {
      const { loadTemplates } = await import('./render/templates.js');
      const { renderNotice } = await import('./render/notice.js');
      const templates = await loadTemplates(options.templatesDir, warn);
      const rendered = await renderNotice(vm, id, {
        templates,
        formats: others,
        chromiumPath: options.chromiumPath,
        fixedDate: options.pdfDate,
        timeoutMs: options.timeoutMs,
        warn,
        onStep: (s) => reporter.step(`rendering ${s}`),
      });
      for (const f of rendered) {
        await staging.write(f.path, f.data);
        files.push(f.path);
      }
    }
    const provenance: NoticeProvenance = {
      generator: { ...GENERATOR },
      month,
      inputs: { ...notice.inputs },
      settings: {
        asOf: notice.asOf,
        partial: notice.partial,
        allowGaps: options.allowGaps,
        templates: await templatesFingerprint(options.templatesDir),
        date: notice.date,
      },
    };
    const previous = await claimMonthFolder(target, force, warn);
    const header = await keepAllButNotice(previous, id, provenance, options.formats, staging, warn);
    const { base } = (await import('./present/notice-view-model.js')).noticePaths(id);
    if (options.formats.has('json')) {
      await staging.write(`${base}.json`, renderNoticeJson(notice));
      files.push(`${base}.json`);
    }
    await staging.writeManifest(header);
    reporter.step('moving the notice into place');
    return { dir: staging.commit(), files: files.sort(), ...analysis };
  } catch (e) {
    await staging.discard();
    throw e;
  }
}

/**
 * Stages every file of the previous month folder that is not this notice's (the report, other
 * notices), unchanged, and this notice's files of formats not asked for when they were made from the
 * same inputs and settings (else each is named in a warning). Returns the manifest header: the
 * previous one (the report's provenance stays as it was) with this notice's provenance.
 */
async function keepAllButNotice(
  previous: PreviousReport | null,
  id: string,
  provenance: NoticeProvenance,
  formats: ReadonlySet<Format>,
  staging: Staging,
  warn: (m: string) => void,
): Promise<Omit<Manifest, 'files'>> {
  const before = previous?.manifest ?? null;
  const earlier = before?.notices?.[id];
  const why = earlier === undefined ? 'it cannot be matched' : whyNotKept({ ...earlier, files: {} }, provenance);
  for (const path of previous?.files ?? []) {
    const entry = before?.files[path] ?? { format: formatOf(path)!, sha256: sha256(await readFile(join(previous!.dir, path))) };
    if (noticeOf(path) !== id) {
      await staging.keep(previous!.dir, path, entry);
      continue;
    }
    if (formats.has(entry.format)) continue;
    if (why === null) await staging.keep(previous!.dir, path, entry);
    else warn(`${displayPath(join(previous!.dir, path))} removed: not asked for this run, and ${why}`);
  }
  const { files: _files, notices, ...header } = before ?? { ...provenance, files: {}, notices: undefined };
  const kept = new Set(staging.staged.map(noticeOf).filter((x): x is string => x !== undefined));
  const carried = Object.fromEntries(Object.entries(notices ?? {}).filter(([k]) => kept.has(k) && k !== id));
  return { ...header, notices: sortedRecord({ ...carried, [id]: provenance }) };
}

function sortedRecord<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]!]));
}
