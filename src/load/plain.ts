/**
 * Reading plainly written fields straight from a CSV line's bytes (the byte path of readCsvBytes, for
 * the universe-sized files): dates by their digits, keys by their bytes, unsigned and signed decimals
 * by their grammar. Each reader accepts only what is certainly valid and gives -1 (or NaN) for
 * anything else, which the text path then judges and reports. A field ends at a comma or at the line's
 * end (LF, or the CR of a CRLF): the readers do not know where the line ends, `e` only bounds them
 * (the caller checks the byte after each field, and that the line ends before `e`).
 */
import { isoDay } from '../dates.js';

const COMMA = 44;
const LF = 10;
const CR = 13;

/** Whether `c` may follow a field: a comma, or the line's end (LF, or the CR of a CRLF). */
function endsField(c: number | undefined): boolean {
  return c === COMMA || c === LF || c === CR;
}

/** Past a field whose value the reader does not use: at its comma or at the line's end. */
export function skipField(b: Uint8Array, p: number, e: number): number {
  let x = 0;
  while (p < e && (x = b[p]!) !== COMMA && x !== LF && x !== CR) p++;
  return p;
}

/** The LF that ends the line whose last field ended at `p` (past the CR of a CRLF; a lone CR is not an end), or -1. */
export function lineEnd(b: Uint8Array, p: number, e: number): number {
  if (p < e && b[p] === CR) p++;
  return p < e && b[p] === LF ? p : -1;
}

/** `YYYY-MM-DD` → day number, cached by its digits (a sorted file repeats a date thousands of times). */
export class DayBytes {
  private readonly cache = new Map<number, number>();
  private lastKey = -1;
  private lastDay = NaN;

  /** The day at `b[p, p + 10)`, or NaN (not that shape, or no such day). */
  at(b: Uint8Array, p: number, e: number): number {
    if (p + 10 > e || b[p + 4] !== 45 || b[p + 7] !== 45) return NaN;
    const key = digits(b, p, 4) * 10000 + digits(b, p + 5, 2) * 100 + digits(b, p + 8, 2);
    if (key < 0) return NaN;
    if (key !== this.lastKey) {
      let day = this.cache.get(key);
      if (day === undefined) {
        day = isoDay(String.fromCharCode(...b.subarray(p, p + 10)));
        this.cache.set(key, day);
      }
      this.lastKey = key;
      this.lastDay = day;
    }
    return this.lastDay;
  }
}

/** A key as the byte path knows it. */
export interface KeyEntry {
  bytes: Uint8Array;
  /** The key that followed this one last time (a file sorted by date repeats the same order). */
  next: KeyEntry | null;
}

/** Keys by their bytes: the one that came after the previous row's last time, else the previous row's, else by name. */
export class KeyBytes<T extends KeyEntry> {
  private readonly byName = new Map<string, T>();
  private prev: T | null = null;
  /** Set by `at` when the key is not known yet: its bytes, for `take`. */
  private newStart = -1;
  private newEnd = -1;
  private found: T | null = null;

  constructor(private readonly make: (name: string, bytes: Uint8Array) => T) {}

  /**
   * Reads the key field at `p`; returns where it ends, or -1 when it is empty, not printable ASCII or
   * not ended before `e`. The entry is made only by `take`, once the whole row has passed.
   */
  at(b: Uint8Array, p: number, e: number): number {
    const prev = this.prev;
    if (prev !== null && prev.next !== null && bytesAt(prev.next.bytes, b, p, e)) {
      this.found = prev.next as T;
      return p + prev.next.bytes.length;
    }
    if (prev !== null && bytesAt(prev.bytes, b, p, e)) {
      this.found = prev;
      return p + prev.bytes.length;
    }
    let q = p;
    let c = 0;
    while (q < e && (c = b[q]!) !== COMMA) {
      if (c <= 32 || c >= 127) {
        if (c === LF || c === CR) break;
        return -1;
      }
      q++;
    }
    if (q === p || q >= e) return -1;
    this.found = null;
    this.newStart = p;
    this.newEnd = q;
    return q;
  }

  /** The entry of the key last read (made now if new), which becomes the previous row's. */
  take(b: Uint8Array): T {
    let t = this.found;
    if (t === null) {
      const name = String.fromCharCode(...b.subarray(this.newStart, this.newEnd));
      t = this.byName.get(name) ?? null;
      if (t === null) {
        t = this.make(name, b.slice(this.newStart, this.newEnd));
        this.byName.set(name, t);
      }
    }
    const prev = this.prev;
    if (prev !== null && prev !== t) prev.next = t;
    this.prev = t;
    return t;
  }
}

/** The number written by the `n` digits at `p`; negative when one is not a digit. */
function digits(b: Uint8Array, p: number, n: number): number {
  let x = 0;
  for (let i = p; i < p + n; i++) {
    const d = b[i]! - 48;
    if (d < 0 || d > 9) return -1e9;
    x = x * 10 + d;
  }
  return x;
}

/** Whether `b` holds the field `name` at `p` (followed, before `e`, by a comma or the line's end). */
export function bytesAt(name: Uint8Array, b: Uint8Array, p: number, e: number): boolean {
  const n = name.length;
  if (p + n >= e || !endsField(b[p + n])) return false;
  for (let i = 0; i < n; i++) if (name[i] !== b[p + i]) return false;
  return true;
}

/**
 * The end of an unsigned `digits[.digits]` field of at most 24 bytes starting at `p` (a finite number,
 * never rounded to 0), or -1. `positive`: some digit must not be 0. `empty`: an empty field passes
 * (the column's default). Anything else (a sign, an exponent, a space) is the text path's to judge.
 */
export function plainDecimal(b: Uint8Array, p: number, e: number, positive: boolean, empty: boolean): number {
  let nonzero = false;
  let i = p;
  let d = 0;
  while (i < e && (d = b[i]! - 48) >= 0 && d <= 9) {
    if (d !== 0) nonzero = true;
    i++;
  }
  if (i === p) return empty && i < e && endsField(b[i]) ? i : -1;
  if (i < e && b[i] === 46) {
    const frac = ++i;
    while (i < e && (d = b[i]! - 48) >= 0 && d <= 9) {
      if (d !== 0) nonzero = true;
      i++;
    }
    if (i === frac) return -1;
  }
  if (i - p > 24 || (positive && !nonzero)) return -1;
  return i;
}

/**
 * The end of a `[-]digits[.digits]` field of at most 24 bytes at `p` (a finite number), or -1: an
 * empty field, an exponent, a space, anything else is the text path's to judge.
 */
export function signedDecimal(b: Uint8Array, p: number, e: number): number {
  const q = p < e && b[p] === 45 ? p + 1 : p;
  const end = plainDecimal(b, q, e, false, false);
  return end < 0 || end - p > 24 ? -1 : end;
}

/** The powers of ten that are exact doubles. */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/**
 * The value of the unsigned `digits[.digits]` at `b[p, end)` (as plainDecimal found it), or NaN when it
 * cannot be had exactly this way. With at most 15 significant digits the digits are an exact integer
 * m, and m / 10^k (k ≤ 22, an exact double) is one correctly rounded division: the very number
 * Number(text) gives. Longer numbers are the text path's.
 */
export function decimalValue(b: Uint8Array, p: number, end: number): number {
  let m = 0;
  let significant = 0;
  let frac = -1;
  for (let i = p; i < end; i++) {
    const c = b[i]!;
    if (c === 46) {
      frac = 0;
      continue;
    }
    m = m * 10 + (c - 48);
    if (m !== 0) significant++;
    if (frac >= 0) frac++;
  }
  if (significant > 15 || frac > 22) return NaN;
  return frac > 0 ? m / POW10[frac]! : m;
}
