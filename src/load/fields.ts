/**
 * Field grammar (DATA.md): ISO dates that exist, and plain decimal numbers.
 * Dates are handled as day numbers (src/dates.ts) while loading: compact and ordered.
 */
import { hasIsoDateShape, isoDay } from '../dates.js';
import type { LoadContext } from './context.js';

/** Whether `s` is: optional `-`, digits, optional `.digits`, optional exponent (NUMBER_RE, by hand: hot). */
function isNumberText(s: string): boolean {
  const n = s.length;
  let i = 0;
  if (s.charCodeAt(0) === 45) i++;
  const intStart = i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  if (i === intStart) return false;
  if (i < n && s.charCodeAt(i) === 46) {
    const fracStart = ++i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    if (i === fracStart) return false;
  }
  if (i < n && (s.charCodeAt(i) | 32) === 101) {
    i++;
    const c = s.charCodeAt(i);
    if (c === 43 || c === 45) i++;
    const expStart = i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    if (i === expStart) return false;
  }
  return i === n;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Optional `-`, digits, optional `.digits`, optional exponent; finite. Anything else → NaN. */
export function parseNumber(s: string): number {
  if (!isNumberText(s)) return NaN;
  const x = Number(s);
  return Number.isFinite(x) ? x : NaN;
}

function dateProblem(raw: string): string {
  if (raw === '') return 'is empty: a date YYYY-MM-DD is required';
  return hasIsoDateShape(raw) ? 'is not a date: no such day' : 'is not a date (YYYY-MM-DD)';
}

/** Day number of a date field, or NaN after reporting the problem. */
export function dateField(ctx: LoadContext, file: string, line: number, column: string, raw: string): number {
  const day = isoDay(raw);
  if (Number.isNaN(day)) ctx.error({ file, line, column, value: raw, message: dateProblem(raw) });
  return day;
}

/** Report a date field already found bad (when the caller caches isoDay results). */
export function reportBadDate(ctx: LoadContext, file: string, line: number, column: string, raw: string): void {
  ctx.error({ file, line, column, value: raw, message: dateProblem(raw) });
}

export interface NumberRule {
  /** The value of an empty field; without it an empty field is an error. */
  default?: number;
  /** Lower bound; `min` is inclusive unless `exclusiveMin`. */
  min?: number;
  exclusiveMin?: boolean;
  max?: number;
}

/** A number field checked against its rule, or NaN after reporting the problem. */
export function numberField(
  ctx: LoadContext,
  file: string,
  line: number,
  column: string,
  raw: string,
  rule: NumberRule = {},
): number {
  if (raw === '') {
    if (rule.default !== undefined) return rule.default;
    ctx.error({ file, line, column, value: raw, message: 'is empty: a number is required' });
    return NaN;
  }
  const x = parseNumber(raw);
  if (Number.isNaN(x)) {
    const why = isNumberText(raw) ? 'is out of range' : 'is not a number';
    ctx.error({ file, line, column, value: raw, message: why });
    return NaN;
  }
  if (rule.min !== undefined && (rule.exclusiveMin ? !(x > rule.min) : !(x >= rule.min))) {
    ctx.error({ file, line, column, value: raw, message: `must be ${rule.exclusiveMin ? '>' : '>='} ${rule.min}` });
    return NaN;
  }
  if (rule.max !== undefined && !(x <= rule.max)) {
    ctx.error({ file, line, column, value: raw, message: `must be <= ${rule.max}` });
    return NaN;
  }
  return x;
}

/** A required text field: empty is an error. */
export function textField(ctx: LoadContext, file: string, line: number, column: string, raw: string): string | null {
  if (raw === '') {
    ctx.error({ file, line, column, value: raw, message: 'is empty' });
    return null;
  }
  return raw;
}
