/**
 * Shaping: after the holdings are chosen, the held names' returns are nudged so that the strategies meet
 * the scenario's excess targets and the planned breach happens, and the holdings are re-weighted until no
 * other name drifts above the limit. Shaping changes only pool names' returns, never the market, factors
 * or indices, so the synthetic universe and the index files do not depend on it.
 */
import { MIN_WEIGHT, solveWeights } from './holdings.js';
import { indexReturn } from './market-model.js';
import { periodReturn, r, weightsAt } from './nav.js';
import type { World } from './world.js';

/** A drifted weight above this at a month's base (other than the breach) sends the holdings round again. */
export const DRIFT_LIMIT = 0.095;

/** The excess targets and the breach, as events in day order: each runs on the returns the earlier ones left. */
export function engineer(world: World): void {
  const { market, tl } = world;
  const breach = market.breach;
  for (const s of world.secs) if (s.kind !== 'synthetic') s.ret.set(world.poolBase.get(s.ticker)!);
  const months = Object.keys(market.scenario.excess).sort();
  const events: { day: number; run: () => void }[] = [];
  for (const month of months) {
    const sp = tl.span(month);
    for (const [strategy, excess] of Object.entries(market.scenario.excess[month]!)) {
      events.push({ day: sp.first, run: () => {
        const bench = market.strategies.find((s) => s.id === strategy)!.benchmark;
        const target = (1 + indexReturn(world, bench, sp.first - 1, sp.last)) * (1 + excess) - 1;
        let lo = -0.03;
        let hi = 0.03;
        for (let it = 0; it < 80; it++) {
          const mid = (lo + hi) / 2;
          if (periodReturn(world, strategy, sp.first - 1, sp.last, mid) < target) lo = mid;
          else hi = mid;
        }
        periodReturn(world, strategy, sp.first - 1, sp.last, (lo + hi) / 2, true);
      } });
    }
  }
  if (breach) events.push({ day: tl.span(breach.snapshotMonth).first, run: () => {
    const breachSpan = tl.span(breach.snapshotMonth);
    // The name rallies after its results so that its drifted weight at the month's last close is ~target.
    const snap = world.snaps[breach.strategy]!.find((s) => s.month === breach.snapshotMonth)!;
    const end = breachSpan.last;
    const growth = new Map<string, number>();
    for (const tk of snap.weights.keys()) {
      let g = 1;
      for (let t = snap.day + 1; t <= end; t++) g *= 1 + r(world, tk, t);
      growth.set(tk, g);
    }
    let others = 0;
    for (const [tk, v] of snap.weights) if (tk !== breach.ticker) others += v * growth.get(tk)!;
    const w0 = snap.weights.get(breach.ticker)!;
    const need = (breach.target * others) / (1 - breach.target);
    const g = need / (w0 * growth.get(breach.ticker)!);
    const sec = world.bySym.get(breach.ticker)!;
    const jumpDays = [snap.day + 3, snap.day + 4, snap.day + 5];
    const per = g ** (1 / jumpDays.length);
    for (const t of jumpDays) sec.ret[t] = (1 + sec.ret[t]!) * per - 1;
  } });
  events.sort((a, b) => a.day - b.day);
  for (const e of events) e.run();
}

/** Drifted weights at every month-end base: shrink any name (other than the planned breach) that ends above the limit. */
export function audit(world: World): string[] {
  const breach = world.market.breach;
  const notes: string[] = [];
  for (const { id: strategy } of world.market.strategies) {
    const snaps = world.snaps[strategy]!;
    for (let k = 1; k < snaps.length; k++) {
      const base = snaps[k]!.day - 1;
      const w = weightsAt(world, strategy, base)!;
      const prevSnap = snaps[k - 1]!;
      const sectorSum = new Map<string, number>();
      for (const [tk, v] of w) {
        if (tk === 'CASH') continue;
        const sector = world.bySym.get(tk)!.sector;
        sectorSum.set(sector, (sectorSum.get(sector) ?? 0) + v);
        const planned = !!breach && strategy === breach.strategy && tk === breach.ticker && prevSnap.month === breach!.snapshotMonth;
        if (!planned && v > DRIFT_LIMIT) {
          const cur = prevSnap.weights.get(tk)!;
          prevSnap.caps.set(tk, Math.max(MIN_WEIGHT, cur * 0.85));
          notes.push(`${strategy} ${world.tl.days[base]} ${tk} ${v.toFixed(4)}`);
        }
      }
      for (const [sector, sum] of sectorSum) {
        if (sum > 0.345) {
          for (const tk of prevSnap.tickers) {
            if (world.bySym.get(tk)!.sector === sector) prevSnap.caps.set(tk, Math.max(MIN_WEIGHT, prevSnap.weights.get(tk)! * 0.9));
          }
          notes.push(`${strategy} ${world.tl.days[base]} sector ${sector} ${sum.toFixed(4)}`);
        }
      }
    }
  }
  return notes;
}

/** Weights, shaping and audit, round after round, until the audit finds nothing (at most 12 rounds). */
export function settle(world: World, log: (line: string) => void): void {
  let settled = false;
  for (let round = 1; round <= 12 && !settled; round++) {
    for (const { id } of world.market.strategies) {
      world.snaps[id]!.forEach((s, i) => solveWeights(world, s, i === 0));
    }
    engineer(world);
    const notes = audit(world);
    if (notes.length === 0) settled = true;
    else log(`round ${round}: drift above ${DRIFT_LIMIT} → ${notes.join('; ')}`);
  }
  if (!settled) log('warning: the drift audit did not settle; a second maxWeight breach may exist');
}
