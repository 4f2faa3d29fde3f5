/**
 * The strategies' holdings: which names each monthly snapshot holds and at what weights. Selection scores
 * the pool on the strategy's traits (plus noise, so names change 1–3 a month); weights follow
 * preferences under the sample's caps, which sit inside config.json's limits so that only the planned
 * breach ever crosses them.
 */
import { FI, K } from './factors.js';
import type { Timeline } from './timeline.js';
import type { Snap, World } from './world.js';

/** config.json's minHoldings / maxHoldings. */
const MIN_NAMES = 20;
const MAX_NAMES = 25;
/** At most seven names of one sector: at 4–5% a name, more would press against SECTOR_CAP. */
const MAX_NAMES_PER_SECTOR = 7;
/** Name cap at a snapshot: room to drift up to DRIFT_LIMIT before maxWeight (10%). */
export const NORMAL_CAP = 0.075;
export const MIN_WEIGHT = 0.015;
/** Sector cap at a snapshot, under maxSectorWeight (35%). */
const SECTOR_CAP = 0.33;

/** Snapshot days: the market's first snapshot, then the first trading day of every later month (REPORT.md's rebalances). */
function snapshotDays(tl: Timeline, firstSnapshot: string): { month: string; day: number }[] {
  const firstDay = tl.dayOf(firstSnapshot);
  return tl.months
    .filter((sp) => sp.key >= firstSnapshot.slice(0, 7))
    .map((sp) => ({ month: sp.key, day: sp.key === firstSnapshot.slice(0, 7) ? firstDay : sp.first }));
}

export function selectHoldings(world: World): void {
  const { tl } = world;
  for (const def of world.market.strategies) {
    const strategy = def.id;
    const rng = world.rng(`select:${strategy}`);
    const pool = world.secs.filter((s) => s.kind === strategy);
    let size = def.firstSize;
    let prev: string[] = [];
    const snaps: Snap[] = [];
    for (const { month, day } of snapshotDays(tl, world.market.firstSnapshot)) {
      const row = tl.rowOn(day);
      const score = new Map<string, number>();
      for (const s of pool) {
        let v = 0;
        for (const fid of def.traits) v += s.expo[row * K + FI[fid]]!;
        score.set(s.ticker, v / def.traits.length + 0.45 * rng.normal());
      }
      const required = new Set([...def.core, ...(def.forced[month] ?? [])]);
      if (snaps.length > 0) size = Math.min(MAX_NAMES, Math.max(MIN_NAMES, size + rng.pick([-1, 0, 0, 1])));
      const sectorOf = (t: string) => world.bySym.get(t)!.sector;
      const byScore = (a: string, b: string) => score.get(b)! - score.get(a)! || (a < b ? -1 : 1);
      let chosen: string[];
      const removed = new Set<string>();
      if (prev.length === 0) {
        chosen = [...required];
      } else {
        chosen = [...prev].sort(byScore);
        const nOut = rng.pick([1, 1, 2, 2, 3]);
        for (let n = 0; n < nOut; n++) {
          for (let i = chosen.length - 1; i >= 0; i--) {
            if (!required.has(chosen[i]!)) {
              removed.add(chosen[i]!);
              chosen.splice(i, 1);
              break;
            }
          }
        }
        for (const r of required) if (!chosen.includes(r)) chosen.push(r);
      }
      const candidates = pool.map((s) => s.ticker).filter((t) => !chosen.includes(t) && !removed.has(t)).sort(byScore);
      const countIn = (sector: string) => chosen.filter((t) => sectorOf(t) === sector).length;
      for (const c of candidates) {
        if (chosen.length >= size) break;
        if (countIn(sectorOf(c)) >= MAX_NAMES_PER_SECTOR) continue;
        chosen.push(c);
      }
      chosen.sort(byScore);
      while (chosen.length > size) {
        let i = chosen.length - 1;
        while (required.has(chosen[i]!)) i--;
        chosen.splice(i, 1);
      }
      const prefs = new Map<string, number>();
      for (const t of chosen) prefs.set(t, Math.exp(0.35 * score.get(t)! + 0.3 * rng.normal()));
      const cash = def.cash[month] ?? 0;
      snaps.push({
        strategy, month, day, tickers: chosen, micro: [], cashMicro: Math.round(cash * 1e6), prefs,
        caps: new Map(), weights: new Map(),
      });
      prev = chosen;
    }
    world.snaps[strategy] = snaps;
    world.snapDays[strategy] = new Set(snaps.map((s) => s.day));
  }
}

/** Weights from preferences under the name, minimum and sector bounds; integer millionths summing to 1e6. */
export function solveWeights(world: World, snap: Snap, isFirst: boolean): void {
  const breach = world.market.breach;
  const names = snap.tickers;
  const investable = 1 - snap.cashMicro / 1e6;
  const fixedW = new Map<string, number>();
  if (breach && snap.strategy === breach.strategy && snap.month === breach.snapshotMonth) fixedW.set(breach.ticker, breach.snapshotWeight);
  // The first row of holdings.csv: a core name, held throughout, at a round weight.
  if (isFirst) fixedW.set(world.market.strategies.find((s) => s.id === snap.strategy)!.core[0]!, NORMAL_CAP);
  const capOf = (t: string) => Math.min(isFirst ? NORMAL_CAP - 0.003 : NORMAL_CAP, snap.caps.get(t) ?? 1);
  const sectorOf = (t: string) => world.bySym.get(t)!.sector;
  const w = new Map<string, number>();
  const free = names.filter((t) => !fixedW.has(t));
  let fixedSum = 0;
  for (const [t, v] of fixedW) {
    w.set(t, v);
    fixedSum += v;
  }
  const prefSum = free.reduce((a, t) => a + snap.prefs.get(t)!, 0);
  for (const t of free) w.set(t, (snap.prefs.get(t)! / prefSum) * (investable - fixedSum));
  for (let it = 0; it < 2000; it++) {
    let changed = false;
    for (const t of free) {
      const v = w.get(t)!;
      if (v > capOf(t) + 1e-15) { w.set(t, capOf(t)); changed = true; }
      if (v < MIN_WEIGHT - 1e-15) { w.set(t, MIN_WEIGHT); changed = true; }
    }
    const sectorSum = new Map<string, number>();
    for (const t of names) sectorSum.set(sectorOf(t), (sectorSum.get(sectorOf(t)) ?? 0) + w.get(t)!);
    for (const [sec, sum] of sectorSum) {
      if (sum > SECTOR_CAP + 1e-12) {
        const movable = free.filter((t) => sectorOf(t) === sec);
        const fixedIn = names.filter((t) => sectorOf(t) === sec && fixedW.has(t)).reduce((a, t) => a + w.get(t)!, 0);
        const movSum = movable.reduce((a, t) => a + w.get(t)!, 0);
        const factor = (SECTOR_CAP - fixedIn) / movSum;
        for (const t of movable) w.set(t, Math.max(MIN_WEIGHT, w.get(t)! * factor));
        changed = true;
      }
    }
    // Hand the shortfall (or excess) to names with room, in proportion to their weight.
    const total = names.reduce((a, t) => a + w.get(t)!, 0);
    const gap = investable - total;
    if (Math.abs(gap) > 1e-13) {
      const fullSectors = new Set([...sectorSum].filter(([, s]) => s >= SECTOR_CAP - 1e-12).map(([s]) => s));
      const room = free.filter((t) => gap > 0
        ? w.get(t)! < capOf(t) - 1e-12 && !fullSectors.has(sectorOf(t))
        : w.get(t)! > MIN_WEIGHT + 1e-12);
      const roomSum = room.reduce((a, t) => a + w.get(t)!, 0);
      if (roomSum <= 0) throw new Error(`cannot place weights for ${snap.strategy} ${snap.month}`);
      for (const t of room) w.set(t, w.get(t)! + (gap * w.get(t)!) / roomSum);
      changed = true;
    }
    if (!changed) break;
  }
  const sorted = [...names].sort((a, b) => w.get(b)! - w.get(a)! || (a < b ? -1 : 1));
  const micro = sorted.map((t) => Math.round(w.get(t)! * 1e6));
  const diff = 1e6 - snap.cashMicro - micro.reduce((a, b) => a + b, 0);
  micro[micro.length - 1] = micro.at(-1)! + diff; // the last row absorbs the rounding
  snap.tickers = sorted;
  snap.micro = micro;
  snap.weights = new Map(sorted.map((t, i) => [t, micro[i]! / 1e6]));
  if (snap.cashMicro > 0) snap.weights.set('CASH', snap.cashMicro / 1e6);
}
