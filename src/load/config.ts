/**
 * config.json (DATA.md): JSON syntax, then the whole file against config.schema.json (every problem
 * with its JSON path; unknown keys are warnings), then the cross-references (benchmarks, weeklyIndices,
 * course weight keys, traits → configured ids; course weights sum to 1 ± 1e-9), then defaults.
 */
import type { ErrorObject } from 'ajv';
import { printParseErrorCode, visit } from 'jsonc-parser';
import type { Config, CourseConfig, FactorConfig, IndexConfig, MarketConfig, NoticeConfig, StrategyConfig } from '../types.js';
import { validate as compiled } from './config-validator.js';
import type { LoadContext } from './context.js';
import { decodeText } from './text.js';

export const CONFIG = 'config.json';

const COURSE_SUM_TOLERANCE = 1e-9;

export interface LoadedConfig {
  config: Config;
  /** Whether config.json has a `factors` key (required when the factor files are present). */
  factorsGiven: boolean;
}

/**
 * config.schema.json, compiled ahead of time (scripts/config-validator.ts: Ajv's standalone code, with
 * allErrors, strict, verbose and the iso-date format): a run neither imports Ajv nor compiles.
 */
const validator = compiled as unknown as { (data: unknown): boolean; errors?: ErrorObject[] | null };
function validate(data: unknown): ErrorObject[] {
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/** config.json → Config with defaults, or null after reporting why not. */
export function loadConfig(ctx: LoadContext, bytes: Uint8Array): LoadedConfig | null {
  const F = CONFIG;
  const decoded = decodeText(bytes);
  if ('problem' in decoded) {
    ctx.error({ file: F, line: decoded.line, message: decoded.problem });
    return null;
  }
  const text = decoded.text;
  const syntax = checkJsonSyntax(text);
  if (syntax.error !== null) {
    const { line, column } = lineColumn(text, syntax.error.offset);
    ctx.error({ file: F, line, message: `JSON syntax error at column ${column}: ${syntax.error.message}` });
    return null;
  }
  for (const d of syntax.duplicateKeys) {
    ctx.warn({ file: F, line: lineColumn(text, d.offset).line, path: d.path, message: 'key appears twice: the last one is used' });
  }
  const data: unknown = JSON.parse(text);

  let ok = true;
  for (const e of validate(data)) {
    const issue = schemaIssue(e);
    if (issue.warning) ctx.warn({ file: F, path: issue.path, message: issue.message });
    else {
      ctx.error({ file: F, path: issue.path, ...(issue.value !== undefined ? { value: issue.value } : {}), message: issue.message });
      ok = false;
    }
  }
  if (!crossCheck(ctx, data)) ok = false;
  if (!ok) return null;
  const raw = data as RawConfig;
  const firstMarket = (raw.markets ?? DEFAULT_MARKETS)[0]!.id;

  const config: Config = {
    service: {
      name: raw.service.name,
      ...(raw.service.reading !== undefined ? { reading: raw.service.reading } : {}),
      ...(raw.service.provider !== undefined ? { provider: raw.service.provider } : {}),
      ...(raw.service.disclosures !== undefined ? { disclosures: [...raw.service.disclosures] } : {}),
      launchDate: raw.service.launchDate,
      ratioStartDate: raw.service.ratioStartDate,
    },
    markets: (raw.markets ?? DEFAULT_MARKETS).map((m) => ({ id: m.id, name: m.name })),
    factorMarket: raw.factorMarket ?? firstMarket,
    notice: { threshold: raw.notice?.threshold ?? 0.03, severe: raw.notice?.severe ?? 0.05 },
    riskFreeRate: raw.riskFreeRate ?? 0,
    negativeMark: raw.negativeMark ?? '△',
    strategies: raw.strategies.map((s) => ({
      id: s.id,
      name: s.name,
      ...(s.group !== undefined ? { group: s.group } : {}),
      ...(s.style !== undefined ? { style: s.style } : {}),
      benchmark: s.benchmark,
      market: s.market ?? firstMarket,
      ...(s.launchDate !== undefined ? { launchDate: s.launchDate } : {}),
      traits: s.traits ?? [],
    })),
    courses: raw.courses.map((c) => ({ name: c.name, weights: { ...c.weights } })),
    indices: raw.indices.map((i) => ({ id: i.id, name: i.name, short: i.short, market: i.market ?? firstMarket })),
    weeklyIndices: raw.weeklyIndices ?? [],
    factors: (raw.factors ?? []).map((f) => ({
      id: f.id,
      name: f.name,
      high: f.high ?? `高${f.name}`,
      low: f.low ?? `低${f.name}`,
    })),
    limits: { ...raw.limits },
  };
  return { config, factorsGiven: raw.factors !== undefined };
}

/** DATA.md: without `markets`, one market. */
const DEFAULT_MARKETS: readonly MarketConfig[] = [{ id: 'US', name: '米国市場' }];

interface RawConfig {
  markets?: MarketConfig[];
  factorMarket?: string;
  notice?: Partial<NoticeConfig>;
  service: {
    name: string;
    reading?: string;
    provider?: string;
    disclosures?: string[];
    launchDate: string;
    ratioStartDate: string;
  };
  riskFreeRate?: number;
  negativeMark?: string;
  strategies: (Omit<StrategyConfig, 'traits' | 'market'> & { traits?: string[]; market?: string })[];
  courses: CourseConfig[];
  indices: (Omit<IndexConfig, 'market'> & { market?: string })[];
  weeklyIndices?: string[];
  factors?: (Omit<FactorConfig, 'high' | 'low'> & { high?: string; low?: string })[];
  limits: Config['limits'];
}

/**
 * Cross-references. Run even when the schema found problems (so one run lists them all), hence the
 * defensive reading: whatever has the wrong shape was reported by the schema and is skipped here.
 */
function crossCheck(ctx: LoadContext, data: unknown): boolean {
  const F = CONFIG;
  let ok = true;
  const fail = (path: string, value: string | undefined, message: string) => {
    ctx.error({ file: F, path, ...(value !== undefined ? { value } : {}), message });
    ok = false;
  };
  const root = asObject(data);
  const ids = (where: string): Set<string> => {
    const set = new Set<string>();
    asArray(root[where]).forEach((x, i) => {
      const id = asObject(x).id;
      if (typeof id !== 'string') return;
      if (set.has(id)) fail(`${where}[${i}].id`, id, `is used twice in ${where}`);
      set.add(id);
    });
    return set;
  };
  const strategies = ids('strategies');
  const indices = ids('indices');
  const factors = ids('factors');
  const markets = root.markets === undefined ? new Set(DEFAULT_MARKETS.map((m) => m.id)) : ids('markets');
  const firstMarket = [...markets][0];
  const marketOf = (x: unknown): unknown => asObject(x).market ?? firstMarket;
  const knownMarket = (path: string, id: unknown) => {
    if (typeof id === 'string' && id !== '' && !markets.has(id)) fail(path, id, 'is not an id of markets');
  };
  const indexMarket = new Map<string, unknown>();
  asArray(root.indices).forEach((x, i) => {
    const ix = asObject(x);
    knownMarket(`indices[${i}].market`, ix.market);
    if (typeof ix.id === 'string') indexMarket.set(ix.id, marketOf(x));
  });
  knownMarket('factorMarket', root.factorMarket);
  const notice = asObject(root.notice);
  const threshold = typeof notice.threshold === 'number' ? notice.threshold : 0.03;
  if (typeof notice.severe === 'number' && notice.severe < threshold) {
    fail('notice.severe', String(notice.severe), `is below notice.threshold (${threshold})`);
  }

  asArray(root.strategies).forEach((x, i) => {
    const s = asObject(x);
    if (typeof s.benchmark === 'string' && s.benchmark !== '' && !indices.has(s.benchmark)) {
      fail(`strategies[${i}].benchmark`, s.benchmark, 'is not an id of indices');
    }
    knownMarket(`strategies[${i}].market`, s.market);
    const bm = typeof s.benchmark === 'string' ? indexMarket.get(s.benchmark) : undefined;
    if (bm !== undefined && typeof marketOf(x) === 'string' && bm !== marketOf(x)) {
      fail(
        `strategies[${i}].benchmark`,
        String(s.benchmark),
        `is an index of market ${String(bm)}, but the strategy is of market ${String(marketOf(x))}`,
      );
    }
    asArray(s.traits).forEach((t, k) => {
      if (typeof t === 'string' && t !== '' && !factors.has(t)) fail(`strategies[${i}].traits[${k}]`, t, 'is not an id of factors');
    });
  });
  asArray(root.weeklyIndices).forEach((id, i) => {
    if (typeof id === 'string' && id !== '' && !indices.has(id)) fail(`weeklyIndices[${i}]`, id, 'is not an id of indices');
  });
  const courseNames = new Set<string>();
  asArray(root.courses).forEach((x, i) => {
    const c = asObject(x);
    if (typeof c.name === 'string') {
      if (courseNames.has(c.name)) fail(`courses[${i}].name`, c.name, 'is used twice in courses');
      courseNames.add(c.name);
    }
    const weights = asObject(c.weights);
    let sum = 0;
    let numeric = true;
    for (const [id, w] of Object.entries(weights)) {
      if (!strategies.has(id)) fail(`courses[${i}].weights${pathKey(id)}`, id, 'is not an id of strategies');
      if (typeof w === 'number') sum += w;
      else numeric = false;
    }
    if (numeric && Object.keys(weights).length > 0 && Math.abs(sum - 1) > COURSE_SUM_TOLERANCE) {
      fail(`courses[${i}].weights`, undefined, `sum to ${Number(sum.toPrecision(12))}, not 1`);
    }
  });
  const limits = asObject(root.limits);
  if (typeof limits.minHoldings === 'number' && typeof limits.maxHoldings === 'number' && limits.minHoldings > limits.maxHoldings) {
    fail('limits.minHoldings', String(limits.minHoldings), `is greater than limits.maxHoldings (${limits.maxHoldings})`);
  }
  return ok;
}

function asObject(x: unknown): Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : {};
}

function asArray(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

// ---------------------------------------------------------------- schema errors → issues

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  integer: 'an integer',
  string: 'a string',
  array: 'an array',
  object: 'an object',
  boolean: 'true or false',
  null: 'null',
};

/** A key as written in a path: `.NEXT100`, or `["odd key"]`. */
function pathKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/** `/courses/2/weights/NEXT100` → `courses[2].weights.NEXT100`. */
export function pointerToPath(pointer: string, child?: string): string {
  const parts = pointer === '' ? [] : pointer.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (child !== undefined) parts.push(child);
  let s = '';
  for (const p of parts) s += /^\d+$/.test(p) ? `[${p}]` : pathKey(p);
  if (s.startsWith('.')) s = s.slice(1);
  return s === '' ? '(top level)' : s;
}

function shown(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  return undefined;
}

function schemaIssue(e: ErrorObject): { path: string; message: string; value?: string; warning?: boolean } {
  const path = pointerToPath(e.instancePath);
  const value = shown(e.data);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return { path: pointerToPath(e.instancePath, String(p.additionalProperty)), message: 'unknown key (ignored)', warning: true };
    case 'required':
      return { path: pointerToPath(e.instancePath, String(p.missingProperty)), message: 'is required' };
    case 'type': {
      const want = String(p.type)
        .split(',')
        .map((t) => TYPE_NAMES[t] ?? t)
        .join(' or ');
      return { path, ...(value !== undefined ? { value } : {}), message: `must be ${want}` };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, ...(value !== undefined ? { value } : {}), message: `must be ${String(p.comparison)} ${String(p.limit)}` };
    case 'minLength':
      return { path, ...(value !== undefined ? { value } : {}), message: 'must not be empty' };
    case 'minItems':
      return { path, message: `must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}` };
    case 'minProperties':
      return { path, message: `must have at least ${String(p.limit)} entr${p.limit === 1 ? 'y' : 'ies'}` };
    case 'enum':
      return {
        path,
        ...(value !== undefined ? { value } : {}),
        message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'format':
      return { path, ...(value !== undefined ? { value } : {}), message: 'must be a date YYYY-MM-DD that exists' };
    default:
      return { path, ...(value !== undefined ? { value } : {}), message: e.message ?? `fails ${e.keyword}` };
  }
}

// ---------------------------------------------------------------- JSON syntax, located

interface SyntaxResult {
  error: { offset: number; message: string } | null;
  duplicateKeys: { offset: number; path: string }[];
}

/** What the text may hold next, as the parser has walked it so far: it decides how an error is worded. */
type Expecting = 'key' | 'colon' | 'value' | 'element' | 'next' | 'end';

/** A literal that may start a token jsonc-parser rejects whole (`truex`, `1.`): the error is after it. */
const LITERAL_PREFIX = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)/;
/** Inside a string: a valid escape is consumed; a bad escape or a raw control character is the problem. */
const STRING_PROBLEM = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})|(\\u)|(\\)|([\u0000-\u001f])/g;

/**
 * The first syntax error's offset and the keys an object repeats (JSON.parse silently keeps the last
 * and names no key). jsonc-parser does the parsing, strict (no comments, no trailing commas); this
 * only words its first error as a person reads the file: what was expected where, found what.
 */
export function checkJsonSyntax(s: string): SyntaxResult {
  // The decoder strips a BOM; one left here is not an error (a space keeps the offsets).
  const text = s.charCodeAt(0) === 0xfeff ? ` ${s.slice(1)}` : s;
  const duplicateKeys: { offset: number; path: string }[] = [];
  // One entry per open object (its keys so far) or array (null).
  const open: (Set<string> | null)[] = [];
  let expecting: Expecting = 'value';
  let error: SyntaxResult['error'] = null;
  const afterValue = () => {
    expecting = open.length === 0 ? 'end' : 'next';
  };
  visit(
    text,
    {
      onObjectBegin: () => {
        open.push(new Set());
        expecting = 'key';
      },
      onObjectProperty: (key, offset, _length, _line, _column, at) => {
        const keys = open[open.length - 1];
        // After an error the parser recovers by guessing; keys it finds then are not the file's.
        if (keys?.has(key) && error === null) duplicateKeys.push({ offset, path: jsonPath([...at(), key]) });
        keys?.add(key);
        expecting = 'colon';
      },
      onArrayBegin: () => {
        open.push(null);
        expecting = 'element';
      },
      onObjectEnd: () => {
        open.pop();
        afterValue();
      },
      onArrayEnd: () => {
        open.pop();
        afterValue();
      },
      onLiteralValue: afterValue,
      onSeparator: (c) => {
        if (c === ':') expecting = 'value';
        else expecting = open[open.length - 1] === null ? 'element' : 'key';
      },
      onError: (code, offset, length) => {
        error ??= describe(text, printParseErrorCode(code), offset, length);
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return { error, duplicateKeys };

  function describe(t: string, code: string, offset: number, length: number): { offset: number; message: string } {
    const inString = code === 'UnexpectedEndOfString' || code === 'InvalidEscapeCharacter' || code === 'InvalidUnicode' || code === 'InvalidCharacter';
    // A broken string where no string may stand is reported as the misplaced quote it starts with.
    if (inString && (expecting === 'key' || expecting === 'value' || expecting === 'element')) {
      // The parser flags the whole string token; point at the character that breaks it.
      STRING_PROBLEM.lastIndex = offset + 1;
      const end = Math.min(t.length, offset + length + 1);
      for (let m = STRING_PROBLEM.exec(t); m !== null && m.index < end; m = STRING_PROBLEM.exec(t)) {
        if (m[1] !== undefined) return { offset: m.index, message: 'bad \\u escape in a string' };
        if (m[2] !== undefined) return { offset: m.index, message: 'bad escape in a string' };
        if (m[3] !== undefined) return { offset: m.index, message: 'a control character (newline?) inside a string' };
      }
      return { offset, message: 'a string is never closed' };
    }
    const literal = LITERAL_PREFIX.exec(t.slice(offset, offset + 64));
    if (literal !== null && (expecting === 'value' || expecting === 'element')) {
      offset += literal[0].length;
      afterValue();
    }
    if (offset >= t.length) return { offset, message: 'unexpected end of file' };
    const found = JSON.stringify(t[offset]);
    const inArray = open[open.length - 1] === null;
    switch (expecting) {
      case 'key':
        return { offset, message: found === '"}"' ? 'a trailing comma before "}"' : `expected a "quoted" key, found ${found}` };
      case 'colon':
        return { offset, message: `expected ":", found ${found}` };
      case 'element':
        return { offset, message: found === '"]"' ? 'a trailing comma before "]"' : `unexpected ${found}` };
      case 'value':
        return { offset, message: `unexpected ${found}` };
      case 'next':
        return { offset, message: `expected "," or "${inArray ? ']' : '}'}", found ${found}` };
      case 'end':
        return { offset, message: `unexpected ${found} after the end of the JSON value` };
    }
  }
}

/** `['courses', 2, 'weights', 'a b']` → `courses[2].weights["a b"]`. */
function jsonPath(segments: (string | number)[]): string {
  const s = segments.map((p) => (typeof p === 'number' ? `[${p}]` : pathKey(p))).join('');
  return s.startsWith('.') ? s.slice(1) : s;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
