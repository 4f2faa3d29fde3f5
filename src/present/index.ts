/**
 * The present stage: one month's computation → what the documents show, every string formatted
 * (REPORT.md "Sections"): the view model the templates print, the charts as SVG, and the warnings
 * presenting raised (commentary for a week the month does not have, …). No I/O, no templates, no
 * bytes of a document: those are render's.
 */
import type { ComputeResult, Dataset } from '../types.js';
import { buildCharts, type Chart } from './charts.js';
import { buildViewModel, type ViewModel } from './view-model.js';

export type { Chart } from './charts.js';
export type { ViewModel } from './view-model.js';

/** What present hands to render for the monthly report. */
export interface PresentedReport {
  vm: ViewModel;
  /** In report order; each is written to `charts/<file>` beside report.md and drawn inline in the HTML. */
  charts: Chart[];
  /** For the user (and report.json's `warnings`), in the order they arose. */
  warnings: string[];
}

/** The parts of the loaded data present reads (the config's wording, descriptions, commentary): no calendar, no holdings. */
export type PresentData = Pick<Dataset, 'config' | 'securities' | 'commentary'>;

/**
 * Pure: the same computation gives the same strings and the same SVG bytes. `charts`: those already
 * built for this computation (the preview keeps them across commentary saves: they read only the
 * figures and the config, and are most of present's time).
 */
export function presentReport(result: ComputeResult, dataset: PresentData, charts: Chart[] = buildCharts(result, dataset.config)): PresentedReport {
  const { vm, warnings } = buildViewModel({ result, dataset, charts });
  return { vm, charts, warnings };
}
