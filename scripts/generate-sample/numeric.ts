/** Rounding and number formatting of the written files, and the solver that makes a period meet a target. */

export const round = (x: number, d: number): number => {
  const p = 10 ** d;
  return Math.round(x * p) / p;
};
/** Fixed decimals, never "-0.000". */
export function fixed(x: number, d: number): string {
  const s = x.toFixed(d);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}
/** At most d decimals, trailing zeros dropped. */
export function trimmed(x: number, d: number): string {
  const s = fixed(x, d);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
/**
 * The daily shift c with Π(1 + v_t + c) = 1 + target (Newton on the log). Shifting every day of a period
 * by the same amount meets a month or week target without changing the period's day-to-day shape.
 */
export function solveShift(values: readonly number[], target: number): number {
  const goal = Math.log1p(target);
  let c = 0;
  for (let it = 0; it < 60; it++) {
    let g = -goal;
    let dg = 0;
    for (const v of values) {
      g += Math.log1p(v + c);
      dg += 1 / (1 + v + c);
    }
    const step = g / dg;
    c -= step;
    if (Math.abs(step) < 1e-15) break;
  }
  return c;
}
