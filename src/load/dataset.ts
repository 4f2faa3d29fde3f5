/**
 * The load stage: read the data folder, validate it against DATA.md, return a Dataset.
 * Every problem found is collected and thrown together as one DataError; nothing is written.
 *
 * Order: config.json → holdings.csv (to know which tickers are held) → securities.csv → prices.csv
 * (streamed; only held tickers' numbers kept) → snapshot checks and the gap rule → indices.csv →
 * factor files → commentary. Problems are listed in dependency order instead (LoadContext), and a
 * check against a file with problems is skipped and said to be (LoadContext.against).
 */
import { stat } from 'node:fs/promises';
import { DataError } from '../errors.js';
import type { Commentary, Dataset, Security } from '../types.js';
import { CONFIG, loadConfig, type LoadedConfig } from './config.js';
import { LoadContext } from './context.js';
import { commentaryFile, loadCommentary } from './commentary.js';
import { loadFactors } from './factors.js';
import { checkGaps } from './gaps.js';
import { buildSnapshots, HOLDINGS, readHoldings } from './holdings.js';
import { INDICES, loadIndices } from './indices.js';
import { loadPrices, PRICES, type MarketMap } from './prices.js';
import { loadSecurities, SECURITIES } from './securities.js';

export interface LoadOptions {
  /** The report month, `YYYY-MM`: picks the commentary file and the base date of the exposure check. */
  month: string;
  /** --allow-gaps: carry the last close forward over a held security's missing days (with a warning). */
  allowGaps: boolean;
}

export async function loadDataset(dir: string, options: LoadOptions): Promise<Dataset> {
  return (await loadDatasets(dir, [options.month], options.allowGaps)).get(options.month)!;
}

/**
 * One load for several report months (a batch): the data files are read once; each month gets its
 * own commentary, the exposure check at its own base date, and a Dataset that is exactly what a
 * single-month load would give (its `inputs` name only its own commentary file, its `warnings` only
 * its own commentary's). Problems of every month are thrown together.
 */
export async function loadDatasets(dir: string, months: readonly string[], allowGaps: boolean): Promise<Map<string, Dataset>> {
  const options = { allowGaps };
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) throw new DataError([{ file: dir, message: 'data folder not found' }]);

  const ctx = new LoadContext(dir);

  const configBytes = await ctx.read(CONFIG, true);
  const loaded: LoadedConfig | null = configBytes === null ? null : loadConfig(ctx, configBytes);
  const config = loaded?.config ?? null;

  const holdingsText = await ctx.readText(HOLDINGS, true);
  const holdings = holdingsText ? await readHoldings(ctx, holdingsText) : null;
  const held = holdings?.held ?? new Set<string>();

  const securitiesText = await ctx.readText(SECURITIES, true);
  const marketIds = ctx.against(SECURITIES, CONFIG, config)?.markets.map((m) => m.id) ?? null;
  const securities = securitiesText ? await loadSecurities(ctx, securitiesText, held, marketIds) : null;

  // One pass over the bytes (hashed as they are read); only the held tickers' numbers are kept.
  const pricesBytes = await ctx.readBytes(PRICES, true);
  const prices = pricesBytes ? await loadPrices(ctx, pricesBytes, held, marketMap(marketIds, securities)) : null;

  // With several markets a calendar is the dates of its securities' rows (securities.csv `market`): with
  // securities.csv in error the calendars are unknown, and dates checked against them would be knock-on
  // errors (every snapshot and factor date "not a trading day"), so nothing is checked against them.
  const calendarsKnown = (config?.markets.length ?? 1) === 1 || ctx.against(PRICES, SECURITIES, securities) !== null;
  const pricesWithCalendars = calendarsKnown ? prices : null;

  // Cross-file checks run only against files without problems of their own (LoadContext.against).
  const snapshots =
    holdings === null
      ? null
      : buildSnapshots(
          ctx,
          holdings,
          ctx.against(HOLDINGS, CONFIG, config),
          calendarsKnown ? ctx.against(HOLDINGS, PRICES, prices) : null,
          ctx.against(HOLDINGS, SECURITIES, securities),
        );
  // The gap rule checks prices.csv against the snapshots.
  if (prices !== null && snapshots !== null) {
    const checked = ctx.against(PRICES, HOLDINGS, snapshots);
    // Which calendar a security's days are judged on comes from config.json (its markets) and, with
    // several markets, from securities.csv: without them the check would report knock-on gaps.
    if (checked !== null && calendarsKnown && ctx.against(PRICES, CONFIG, config) !== null) checkGaps(ctx, prices, checked, options.allowGaps);
  }

  const indicesText = await ctx.readText(INDICES, true);
  const indices = indicesText ? await loadIndices(ctx, indicesText, ctx.against(INDICES, CONFIG, config)) : null;

  const factors = await loadFactors(ctx, { config: loaded, held, prices: pricesWithCalendars, snapshots, months });
  const shared = { warnings: ctx.warnings.length, inputs: ctx.inputs() };
  const perMonth = new Map<string, { commentary: Commentary | null; warnings: string[]; inputs: Record<string, string> }>();
  for (const month of months) {
    const before = ctx.warnings.length;
    const commentary = await loadCommentary(ctx, month);
    const own = commentaryFile(month);
    const hash = ctx.inputs()[own];
    const inputs = hash === undefined ? shared.inputs : sortedKeys({ ...shared.inputs, [own]: hash });
    perMonth.set(month, { commentary, warnings: ctx.warnings.slice(before), inputs });
  }

  if (ctx.errorCount > 0 || config === null || prices === null || snapshots === null || indices === null || securities === null) {
    // Each null above comes with its own issue, so the list is never empty here.
    throw ctx.dataError();
  }
  const base = {
    config,
    calendar: prices.markets[0]!.calendar,
    calendars: new Map(config.markets.map((m, i) => [m.id, prices.markets[i]!.calendar])),
    prices: prices.series,
    snapshots,
    indices,
    securities,
    factors,
  };
  const sharedWarnings = ctx.warnings.slice(0, shared.warnings);
  const out = new Map<string, Dataset>();
  for (const [month, own] of perMonth) {
    out.set(month, { ...base, commentary: own.commentary, inputs: own.inputs, warnings: [...sharedWarnings, ...own.warnings] });
  }
  return out;
}

function sortedKeys(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]!]));
}

/**
 * Which market each ticker's rows count for. Without a usable config or securities.csv (both reported)
 * every row counts for one calendar, so prices.csv is still checked row by row.
 */
function marketMap(marketIds: readonly string[] | null, securities: ReadonlyMap<string, Security> | null): MarketMap {
  if (marketIds === null || marketIds.length === 1 || securities === null) return { count: 1, of: () => 0 };
  const index = new Map(marketIds.map((id, i) => [id, i]));
  return {
    count: marketIds.length,
    of: (ticker) => {
      const s = securities.get(ticker);
      return s === undefined ? -1 : (index.get(s.market) ?? -1);
    },
  };
}
