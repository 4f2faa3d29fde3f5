/**
 * The Host header check that stops DNS rebinding: a page on evil.example whose name is made to
 * resolve to 127.0.0.1 reaches the preview with `Host: evil.example:<port>`, and is refused. Only the
 * address the server is bound to, `localhost` (when bound to a loopback address), or, when bound to
 * every interface, an IP literal (no name to rebind) with the served port pass.
 */
import { isIP } from 'node:net';

export interface Bound {
  /** What the server listens on: `127.0.0.1`, `::1`, `0.0.0.0`, `::`, or a name given with --host. */
  host: string;
  port: number;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const WILDCARD = new Set(['0.0.0.0', '::']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase()) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** `Host: [::1]:5173` → { name: '::1', port: 5173 }; null when it is not `name:port` or `[v6]:port`. */
export function parseHostHeader(value: string): { name: string; port: number | null } | null {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+))(?::(\d{1,5}))?$/.exec(value.trim());
  if (m === null) return null;
  const name = (m[1] ?? m[2]!).toLowerCase().replace(/\.$/, '');
  if (m[1] !== undefined && isIP(name) !== 6) return null;
  const port = m[3] === undefined ? null : Number(m[3]);
  if (port !== null && port > 65535) return null;
  return { name, port };
}

/** Whether a request with this Host header is for this server (false for a missing header). */
export function isAllowedHost(header: string | undefined, bound: Bound): boolean {
  if (header === undefined) return false;
  const parsed = parseHostHeader(header);
  // A browser always sends the port when it is not 80; the preview is never on 80 by default, and on
  // 80 the name alone is accepted.
  if (parsed === null || (parsed.port ?? 80) !== bound.port) return false;
  const { name } = parsed;
  const host = bound.host.toLowerCase();
  if (name === host) return true;
  // Bound to a loopback address: `localhost` too (and, bound to `localhost`, the loopback addresses).
  if (isLoopback(host)) return name === 'localhost' || (host === 'localhost' && isLoopback(name));
  if (WILDCARD.has(host)) return name === 'localhost' || isIP(name) !== 0;
  return false;
}
