/**
 * Summarises a V8 CPU profile (`node --cpu-prof`, a .cpuprofile file) by self time: the functions
 * and the files where the samples fell, largest first, with GC, the idle time and V8's own
 * "(program)" as their own rows. `npm run bench -- --profile` prints it for case (a).
 *   npx tsx scripts/profile-summary.ts <file.cpuprofile> [--top 15] [--root <dir>]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable } from './bench-lib.js';

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  /** Microseconds. */
  self: number;
  share: number;
}

export interface ProfileSummary {
  /** Microseconds from the first sample to the profile's end. */
  total: number;
  functions: SelfTime[];
  files: SelfTime[];
  /** By area: a folder of dist/ or src/, a package of node_modules/, Node's module loading, the rest of Node. */
  areas: SelfTime[];
}

const SPECIAL = new Set(['(garbage collector)', '(program)', '(idle)', '(root)']);

/** A script's url as a short path: relative to root, `node:` modules as they are, none as (native). */
export function shortUrl(url: string, root: string): string {
  if (url === '') return '(native)';
  let path = url;
  if (url.startsWith('file://')) {
    try {
      path = fileURLToPath(url);
    } catch {
      return url;
    }
  }
  const base = root.endsWith('/') ? root : `${root}/`;
  return path.startsWith(base) ? path.slice(base.length) : path;
}

/** The area of a short url: dist/load, node_modules/ajv, node: module loading, node: other, or itself. */
export function areaOf(where: string): string {
  const pkg = /^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where);
  if (pkg !== null) return `node_modules/${pkg[1]}`;
  const own = /^((?:dist|src|scripts)\/[^/]+)\//.exec(where);
  if (own !== null) return own[1]!;
  if (where.startsWith('node:internal/modules/')) return 'node: module loading';
  if (where.startsWith('node:')) return 'node: other';
  return where;
}

/**
 * Self time of each function (name, file, line) and of each file. Sample i lasts until sample i+1
 * (the last one until the profile's end), as Chrome's DevTools count it.
 */
export function summariseProfile(profile: CpuProfile, root: string): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  const area = new Map<string, number>();
  let t = profile.startTime;
  const stamps = profile.timeDeltas.map((d) => (t += d));
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dur = (i + 1 < stamps.length ? stamps[i + 1]! : profile.endTime) - stamps[i]!;
    if (dur <= 0) continue;
    const node = byId.get(profile.samples[i]!);
    if (node === undefined) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const special = SPECIAL.has(functionName);
    const where = shortUrl(url, root);
    const fnKey = special ? functionName : `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
    const fileKey = special ? functionName : where;
    fn.set(fnKey, (fn.get(fnKey) ?? 0) + dur);
    file.set(fileKey, (file.get(fileKey) ?? 0) + dur);
    const areaKey = special ? functionName : areaOf(where);
    area.set(areaKey, (area.get(areaKey) ?? 0) + dur);
    total += dur;
  }
  const rank = (m: Map<string, number>): SelfTime[] =>
    [...m].map(([name, self]) => ({ name, self, share: total > 0 ? self / total : 0 })).sort((a, b) => b.self - a.self || (a.name < b.name ? -1 : 1));
  return { total, functions: rank(fn), files: rank(file), areas: rank(area) };
}

export function formatProfile(summary: ProfileSummary, top = 15): string {
  const rows = (xs: SelfTime[]) => xs.slice(0, top).map((x) => [x.name, `${(x.self / 1000).toFixed(0)} ms`, `${(x.share * 100).toFixed(1)} %`]);
  return [
    `sampled: ${(summary.total / 1e6).toFixed(2)} s`,
    formatTable(['function (self time)', 'self', 'share'], rows(summary.functions)),
    '',
    formatTable(['file (self time)', 'self', 'share'], rows(summary.files)),
    '',
    formatTable(['area (self time)', 'self', 'share'], rows(summary.areas)),
  ].join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i === -1) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const top = Number(flag('--top') ?? 15);
  const root = resolve(flag('--root') ?? fileURLToPath(new URL('..', import.meta.url)));
  if (args.length !== 1 || !Number.isInteger(top) || top < 1) {
    process.stderr.write('usage: npx tsx scripts/profile-summary.ts <file.cpuprofile> [--top 15] [--root <dir>]\n');
    process.exit(2);
  }
  const profile = JSON.parse(readFileSync(args[0]!, 'utf8')) as CpuProfile;
  process.stdout.write(`${formatProfile(summariseProfile(profile, root), top)}\n`);
}
