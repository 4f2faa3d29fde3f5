/**
 * Percent and ratio formatting (REPORT.md "Number formatting").
 * Rounding works on the shortest decimal that reads back as the same double (`String(x)`), never on
 * the binary value, so 0.000125 → 0.01% and 0.00015 → 0.02% as a person would round them.
 */

/** A decimal as sign, digit string and power of ten: value = ±digits × 10^exp. */
interface Decimal {
  negative: boolean;
  digits: string;
  exp: number;
}

function toDecimal(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`cannot format ${x}`);
  const s = String(Math.abs(x));
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s);
  if (!m) throw new RangeError(`unexpected number form ${s}`);
  const int = m[1] ?? '';
  const frac = m[2] ?? '';
  const e = Number(m[3] ?? '0');
  return { negative: x < 0 || Object.is(x, -0), digits: int + frac, exp: e - frac.length };
}

/**
 * Rounds ±digits×10^exp to `places` decimals, half away from zero, returning the magnitude as a
 * fixed-point string and whether it is zero.
 */
function roundDecimal(d: Decimal, places: number): { text: string; zero: boolean } {
  // Scale so that the integer part holds everything up to `places` decimals.
  const shift = d.exp + places; // value × 10^places = digits × 10^shift
  let intDigits: string;
  let roundUp = false;
  if (shift >= 0) {
    intDigits = d.digits + '0'.repeat(shift);
  } else {
    const cut = d.digits.length + shift; // digits kept
    if (cut <= 0) {
      intDigits = '0';
      // The first dropped digit is the first digit of `digits` only when cut === 0.
      roundUp = cut === 0 && (d.digits[0] ?? '0') >= '5';
    } else {
      intDigits = d.digits.slice(0, cut);
      roundUp = (d.digits[cut] ?? '0') >= '5';
    }
  }
  const n = BigInt(intDigits) + (roundUp ? 1n : 0n);
  const zero = n === 0n;
  let text = n.toString().padStart(places + 1, '0');
  if (places > 0) text = `${text.slice(0, -places)}.${text.slice(-places)}`;
  return { text, zero };
}

/** x formatted with `places` decimals, half away from zero; a value that rounds to zero has no sign. */
export function formatFixed(x: number, places: number): { magnitude: string; negative: boolean } {
  const d = toDecimal(x);
  const { text, zero } = roundDecimal(d, places);
  return { magnitude: text, negative: d.negative && !zero };
}

/** Table style: `3.03%`, `-2.27%`, `0.00%`. Input is a decimal fraction; null prints `-`. */
export function formatPercent(x: number | null): string {
  if (x === null) return '-';
  const d = toDecimal(x);
  const { text, zero } = roundDecimal({ ...d, exp: d.exp + 2 }, 2);
  return `${d.negative && !zero ? '-' : ''}${text}%`;
}

/** Headline style: `+3.03%`, `△2.27%` (the configured negative mark), `0.00%`. */
export function formatSignedPercent(x: number, negativeMark: string): string {
  const d = toDecimal(x);
  const { text, zero } = roundDecimal({ ...d, exp: d.exp + 2 }, 2);
  if (zero) return `${text}%`;
  return `${d.negative ? negativeMark : '+'}${text}%`;
}

/** Ratios (Sharpe, Sortino): two decimals, `-` when absent. */
export function formatRatio(x: number | null): string {
  if (x === null) return '-';
  const { magnitude, negative } = formatFixed(x, 2);
  return `${negative ? '-' : ''}${magnitude}`;
}
