/**
 * Writes the bundled SYNTHETIC sample data folder (DATA.md) deterministically.
 *
 *   npx tsx scripts/generate-sample.ts [--out fixtures/sample] [--universe 300] [--seed 20240604]
 *
 * Nothing here is market data. Tickers, names and business descriptions of the held securities are
 * real companies' (so the report reads naturally), but every price, dividend amount, index level,
 * factor exposure and factor return is drawn from a seeded PRNG (mulberry32) and a simple factor model:
 *   r_i,t = beta_i · m_t + Σ_k x_i,k · f_k,t + ε_i,t
 * No Math.random, no clock: the same arguments give byte-identical files. The held securities' data do
 * not depend on --universe (every ticker has its own PRNG stream), so a 5,000-ticker folder reports the
 * same strategy figures as the 300-ticker sample.
 *
 * Files are written in chunks (never one big string), so a 5,000-ticker universe (~2.4M price rows) fits
 * in a small amount of memory.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dateOf, isWeekend, isoWeekMonday } from './generate-sample/dates.js';
import { nyseHolidays } from './generate-sample/markets/us/calendar.js';
import { COMMENTARY } from './generate-sample/commentary.js';
import { CONFIG_JSON } from './generate-sample/config.js';
import { FACTOR_IDS, K } from './generate-sample/factors.js';
import { indexReturn } from './generate-sample/market-model.js';
import { US } from './generate-sample/markets/us/index.js';
import { periodReturn, weightsAt } from './generate-sample/nav.js';
import { fixed, round, trimmed } from './generate-sample/numeric.js';
import { DEFAULT_SEED, DEFAULT_UNIVERSE, END_DATE, FIRST_SNAPSHOT, START_DATE } from './generate-sample/sample.js';
import { simulate } from './generate-sample/simulate.js';
import type { World } from './generate-sample/world.js';

export { DEFAULT_SEED, DEFAULT_UNIVERSE, END_DATE, FIRST_SNAPSHOT, START_DATE } from './generate-sample/sample.js';
export { FACTOR_IDS } from './generate-sample/factors.js';

type StrategyId = 'MAJOR100' | 'NEXT100';
const INDICES = US.indices;
const SPLITS = US.splits;
const BREACH = US.breach as typeof US.breach & { strategy: StrategyId };
const CASH = Object.fromEntries(US.strategies.map((s) => [s.id, s.cash]));
const EXCESS_TARGETS = US.scenario.excess;

// ================================================================ helpers

function csvField(v: string): string {
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replaceAll('"', '""')}"` : v;
}
/** Appends text to a file in ~1 MB chunks. */
class ChunkWriter {
  private readonly fd: number;
  private parts: string[] = [];
  private size = 0;
  bytes = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 1 << 20) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    writeSync(this.fd, buf);
    this.bytes += buf.length;
    this.parts = [];
    this.size = 0;
  }
  close(): number {
    this.flush();
    closeSync(this.fd);
    return this.bytes;
  }
}

// ================================================================ types

export interface GenerateOptions {
  out: string;
  universe?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface GenerateResult {
  files: Record<string, number>;
  facts: Facts;
}

export interface Facts {
  tradingDays: number;
  universe: number;
  priceRows: number;
  snapshots: { strategy: string; date: string; tickers: string[]; weights: Record<string, number> }[];
  breach: { strategy: string; ticker: string; snapshotDate: string; snapshotWeight: number; baseDate: string; driftedWeight: number };
  maxOtherDriftedWeight: { strategy: string; date: string; ticker: string; weight: number };
  months: { month: string; MAJOR100: number | null; NEXT100: number | null; SPX: number; RUT: number; DJI: number; IXIC: number }[];
  weeks: { month: string; start: string; end: string; DJI: number; SPX: number; IXIC: number }[];
  factorMonths: { month: string; returns: Record<string, number> }[];
  /** REPORT.md's factor attribution for the two commentary months (weights and exposures at base). */
  attribution: { month: string; strategy: string; excess: number; specific: number; active: Record<string, number>; contributions: Record<string, number> }[];
}

// ================================================================ output

function writeText(path: string, text: string): number {
  const w = new ChunkWriter(path);
  w.write(text);
  return w.close();
}

/** Writes prices.csv and replaces the held names' returns by the realised ones (after rounding). */
function writePrices(model: World, path: string): { bytes: number; rows: number } {
  const w = new ChunkWriter(path);
  w.write('date,ticker,close,dividend,split\n');
  const order = [...model.secs].sort((a, b) => (a.ticker < b.ticker ? -1 : a.ticker > b.ticker ? 1 : 0));
  const prev = new Float64Array(order.length);
  const realised = new Map<string, Float64Array>();
  for (const s of order) if (s.kind !== 'synthetic') realised.set(s.ticker, new Float64Array(model.tl.D));
  let rows = 0;
  for (let t = 0; t < model.tl.D; t++) {
    const date = model.tl.days[t]!;
    let lines = '';
    for (let i = 0; i < order.length; i++) {
      const s = order[i]!;
      if (t < s.first || t > s.last) continue;
      let close: number;
      let div = 0;
      let split = 1;
      if (t === s.first) {
        close = round(s.price0, 2);
      } else {
        const p = prev[i]!;
        split = s.splits.get(t) ?? 1;
        if (s.exDays.has(t)) div = Math.max(0.01, round(((p / split) * s.yld) / 4, 2));
        close = round((p * (1 + s.ret[t]!)) / split - div, 4);
        if (close < 0.01) close = 0.01;
        const real = realised.get(s.ticker);
        if (real) real[t] = (split * (close + div)) / p - 1;
      }
      prev[i] = close;
      lines += `${date},${s.ticker},${trimmed(close, 4)},${div > 0 ? trimmed(div, 4) : ''},${split !== 1 ? String(split) : ''}\n`;
      rows++;
    }
    w.write(lines);
  }
  for (const [tk, r] of realised) model.bySym.get(tk)!.ret.set(r);
  return { bytes: w.close(), rows };
}

function writeExposures(model: World, path: string): number {
  const w = new ChunkWriter(path);
  w.write(`date,ticker,${FACTOR_IDS.join(',')}\n`);
  const order = [...model.secs].sort((a, b) => (a.ticker < b.ticker ? -1 : a.ticker > b.ticker ? 1 : 0));
  model.tl.expDays.forEach((day, j) => {
    const date = model.tl.days[day]!;
    for (const s of order) {
      if (day < s.first || day > s.last) continue;
      let line = `${date},${s.ticker}`;
      for (let k = 0; k < K; k++) line += `,${fixed(s.expo[j * K + k]!, 4)}`;
      w.write(`${line}\n`);
    }
  });
  return w.close();
}

function writeBenchmarkExposures(model: World, path: string): number {
  const w = new ChunkWriter(path);
  w.write(`date,benchmark,${FACTOR_IDS.join(',')}\n`);
  model.tl.expDays.forEach((day, j) => {
    for (const def of INDICES) {
      const be = model.bexpo.get(def.id)!;
      let line = `${model.tl.days[day]},${def.id}`;
      for (let k = 0; k < K; k++) line += `,${fixed(be[j * K + k]!, 4)}`;
      w.write(`${line}\n`);
    }
  });
  return w.close();
}

function writeFactorReturns(model: World, path: string): number {
  const w = new ChunkWriter(path);
  w.write(`date,${FACTOR_IDS.join(',')}\n`);
  for (let t = 0; t < model.tl.D; t++) {
    let line = model.tl.days[t]!;
    for (let k = 0; k < K; k++) line += `,${fixed(model.f[k * model.tl.D + t]!, 6)}`;
    w.write(`${line}\n`);
  }
  return w.close();
}

function writeIndices(model: World, path: string): number {
  const w = new ChunkWriter(path);
  w.write('date,index,level\n');
  for (let t = 0; t < model.tl.D; t++) {
    for (const def of INDICES) w.write(`${model.tl.days[t]},${def.id},${fixed(model.idxLevel.get(def.id)![t]!, 2)}\n`);
  }
  return w.close();
}

function writeSecurities(model: World, path: string): number {
  const w = new ChunkWriter(path);
  w.write('ticker,name,sector,description,name_en\n');
  const order = [...model.secs].sort((a, b) => (a.ticker < b.ticker ? -1 : a.ticker > b.ticker ? 1 : 0));
  for (const s of order) w.write(`${[s.ticker, s.name, s.sector, s.desc, s.nameEn].map(csvField).join(',')}\n`);
  return w.close();
}

function writeHoldings(model: World, path: string): number {
  const w = new ChunkWriter(path);
  w.write('date,strategy,ticker,weight\n');
  const all = model.market.strategies.flatMap((x) => model.snaps[x.id]!).sort((a, b) => a.day - b.day || (a.strategy < b.strategy ? -1 : 1));
  for (const s of all) {
    const date = model.tl.days[s.day]!;
    s.tickers.forEach((tk, i) => w.write(`${date},${s.strategy},${tk},${(s.micro[i]! / 1e6).toFixed(6)}\n`));
    if (s.cashMicro > 0) w.write(`${date},${s.strategy},CASH,${(s.cashMicro / 1e6).toFixed(6)}\n`);
  }
  return w.close();
}

function computeFacts(model: World, priceRows: number): Facts {
  const firstSnap = model.tl.dayOf(FIRST_SNAPSHOT);
  const months: Facts['months'] = [];
  for (const sp of model.tl.months) {
    if (sp.first === 0 || sp.last === model.tl.D - 1) continue; // no base, or the incomplete last month
    const a = sp.first - 1;
    const row = {
      month: sp.key,
      MAJOR100: a >= firstSnap ? periodReturn(model, 'MAJOR100', a, sp.last) : null,
      NEXT100: a >= firstSnap ? periodReturn(model, 'NEXT100', a, sp.last) : null,
      SPX: indexReturn(model, 'SPX', a, sp.last), RUT: indexReturn(model, 'RUT', a, sp.last),
      DJI: indexReturn(model, 'DJI', a, sp.last), IXIC: indexReturn(model, 'IXIC', a, sp.last),
    };
    months.push(row);
  }
  const weeks: Facts['weeks'] = [];
  const factorMonths: Facts['factorMonths'] = [];
  const attribution: Facts['attribution'] = [];
  for (const key of Object.keys(EXCESS_TARGETS).sort()) {
    const sp = model.tl.span(key);
    let t = sp.first;
    while (t <= sp.last) {
      const wk = isoWeekMonday(model.tl.days[t]!);
      let e = t;
      while (e + 1 <= sp.last && isoWeekMonday(model.tl.days[e + 1]!) === wk) e++;
      weeks.push({ month: key, start: model.tl.days[t]!, end: model.tl.days[e]!, DJI: indexReturn(model, 'DJI', t - 1, e),
        SPX: indexReturn(model, 'SPX', t - 1, e), IXIC: indexReturn(model, 'IXIC', t - 1, e) });
      t = e + 1;
    }
    const returns: Record<string, number> = {};
    FACTOR_IDS.forEach((fid, k) => {
      let g = 1;
      for (let d = sp.first; d <= sp.last; d++) g *= 1 + model.f[k * model.tl.D + d]!;
      returns[fid] = g - 1;
    });
    factorMonths.push({ month: key, returns });
    for (const strategy of ['MAJOR100', 'NEXT100'] as StrategyId[]) {
      const a = sp.first - 1;
      const w = weightsAt(model, strategy, a)!;
      const row = model.tl.expDays.filter((d) => d <= a).length - 1;
      const bench = strategy === 'MAJOR100' ? 'SPX' : 'RUT';
      const be = model.bexpo.get(bench)!;
      const excess = periodReturn(model, strategy, a, sp.last) - indexReturn(model, bench, a, sp.last);
      const contributions: Record<string, number> = {};
      const active: Record<string, number> = {};
      let sum = 0;
      FACTOR_IDS.forEach((fid, k) => {
        let x = -be[row * K + k]!;
        for (const [tk, v] of w) if (tk !== 'CASH') x += v * model.bySym.get(tk)!.expo[row * K + k]!;
        active[fid] = x;
        contributions[fid] = x * returns[fid]!;
        sum += contributions[fid]!;
      });
      attribution.push({ month: key, strategy, excess, specific: excess - sum, active, contributions });
    }
  }
  const bSnap = model.snaps[BREACH.strategy]!.find((s) => s.month === BREACH.snapshotMonth)!;
  const bBase = model.tl.span(BREACH.snapshotMonth).last;
  const drifted = weightsAt(model, BREACH.strategy, bBase)!.get(BREACH.ticker)!;
  let maxOther = { strategy: '', date: '', ticker: '', weight: 0 };
  for (const strategy of ['MAJOR100', 'NEXT100'] as StrategyId[]) {
    for (let t = model.tl.dayOf(FIRST_SNAPSHOT); t < model.tl.D; t++) {
      const isBase = model.snapDays[strategy]!.has(t + 1) || t === model.tl.D - 1;
      const isSnap = model.snapDays[strategy]!.has(t);
      if (!isBase && !isSnap) continue;
      const w = weightsAt(model, strategy, t)!;
      for (const [tk, v] of w) {
        const planned = strategy === BREACH.strategy && tk === BREACH.ticker && t >= bSnap.day && t <= bBase;
        if (tk === 'CASH' || planned) continue;
        if (v > maxOther.weight) maxOther = { strategy, date: model.tl.days[t]!, ticker: tk, weight: v };
      }
    }
  }
  const snapshots = model.market.strategies.flatMap((x) => model.snaps[x.id]!)
    .filter((s) => s.month >= '2026-02')
    .map((s) => ({ strategy: s.strategy, date: model.tl.days[s.day]!, tickers: [...s.tickers, ...(s.cashMicro > 0 ? ['CASH'] : [])],
      weights: Object.fromEntries(s.weights) }));
  return {
    tradingDays: model.tl.D, universe: model.secs.length, priceRows, snapshots,
    breach: { strategy: BREACH.strategy, ticker: BREACH.ticker, snapshotDate: model.tl.days[bSnap.day]!,
      snapshotWeight: bSnap.weights.get(BREACH.ticker)!, baseDate: model.tl.days[bBase]!, driftedWeight: drifted },
    maxOtherDriftedWeight: maxOther, months, weeks, factorMonths, attribution,
  };
}

// ================================================================ entry points

export function generateSample(opts: GenerateOptions): GenerateResult {
  const log = opts.log ?? (() => {});
  const seed = opts.seed ?? DEFAULT_SEED;
  const universe = opts.universe ?? DEFAULT_UNIVERSE;
  if (!Number.isInteger(universe) || universe < 1) throw new Error(`--universe must be a positive integer: ${universe}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`--seed must be an integer 0..4294967295: ${seed}`);
  const model = simulate(US, seed, universe, log);

  const out = resolve(opts.out);
  mkdirSync(join(out, 'commentary'), { recursive: true });
  const files: Record<string, number> = {};
  files['config.json'] = writeText(join(out, 'config.json'), CONFIG_JSON);
  const prices = writePrices(model, join(out, 'prices.csv'));
  files['prices.csv'] = prices.bytes;
  files['holdings.csv'] = writeHoldings(model, join(out, 'holdings.csv'));
  files['indices.csv'] = writeIndices(model, join(out, 'indices.csv'));
  files['securities.csv'] = writeSecurities(model, join(out, 'securities.csv'));
  files['factor_exposures.csv'] = writeExposures(model, join(out, 'factor_exposures.csv'));
  files['benchmark_exposures.csv'] = writeBenchmarkExposures(model, join(out, 'benchmark_exposures.csv'));
  files['factor_returns.csv'] = writeFactorReturns(model, join(out, 'factor_returns.csv'));
  for (const [month, text] of Object.entries(COMMENTARY)) {
    files[`commentary/${month}.md`] = writeText(join(out, 'commentary', `${month}.md`), text);
  }
  const facts = computeFacts(model, prices.rows);
  files['README.md'] = writeText(join(out, 'README.md'), readme(facts, { seed, universe }));
  return { files, facts };
}

function parseCli(argv: string[]): { out: string; universe: number; seed: number } {
  const opts = { out: 'fixtures/sample', universe: DEFAULT_UNIVERSE, seed: DEFAULT_SEED };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${name} needs a value`);
      return v;
    };
    if (name === '--out') opts.out = value();
    else if (name === '--universe') opts.universe = Number(value());
    else if (name === '--seed') opts.seed = Number(value());
    else if (name === '--help' || name === '-h') {
      process.stdout.write('usage: npx tsx scripts/generate-sample.ts [--out fixtures/sample] [--universe 300] [--seed 20240604]\n');
      process.exit(0);
    } else throw new Error(`unknown argument: ${arg}`);
  }
  return opts;
}

const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(2)}%`);

function main(): void {
  try {
    const opts = parseCli(process.argv.slice(2));
    const { files, facts } = generateSample({ ...opts, log: (s) => process.stderr.write(`${s}\n`) });
    const lines = [`wrote ${resolve(opts.out)} (universe ${facts.universe}, seed ${opts.seed}, ${facts.tradingDays} trading days, ${facts.priceRows} price rows)`];
    for (const [f, b] of Object.entries(files)) lines.push(`  ${f.padEnd(26)} ${String(b).padStart(11)} bytes`);
    lines.push(`breach: ${facts.breach.ticker} in ${facts.breach.strategy} ${pct(facts.breach.snapshotWeight)} on ${facts.breach.snapshotDate} → ${pct(facts.breach.driftedWeight)} on ${facts.breach.baseDate}`);
    lines.push(`largest other weight: ${facts.maxOtherDriftedWeight.strategy} ${facts.maxOtherDriftedWeight.ticker} ${pct(facts.maxOtherDriftedWeight.weight)} on ${facts.maxOtherDriftedWeight.date}`);
    for (const m of facts.months) lines.push(`  ${m.month}  MAJOR100 ${pct(m.MAJOR100).padStart(7)}  SPX ${pct(m.SPX).padStart(7)}  NEXT100 ${pct(m.NEXT100).padStart(7)}  RUT ${pct(m.RUT).padStart(7)}  DJI ${pct(m.DJI).padStart(7)}  IXIC ${pct(m.IXIC).padStart(7)}`);
    for (const w of facts.weeks) lines.push(`  ${w.start}..${w.end}  DJI ${pct(w.DJI)}  SPX ${pct(w.SPX)}  IXIC ${pct(w.IXIC)}`);
    for (const fm of facts.factorMonths) lines.push(`  factors ${fm.month}: ${Object.entries(fm.returns).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}`);
    for (const at of facts.attribution) lines.push(`  attribution ${at.month} ${at.strategy}: excess ${pct(at.excess)} specific ${pct(at.specific)}; ${Object.entries(at.contributions).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}\n    active: ${Object.entries(at.active).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (e) {
    process.stderr.write(`generate-sample: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

// ================================================================ commentary and README

function readme(facts: Facts, opts: { seed: number; universe: number }): string {
  const p2 = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(2)}%`);
  const holidays: string[] = [];
  for (let y = Number(START_DATE.slice(0, 4)); y <= Number(END_DATE.slice(0, 4)); y++) {
    for (const h of nyseHolidays(y)) if (h >= START_DATE && h <= END_DATE && !isWeekend(dateOf(h))) holidays.push(h);
  }
  const splitLines = Object.entries(SPLITS).flatMap(([t, xs]) => xs.map(([d, r]) => `\`${t}\` ${r}-for-1 on ${d}`));
  const cashLines = Object.entries(CASH).flatMap(([s, m]) => Object.entries(m).map(([mo, w]) => `${s} ${mo} (${(w * 100).toFixed(1)}%)`));
  const snapLines = facts.snapshots.map((s) => `- ${s.date} ${s.strategy} (${s.tickers.filter((t) => t !== 'CASH').length} names${s.tickers.includes('CASH') ? ' + CASH' : ''}): ${s.tickers.join(' ')}`);
  const monthRows = facts.months.map((m) => `| ${m.month} | ${p2(m.MAJOR100)} | ${p2(m.SPX)} | ${p2(m.NEXT100)} | ${p2(m.RUT)} | ${p2(m.DJI)} | ${p2(m.IXIC)} |`);
  const b = facts.breach;
  const o = facts.maxOtherDriftedWeight;
  const isDefault = opts.seed === DEFAULT_SEED;
  return `# SYNTHETIC sample data — 合成データ

**All data in this folder is SYNTHETIC.** It was generated by a program from a seeded random number
generator and a simple factor model; it is **not market data** and must not be read as the price,
dividend, index level or factor history of any real security or index.
本フォルダのデータはすべてプログラムで生成した合成データであり、実際の市場データではありません。

The held securities carry real US tickers, company names and short business descriptions (our own
wording) so that the report reads naturally; their prices, dividend amounts, exposures and returns are
invented. Tickers \`U0001\`… are fictional companies. Index levels (SPX, RUT, DJI, IXIC) are synthetic
series that start near the real levels of May 2024. The service provider 株式会社サンプル投資顧問 is fictional.
The commentary files were written for the default seed's data (the market they describe is fictional).

## How it was made

\`\`\`sh
npx tsx scripts/generate-sample.ts                 # = --out fixtures/sample --universe ${DEFAULT_UNIVERSE} --seed ${DEFAULT_SEED}
npx tsx scripts/generate-sample.ts --universe 5000 --out /tmp/big   # same strategies, 5,000 tickers (~70 MB)
\`\`\`

This copy: universe ${facts.universe} tickers, seed ${opts.seed}${isDefault ? ' (the default)' : ''}, ${facts.tradingDays} trading days
(${START_DATE} … ${END_DATE}), ${facts.priceRows} price rows. The generator is deterministic (its own
mulberry32 PRNG, no clock): the same arguments give byte-identical files, and a held security's data
do not depend on \`--universe\`.

Model: daily total return \`r = beta · m + Σ_k x_k · f_k + ε\` with a market factor \`m\` (volatility
clustering), the 14 configured factors \`f\` (factor_returns.csv) and the monthly z-scores \`x\`
(factor_exposures.csv, in effect from the day after their date). Index returns are \`beta · m + Σ_k b_k · f_k\`
plus a little noise, with \`b\` from benchmark_exposures.csv. Month (and, for 2025-12 and 2026-03, week)
targets steer the S&P 500; the two strategies' excess returns are steered in 2025-12 and 2026-03 only.

## What it exercises

- **Trading calendar**: the real NYSE calendar — weekends and these closures are absent:
  ${holidays.join(', ')} (2025-01-09: national day of mourning for President Carter; 2026-07-03 lies after the data).
- **Rebalances** on the first trading day of each month (the first snapshot is ${FIRST_SNAPSHOT}, then
  2024-07-01 … 2026-04-01). A snapshot dated inside the month (not at base) gives every month two
  buy-and-hold pieces, so the contribution linking of REPORT.md is exercised. Names change a little every
  month (1–3 out, 1–3 in); 20–25 names per snapshot; weights written with 6 decimals summing to exactly 1.
- **Splits** while held: ${splitLines.join(', ')} (the close drops accordingly; the \`split\` column is
  empty on every other row, so its default of 1 is exercised).
- **Dividends**: quarterly ex-dates for dividend payers; the \`dividend\` column is empty on all other rows.
- **CASH** rows in ${cashLines.join(', ')}.
- **Compliance breach (exactly one)**: ${b.ticker} is ${p2(b.snapshotWeight)} of ${b.strategy} in the ${b.snapshotDate}
  snapshot, rallies after its results and has drifted to **${(b.driftedWeight * 100).toFixed(4)}%** by the close of
  ${b.baseDate} — the base of 2026-03 — above maxWeight 10%. The 2026-03-02 snapshot brings it back under the
  limit. Apart from LLY in that month, every weight, in every snapshot and at every month-end, is at most ${p2(o.weight)}
  (${o.strategy} ${o.ticker} on ${o.date}); sector weights stay under 35%; holdings counts stay within 20–25.
- **securities.csv quoting**: descriptions with ASCII commas, 「」, double quotes and newlines; some
  fictional names have an empty description (none of them is held).
- **Universe**: most tickers are never held; about 2% are listed only from some date on and 2% stop
  trading before the end (never held), so prices.csv is not a full rectangle.
- The month 2026-04 is incomplete (data end ${END_DATE}): \`wg-report 2026-04\` needs \`--partial\`.

## Snapshots of 2026-02 and later (ticker order = file order, largest weight first)

${snapLines.join('\n')}

## Month returns as the generator computes them (REPORT.md's NAV rules, from the written closes)

| month | MAJOR100 | SPX | NEXT100 | RUT | DJI | IXIC |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${monthRows.join('\n')}
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
