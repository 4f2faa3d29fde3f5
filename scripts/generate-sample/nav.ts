/**
 * REPORT.md's NAV arithmetic on the model's returns: buy-and-hold between snapshots, weights reset on
 * snapshot dates. The generator computes with the report's own rules so that what it steers (excess
 * returns, the breach's drifted weight) is what the report will show.
 */
import type { Snap, World } from './world.js';

/** A holding's return on day t; CASH earns nothing (REPORT.md). */
export function r(world: World, ticker: string, t: number): number {
  return ticker === 'CASH' ? 0 : world.bySym.get(ticker)!.ret[t]!;
}
/** One day of buy-and-hold: returns the portfolio return and drifts w in place. */
export function step(world: World, w: Map<string, number>, t: number): number {
  let R = 0;
  for (const [tk, v] of w) R += v * r(world, tk, t);
  for (const [tk, v] of w) w.set(tk, (v * (1 + r(world, tk, t))) / (1 + R));
  return R;
}
/** The weights held after day's close (drifted, reset on snapshot dates); null before the first snapshot. */
export function weightsAt(world: World, strategy: string, day: number): Map<string, number> | null {
  const snaps = world.snaps[strategy]!;
  let s: Snap | undefined;
  for (const x of snaps) if (x.day <= day) s = x;
  if (!s) return null;
  const w = new Map(s.weights);
  for (let t = s.day + 1; t <= day; t++) step(world, w, t);
  return w;
}
/** Return over (a, b] of the strategy; `shift` is added to every held name's return on each day. */
export function periodReturn(world: World, strategy: string, a: number, b: number, shift = 0, commit = false): number {
  const snaps = world.snaps[strategy]!;
  const w = weightsAt(world, strategy, a);
  if (!w) throw new Error(`${strategy}: no snapshot on or before ${world.tl.days[a]}`);
  let growth = 1;
  for (let t = a + 1; t <= b; t++) {
    if (shift !== 0) {
      for (const tk of w.keys()) {
        if (tk === 'CASH') continue;
        const ret = world.bySym.get(tk)!.ret;
        ret[t] = ret[t]! + shift;
      }
    }
    growth *= 1 + step(world, w, t);
    if (shift !== 0 && !commit) {
      for (const tk of w.keys()) {
        if (tk === 'CASH') continue;
        const ret = world.bySym.get(tk)!.ret;
        ret[t] = ret[t]! - shift;
      }
    }
    if (world.snapDays[strategy]!.has(t)) {
      const s = snaps.find((x) => x.day === t)!;
      w.clear();
      for (const [tk, v] of s.weights) w.set(tk, v);
    }
  }
  return growth - 1;
}
