/**
 * The preview's state: the month loaded and computed once and kept in memory, rendered again on each
 * change with no more work than the change needs (changes.ts): a commentary save reads that one file
 * and re-runs present and render; a template save re-runs present and render; only a CSV or
 * config.json save loads, validates and computes again.
 *
 * A change that breaks something keeps the last good report and records the error, as the CLI words
 * it (file, line, column, JSON path); the next change that fixes it brings the report back. Changes
 * are applied one at a time; those that arrive meanwhile are merged into the next update.
 */
import { performance } from 'node:perf_hooks';
import { DataError, WgReportError } from '../errors.js';
import { reloadCommentary } from '../load/reload.js';
import { formatIssuesIn, tr, trLines, type Lang } from '../messages.js';
import { analyse, isSampleData, SAMPLE_WARNING, type Analysis } from '../pipeline.js';
import { renderJson } from '../render/json.js';
import type { PdfPrinter } from '../render/pdf.js';
import type { TemplateSet } from '../render/templates.js';
import type { Chart } from '../present/index.js';
import type { ComputeResult, Dataset, IsoDate, Month } from '../types.js';
import { isEmpty, mergePlans, NOTHING, type Plan } from './changes.js';
import { pdfToPngs } from './pages.js';

export interface SessionOptions {
  month: Month;
  dataDir: string;
  templatesDir?: string;
  asOf?: IsoDate;
  partial: boolean;
  allowGaps: boolean;
  chromiumPath?: string;
  timeoutMs?: number;
  lang: Lang;
}

/** What the pages show: the report's version, its warnings, and the error over it, if any. */
export interface Status {
  version: number;
  /** The version of the report on show (0: none yet); it changes only when a render succeeded. */
  report: number;
  /** A report to show (the last good one, when `error` is set). */
  ready: boolean;
  /** The CLI's message for what broke the last update, in the run's language; null when all is well. */
  error: string | null;
  warnings: string[];
  /** How long the last update took (ms). */
  ms: number;
}

/** How often each stage ran: the tests' proof that a commentary save does not load the data again. */
export interface Stats {
  loads: number;
  commentaryReads: number;
  renders: number;
  prints: number;
}

interface Loaded {
  dataset: Dataset;
  result: ComputeResult;
  /** Warnings compute added after the dataset's own (breaches, --as-of): kept across commentary reloads. */
  computeWarnings: string[];
  /** Built at the first render after a load; a commentary save keeps them (same figures, same config). */
  charts?: Chart[];
}

interface Rendered {
  version: number;
  html: string;
  json: string;
  charts: Map<string, string>;
  warnings: string[];
}

/** The CLI's wording of an error (cli.ts errorToExitCode), without the `error: ` label. */
export function describeError(e: unknown, lang: Lang): string {
  if (e instanceof DataError) return formatIssuesIn(e.issues, e.skipped, e.total, lang);
  if (e instanceof WgReportError) return trLines(e.message, lang);
  return `${tr('unexpected failure (this is a bug)', lang)}\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
}

export class PreviewSession {
  readonly stats: Stats = { loads: 0, commentaryReads: 0, renders: 0, prints: 0 };
  private loaded: Loaded | null = null;
  private rendered: Rendered | null = null;
  private sample = false;
  private errors: { load: unknown; commentary: unknown; render: unknown } = { load: null, commentary: null, render: null };
  private version = 0;
  private lastMs = 0;
  private pending: Plan = NOTHING;
  private running: Promise<void> | null = null;
  private readonly listeners = new Set<(status: Status) => void>();
  private pdf: { version: number; bytes: Promise<Uint8Array> } | null = null;
  private pages: { version: number; pngs: Promise<Uint8Array[]> } | null = null;
  private printer: PdfPrinter | null = null;
  /** Read again only when a template changes (or a render failed). */
  private templates: { set: TemplateSet; warnings: string[] } | null = null;
  private closed = false;

  constructor(private readonly options: SessionOptions) {}

  /** The first load and render. Resolves when done, whether it succeeded or not (see status()). */
  async start(): Promise<void> {
    this.sample = await isSampleData(this.options.dataDir);
    await this.update({ load: true, commentary: false, templates: false });
  }

  /** Applies a plan, merged with any still waiting; resolves when it has been applied. */
  update(plan: Plan): Promise<void> {
    this.pending = mergePlans(this.pending, plan);
    if (this.running === null) {
      this.running = this.drain().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  onUpdate(listener: (status: Status) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  status(): Status {
    const error = this.errors.load ?? this.errors.commentary ?? this.errors.render;
    return {
      version: this.version,
      report: this.rendered?.version ?? 0,
      ready: this.rendered !== null,
      error: error === null ? null : describeError(error, this.options.lang),
      warnings: (this.rendered?.warnings ?? this.loaded?.result.report.warnings ?? []).map((w) => trLines(w, this.options.lang)),
      ms: Math.round(this.lastMs),
    };
  }

  get html(): string | null {
    return this.rendered?.html ?? null;
  }

  get json(): string | null {
    return this.rendered?.json ?? null;
  }

  chart(file: string): string | null {
    return this.rendered?.charts.get(file) ?? null;
  }

  /** The PDF of the current report, printed on first request (one warm Chromium for the session). */
  async reportPdf(): Promise<Uint8Array | null> {
    const r = this.rendered;
    if (r === null || this.closed) return null;
    if (this.pdf?.version !== r.version) {
      const printer = await this.getPrinter();
      this.stats.prints++;
      const bytes = printer.print(r.html, { warn: () => undefined });
      bytes.catch(() => undefined);
      this.pdf = { version: r.version, bytes };
    }
    return this.pdf.bytes;
  }

  /** The current PDF's pages as PNG images (the paged view). */
  async pagePngs(): Promise<Uint8Array[] | null> {
    const r = this.rendered;
    if (r === null || this.closed) return null;
    if (this.pages?.version !== r.version) {
      const version = r.version;
      const pngs = this.reportPdf().then((pdf) => (pdf === null ? [] : pdfToPngs(pdf)));
      pngs.catch(() => undefined);
      this.pages = { version, pngs };
    }
    return this.pages.pngs;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    await this.running?.catch(() => undefined);
    await this.printer?.close();
    this.printer = null;
  }

  private async getPrinter(): Promise<PdfPrinter> {
    if (this.printer === null) {
      const { PdfPrinter } = await import('../render/pdf.js');
      this.printer ??= new PdfPrinter({ chromiumPath: this.options.chromiumPath, timeoutMs: this.options.timeoutMs });
    }
    return this.printer;
  }

  private async drain(): Promise<void> {
    while (!this.closed && !isEmpty(this.pending)) {
      const plan = this.pending;
      this.pending = NOTHING;
      const t0 = performance.now();
      await this.apply(plan);
      this.lastMs = performance.now() - t0;
      this.version++;
      const status = this.status();
      for (const l of this.listeners) l(status);
    }
  }

  private async apply(plan: Plan): Promise<void> {
    const o = this.options;
    // After a failed load every change to the data folder loads again: the fix may be anywhere in it
    // (a commentary file that could not be decoded fails the whole load).
    const load = plan.load || (plan.commentary && (this.errors.load !== null || this.loaded === null));
    let changed = plan.templates || this.errors.render !== null;
    const renderFailed = this.errors.render !== null;
    if (load) {
      this.stats.loads++;
      try {
        const analysis: Analysis = await analyse({
          month: o.month,
          dataDir: o.dataDir,
          asOf: o.asOf,
          partial: o.partial,
          allowGaps: o.allowGaps,
          reporter: { step: () => undefined, warn: () => undefined },
        });
        const own = analysis.result.report.warnings.slice(analysis.dataset.warnings.length);
        this.loaded = { ...analysis, computeWarnings: own };
        this.errors.load = null;
        this.errors.commentary = null;
        changed = true;
      } catch (e) {
        this.errors.load = e;
      }
    } else if (plan.commentary && this.loaded !== null) {
      this.stats.commentaryReads++;
      try {
        this.loaded = withDataset(this.loaded, await reloadCommentary(o.dataDir, o.month, this.loaded.dataset));
        this.errors.commentary = null;
        changed = true;
      } catch (e) {
        this.errors.commentary = e;
      }
    }
    if (changed && this.loaded !== null) {
      this.stats.renders++;
      try {
        // After a failed render the templates are read again whatever changed: the failure may be theirs.
        this.rendered = await this.render(this.loaded, plan.templates || renderFailed);
        this.errors.render = null;
      } catch (e) {
        this.errors.render = e;
      }
    }
  }

  private async render(loaded: Loaded, templatesChanged: boolean): Promise<Rendered> {
    const { dataset } = loaded;
    const [{ presentReport }, { loadTemplates, renderReport }] = await Promise.all([import('../present/index.js'), import('../render/index.js')]);
    // As a render run orders them (pipeline.ts): the sample's, load's and compute's, the templates', present's.
    if (this.templates === null || templatesChanged) {
      const warnings: string[] = [];
      const set = await loadTemplates(this.options.templatesDir, (m) => warnings.push(m));
      this.templates = { set, warnings };
    }
    loaded.charts ??= (await import('../present/charts.js')).buildCharts(loaded.result, dataset.config);
    const presented = presentReport(loaded.result, dataset, loaded.charts);
    const warnings = [...(this.sample ? [SAMPLE_WARNING] : []), ...loaded.result.report.warnings, ...this.templates.warnings, ...presented.warnings];
    const files = await renderReport(presented, { formats: new Set(['html']), templates: this.templates.set, warn: (m) => warnings.push(m) });
    const html = files.find((f) => f.path === 'report.html')!.data as string;
    const charts = new Map(presented.charts.map((c) => [c.file, c.svg]));
    return { version: this.version + 1, html, charts, json: renderJson({ ...loaded.result.report, warnings }), warnings };
  }
}

/** The computation with a new commentary: the figures are the same, only inputs and warnings follow it. */
function withDataset(loaded: Loaded, dataset: Dataset): Loaded {
  const report = { ...loaded.result.report, inputs: { ...dataset.inputs }, warnings: [...dataset.warnings, ...loaded.computeWarnings] };
  return { dataset, result: { ...loaded.result, report }, computeWarnings: loaded.computeWarnings, charts: loaded.charts };
}
