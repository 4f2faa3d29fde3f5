/**
 * The data files of DATA.md, written from the markets' Worlds (prices, holdings, indices and securities
 * from every market, the three factor files from the factor model's market only): column order, number formats (closes at
 * most 4 decimals, exposures 4, factor returns 6, weights 6) and row order are the files' contract, so
 * a change here shows as a diff of fixtures/sample.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { FACTOR_IDS, K } from './factors.js';
import { fixed, round, trimmed } from './numeric.js';
import type { Sec, World } from './world.js';

/** Rows by ticker in code-unit order: the same on every machine (localeCompare would follow the ICU build). */
function byTicker(secs: readonly Sec[]): Sec[] {
  return [...secs].sort((a, b) => (a.ticker < b.ticker ? -1 : a.ticker > b.ticker ? 1 : 0));
}

/** RFC 4180 quoting (DATA.md), also for edge spaces, which a reader might trim. */
function csvField(v: string): string {
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replaceAll('"', '""')}"` : v;
}
/**
 * Appends text to a file in ~1 MB chunks: a 5,000-ticker universe (~2.4M price rows, ~70 MB) is never
 * one string in memory.
 */
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


export function writeText(path: string, text: string): number {
  const w = new ChunkWriter(path);
  w.write(text);
  return w.close();
}

/**
 * Writes prices.csv (rows by date, then ticker, across the markets) and replaces the pool names' returns
 * by the realised ones (after rounding closes and dividends), so that the facts the README states are what
 * the report computes from the file. Returns the rows written per market, in the order of `worlds`.
 */
export function writePrices(worlds: readonly World[], path: string): { bytes: number; rows: number[] } {
  const w = new ChunkWriter(path);
  w.write('date,ticker,close,dividend,split\n');
  const order = byTicker(worlds.flatMap((x) => x.secs));
  const worldOf = order.map((s) => worlds.findIndex((x) => x.bySym.get(s.ticker) === s));
  const dayIndex = worlds.map((x) => new Map(x.tl.days.map((d, t) => [d, t])));
  const dates = [...new Set(worlds.flatMap((x) => x.tl.days))].sort();
  const prev = new Float64Array(order.length);
  const realised = worlds.map(() => new Map<string, Float64Array>());
  for (let i = 0; i < order.length; i++) {
    const s = order[i]!;
    if (s.kind !== 'synthetic') realised[worldOf[i]!]!.set(s.ticker, new Float64Array(worlds[worldOf[i]!]!.tl.D));
  }
  const rows = worlds.map(() => 0);
  for (const date of dates) {
    const tOf = dayIndex.map((m) => m.get(date) ?? -1);
    let lines = '';
    for (let i = 0; i < order.length; i++) {
      const s = order[i]!;
      const wi = worldOf[i]!;
      const t = tOf[wi]!;
      if (t < 0 || t < s.first || t > s.last) continue;
      const q = worlds[wi]!.market.quoting;
      let close: number;
      let div = 0;
      let split = 1;
      if (t === s.first) {
        close = round(s.price0, 2);
      } else {
        const p = prev[i]!;
        split = s.splits.get(t) ?? 1;
        if (s.exDays.has(t)) div = Math.max(0.01, round(((p / split) * s.yld) / s.divsPerYear, q.dividendDecimals));
        close = round((p * (1 + s.ret[t]!)) / split - div, q.closeDecimals);
        if (close < 0.01) close = 0.01;
        const real = realised[wi]!.get(s.ticker);
        if (real) real[t] = (split * (close + div)) / p - 1;
      }
      prev[i] = close;
      lines += `${date},${s.ticker},${trimmed(close, q.closeDecimals)},${div > 0 ? trimmed(div, q.dividendDecimals) : ''},${split !== 1 ? String(split) : ''}\n`;
      rows[wi] = rows[wi]! + 1;
    }
    w.write(lines);
  }
  worlds.forEach((x, wi) => {
    for (const [tk, r] of realised[wi]!) x.bySym.get(tk)!.ret.set(r);
  });
  return { bytes: w.close(), rows };
}

export function writeExposures(world: World, path: string): number {
  const w = new ChunkWriter(path);
  w.write(`date,ticker,${FACTOR_IDS.join(',')}\n`);
  const order = byTicker(world.secs);
  world.tl.expDays.forEach((day, j) => {
    const date = world.tl.days[day]!;
    for (const s of order) {
      if (day < s.first || day > s.last) continue;
      let line = `${date},${s.ticker}`;
      for (let k = 0; k < K; k++) line += `,${fixed(s.expo[j * K + k]!, 4)}`;
      w.write(`${line}\n`);
    }
  });
  return w.close();
}

export function writeBenchmarkExposures(world: World, path: string): number {
  const w = new ChunkWriter(path);
  w.write(`date,benchmark,${FACTOR_IDS.join(',')}\n`);
  world.tl.expDays.forEach((day, j) => {
    for (const def of world.market.indices) {
      const be = world.bexpo.get(def.id)!;
      let line = `${world.tl.days[day]},${def.id}`;
      for (let k = 0; k < K; k++) line += `,${fixed(be[j * K + k]!, 4)}`;
      w.write(`${line}\n`);
    }
  });
  return w.close();
}

export function writeFactorReturns(world: World, path: string): number {
  const w = new ChunkWriter(path);
  w.write(`date,${FACTOR_IDS.join(',')}\n`);
  for (let t = 0; t < world.tl.D; t++) {
    let line = world.tl.days[t]!;
    for (let k = 0; k < K; k++) line += `,${fixed(world.f[k * world.tl.D + t]!, 6)}`;
    w.write(`${line}\n`);
  }
  return w.close();
}

export function writeIndices(worlds: readonly World[], path: string): number {
  const w = new ChunkWriter(path);
  w.write('date,index,level\n');
  const dayIndex = worlds.map((x) => new Map(x.tl.days.map((d, t) => [d, t])));
  const dates = [...new Set(worlds.flatMap((x) => x.tl.days))].sort();
  for (const date of dates) {
    worlds.forEach((world, wi) => {
      const t = dayIndex[wi]!.get(date);
      if (t === undefined) return;
      for (const def of world.market.indices) w.write(`${date},${def.id},${fixed(world.idxLevel.get(def.id)![t]!, 2)}\n`);
    });
  }
  return w.close();
}

/** securities.csv with DATA.md's `market` column: every row names its market, the first one's included. */
export function writeSecurities(worlds: readonly World[], path: string): number {
  const w = new ChunkWriter(path);
  w.write('ticker,name,sector,description,name_en,market\n');
  const marketOf = new Map(worlds.flatMap((x) => x.secs.map((s) => [s, x.market.id] as const)));
  for (const s of byTicker([...marketOf.keys()])) {
    w.write(`${[s.ticker, s.name, s.sector, s.desc, s.nameEn, marketOf.get(s)!].map(csvField).join(',')}\n`);
  }
  return w.close();
}

/** holdings.csv, one market after the other (the first market's rows first), each by date and strategy. */
export function writeHoldings(worlds: readonly World[], path: string): number {
  const w = new ChunkWriter(path);
  w.write('date,strategy,ticker,weight\n');
  for (const world of worlds) writeMarketHoldings(world, w);
  return w.close();
}

function writeMarketHoldings(world: World, w: ChunkWriter): void {
  const all = world.market.strategies.flatMap((x) => world.snaps[x.id]!).sort((a, b) => a.day - b.day || (a.strategy < b.strategy ? -1 : 1));
  for (const s of all) {
    const date = world.tl.days[s.day]!;
    s.tickers.forEach((tk, i) => w.write(`${date},${s.strategy},${tk},${(s.micro[i]! / 1e6).toFixed(6)}\n`));
    if (s.cashMicro > 0) w.write(`${date},${s.strategy},CASH,${(s.cashMicro / 1e6).toFixed(6)}\n`);
  }
}
