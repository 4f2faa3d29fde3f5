/**
 * The data files of DATA.md, written from one market's World: column order, number formats (closes at
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
 * Writes prices.csv and replaces the pool names' returns by the realised ones (after rounding closes and
 * dividends), so that the facts the README states are what the report computes from the file.
 */
export function writePrices(world: World, path: string): { bytes: number; rows: number } {
  const w = new ChunkWriter(path);
  w.write('date,ticker,close,dividend,split\n');
  const order = byTicker(world.secs);
  const prev = new Float64Array(order.length);
  const realised = new Map<string, Float64Array>();
  for (const s of order) if (s.kind !== 'synthetic') realised.set(s.ticker, new Float64Array(world.tl.D));
  let rows = 0;
  for (let t = 0; t < world.tl.D; t++) {
    const date = world.tl.days[t]!;
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
  for (const [tk, r] of realised) world.bySym.get(tk)!.ret.set(r);
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

export function writeIndices(world: World, path: string): number {
  const w = new ChunkWriter(path);
  w.write('date,index,level\n');
  for (let t = 0; t < world.tl.D; t++) {
    for (const def of world.market.indices) w.write(`${world.tl.days[t]},${def.id},${fixed(world.idxLevel.get(def.id)![t]!, 2)}\n`);
  }
  return w.close();
}

export function writeSecurities(world: World, path: string): number {
  const w = new ChunkWriter(path);
  w.write('ticker,name,sector,description,name_en\n');
  const order = byTicker(world.secs);
  for (const s of order) w.write(`${[s.ticker, s.name, s.sector, s.desc, s.nameEn].map(csvField).join(',')}\n`);
  return w.close();
}

export function writeHoldings(world: World, path: string): number {
  const w = new ChunkWriter(path);
  w.write('date,strategy,ticker,weight\n');
  const all = world.market.strategies.flatMap((x) => world.snaps[x.id]!).sort((a, b) => a.day - b.day || (a.strategy < b.strategy ? -1 : 1));
  for (const s of all) {
    const date = world.tl.days[s.day]!;
    s.tickers.forEach((tk, i) => w.write(`${date},${s.strategy},${tk},${(s.micro[i]! / 1e6).toFixed(6)}\n`));
    if (s.cashMicro > 0) w.write(`${date},${s.strategy},CASH,${(s.cashMicro / 1e6).toFixed(6)}\n`);
  }
  return w.close();
}
