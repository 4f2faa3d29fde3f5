/**
 * What a request path may name. The preview serves only what it holds in memory (the report, its
 * charts, its page images and its own assets): nothing is read from disk for a request, so there is
 * no folder to list and no file outside the report to reach. A path that tries (`..`, `.`, an encoded
 * slash or backslash, a NUL) is refused as such, before any lookup.
 */

export type Route =
  | { kind: 'shell'; view: 'report' | 'pages' }
  | { kind: 'report.html' }
  | { kind: 'report.json' }
  | { kind: 'report.pdf' }
  | { kind: 'pages.json' }
  | { kind: 'page'; n: number }
  | { kind: 'chart'; file: string }
  | { kind: 'asset'; name: 'client.js' | 'preview.css' }
  | { kind: 'events' };

export type Resolution = { route: Route } | { status: 400 | 404; reason: string };

const FIXED: Record<string, Route> = {
  '/': { kind: 'shell', view: 'report' },
  '/pages': { kind: 'shell', view: 'pages' },
  '/report.html': { kind: 'report.html' },
  '/report.json': { kind: 'report.json' },
  '/report.pdf': { kind: 'report.pdf' },
  '/pages.json': { kind: 'pages.json' },
  '/_preview/client.js': { kind: 'asset', name: 'client.js' },
  '/_preview/preview.css': { kind: 'asset', name: 'preview.css' },
  '/_preview/events': { kind: 'events' },
};

/** `/pages/3.png` */
const PAGE = /^\/pages\/([1-9]\d{0,3})\.png$/;
/** `/charts/performance-3m.svg`: a chart's file name as the render stage gives it. */
const CHART = /^\/charts\/([a-z0-9][a-z0-9-]*\.svg)$/;

/**
 * The route for a request target (`req.url`, as sent: `/../config.json` is not normalised by Node).
 * The query string is ignored (the pages add `?v=<version>` to defeat caches).
 */
export function resolveRoute(target: string): Resolution {
  if (!target.startsWith('/')) return { status: 400, reason: 'not an origin-form path' };
  const raw = target.split(/[?#]/, 1)[0]!;
  if (/%(?:2f|5c|00)/i.test(raw) || raw.includes('\\') || raw.includes('\0')) return { status: 400, reason: 'encoded slash, backslash or NUL' };
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return { status: 400, reason: 'bad percent-encoding' };
  }
  const segments = path.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.')) return { status: 400, reason: 'dot segment' };
  if (path.includes('//')) return { status: 400, reason: 'empty segment' };
  const fixed = FIXED[path];
  if (fixed !== undefined) return { route: fixed };
  const page = PAGE.exec(path);
  if (page !== null) return { route: { kind: 'page', n: Number(page[1]) } };
  const chart = CHART.exec(path);
  if (chart !== null) return { route: { kind: 'chart', file: chart[1]! } };
  return { status: 404, reason: 'not part of the report' };
}
