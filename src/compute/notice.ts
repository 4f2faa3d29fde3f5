/**
 * The client notice's figures (NOTICE.md): the month's report figures of the noticed strategy and the
 * others, as computeReport gave them (so the notice and the report agree), plus each strategy's
 * 設定来 from its own launchDate; and the monthly run's trigger. Pure: no I/O, no clock.
 */
import { UsageError } from '../errors.js';
import type { ComputeResult, Config, Dataset, IsoDate, Month, NoticeModel, SinceLaunch, StrategyConfig, StrategyReport } from '../types.js';
import { indexOnOrBefore } from './calendar.js';
import { indexReturn, requireIndex } from './index-returns.js';
import { marketWindows } from './markets.js';
import { navReturn } from './nav.js';
import { strategyNav } from './report.js';
import { launchStart } from './trailing.js';

/** A strategy's own inception: its launchDate, else the service's. */
export function strategyLaunchDate(strategy: StrategyConfig, config: Config): IsoDate {
  return strategy.launchDate ?? config.service.launchDate;
}

/**
 * 設定来 of every configured strategy (by id) from its own launchDate's close, or the last trading
 * day of its market before it, to M's end on that market; its benchmark over the same closes.
 */
export function sinceOwnLaunch(dataset: Dataset, month: Month, partial: boolean): Map<string, SinceLaunch> {
  const { config } = dataset;
  const windows = marketWindows(dataset, month, partial);
  const out = new Map<string, SinceLaunch>();
  for (const s of config.strategies) {
    const w = windows.get(s.market)!;
    const start = launchStart(w.calendar, strategyLaunchDate(s, config));
    const nav = strategyNav(dataset, s, w);
    const startIndex = indexOnOrBefore(w.calendar, start);
    out.set(s.id, {
      start,
      // A strategy whose track record starts after its launch close has no 設定来 (REPORT.md's null rule).
      return: startIndex < nav.firstIndex ? null : navReturn(nav, startIndex, w.bounds.endIndex),
      benchmarkReturn: indexReturn(requireIndex(dataset.indices, s.benchmark), start, w.bounds.end),
    });
  }
  return out;
}

/** A strategy id that is safe in a file name (`notice-<id>.pdf`): no separator, no dot-only name. */
export function fileSafeId(id: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(id);
}

/**
 * The configured strategy `id`.
 * @throws UsageError naming the configured strategies (and the closest one) when there is none.
 */
export function requireNoticeStrategy(config: Config, id: string, near: (s: string, among: string[]) => string | null): StrategyConfig {
  const s = config.strategies.find((x) => x.id === id);
  const ids = config.strategies.map((x) => x.id);
  if (s === undefined) {
    const guess = near(id, ids);
    throw new UsageError(
      `--strategy ${id}: no such strategy in config.json (strategies: ${ids.join(', ')})` + (guess === null ? '' : ` (did you mean ${guess}?)`),
    );
  }
  if (!fileSafeId(id)) throw new UsageError(`--strategy ${id}: the id cannot name a file (letters, digits, _ . - only)`);
  return s;
}

export interface NoticeOptions {
  strategy: string;
  /** The issue date; asOf when absent. */
  date?: IsoDate;
  /** --partial, as the month's report was computed. */
  partial: boolean;
  /** The data folder's inputs of the notice: the month's, plus the notice's commentary file. */
  inputs: Record<string, string>;
}

/** notice.json for `options.strategy`, from the month's computed report. */
export function computeNotice(dataset: Dataset, result: ComputeResult, options: NoticeOptions): NoticeModel {
  const { report } = result;
  const since = sinceOwnLaunch(dataset, report.month, options.partial);
  const byId = new Map(report.strategies.map((s) => [s.id, s]));
  const get = (id: string): StrategyReport => byId.get(id)!;
  const s = get(options.strategy);
  return {
    schemaVersion: 1,
    month: report.month,
    date: options.date ?? report.asOf,
    asOf: report.asOf,
    partial: report.partial,
    sample: report.sample,
    strategy: {
      id: s.id,
      name: s.name,
      benchmark: s.benchmark,
      market: s.market,
      base: s.base,
      end: s.end,
      monthReturn: s.monthReturn,
      benchmarkReturn: s.benchmarkReturn,
      excessReturn: s.excessReturn,
      sinceLaunch: since.get(s.id)!,
      sharpe: s.sharpe,
      attribution: s.attribution,
    },
    others: dataset.config.strategies
      .filter((c) => c.id !== s.id)
      .map((c) => {
        const o = get(c.id);
        return { id: o.id, name: o.name, monthReturn: o.monthReturn, excessReturn: o.excessReturn, sinceLaunch: since.get(o.id)! };
      }),
    generator: { ...report.generator },
    inputs: { ...options.inputs },
    warnings: [],
  };
}
