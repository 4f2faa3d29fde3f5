/**
 * Words of degree (大きく, わずかに) and which effects a sentence names at all. Every generated
 * sentence takes its thresholds from here, and always on the unrounded decimal fraction: +0.9999%
 * prints `+1.00%` but is not 大きく (REPORT.md "Number formatting").
 */

/** |x| at or above this is 大きく: an excess return (REPORT.md section 3) or an effect on it. */
export const LARGE = 0.01;

/**
 * |x| below this (and not zero) is わずかに. It is also the floor for naming a factor outside the
 * strategy's traits: a −0.09% effect is noise next to the chart, not a reason worth a clause.
 */
export const SLIGHT = 0.001;

/** At most this many factors outside the traits are named per direction (helped / hurt). */
export const MAX_OTHERS_PER_SIDE = 3;

/** `大きく`, `わずかに` or nothing, for a non-zero magnitude. */
export function degreeWord(x: number): '大きく' | 'わずかに' | '' {
  const m = Math.abs(x);
  if (m >= LARGE) return '大きく';
  if (m < SLIGHT) return 'わずかに';
  return '';
}

/**
 * Picks one of `n` phrasings from the figures a sentence prints, in basis points as printed: the
 * same figures always give the same text (two runs agree), different months usually differ.
 */
export function phrasing(n: number, ...figures: readonly number[]): number {
  const bp = figures.reduce((sum, x) => sum + Math.round(Math.abs(x) * 10_000), 0);
  return bp % n;
}
