/**
 * `wg-report preview`: Node's own http server in front of a PreviewSession, a watcher feeding it,
 * and Server-Sent Events telling every open page about each new version. Only GET and HEAD, only
 * requests whose Host header names this server (host.ts), only the paths routes.ts knows, all
 * answered from memory.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UsageError } from '../errors.js';
import { CONTENT_SECURITY_POLICY } from '../render/html.js';
import { CLIENT_JS, PREVIEW_CSS, SHELL_CSP, shellHtml } from './client.js';
import { isAllowedHost, type Bound } from './host.js';
import { NoRasteriserError } from './pages.js';
import { resolveRoute } from './routes.js';
import { PreviewSession, type SessionOptions, type Status } from './session.js';
import { watchSources } from './watcher.js';

export interface PreviewOptions extends SessionOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default: a free port. */
  port?: number;
  /** Quiet time after a burst of saves (ms). */
  debounceMs?: number;
  /** Each update's outcome (the CLI prints it). */
  onStatus?: (status: Status, files: string[]) => void;
}

export interface Preview {
  url: string;
  bound: Bound;
  session: PreviewSession;
  close(): Promise<void>;
}

const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  const data = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': type, 'Content-Length': String(data.byteLength), ...headers });
  res.end(req.method === 'HEAD' ? undefined : data);
}

function refuse(req: IncomingMessage, res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  send(req, res, status, 'text/plain; charset=utf-8', `${status} ${message}\n`, headers);
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const host = options.host ?? '127.0.0.1';
  const session = new PreviewSession(options);
  const clients = new Set<ServerResponse>();
  let bound: Bound = { host, port: options.port ?? 0 };

  const server = createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) refuse(req, res, 500, e instanceof Error ? e.message : String(e));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Checked first: a page on another site (DNS rebinding) learns nothing, not even what exists.
    if (!isAllowedHost(req.headers.host, bound)) return refuse(req, res, 403, `Host ${JSON.stringify(req.headers.host ?? '')} is not this preview (${urlHost(host)}:${bound.port})`);
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(req, res, 405, 'only GET and HEAD', { Allow: 'GET, HEAD' });
    const resolved = resolveRoute(req.url ?? '');
    if ('status' in resolved) return refuse(req, res, resolved.status, resolved.status === 400 ? `bad path (${resolved.reason})` : 'not found');
    const { route } = resolved;
    switch (route.kind) {
      case 'shell':
        return send(req, res, 200, 'text/html; charset=utf-8', shellHtml({ view: route.view, month: options.month, lang: options.lang }), {
          'Content-Security-Policy': SHELL_CSP,
        });
      case 'asset':
        return route.name === 'client.js'
          ? send(req, res, 200, 'text/javascript; charset=utf-8', CLIENT_JS)
          : send(req, res, 200, 'text/css; charset=utf-8', PREVIEW_CSS);
      case 'report.html': {
        const html = session.html;
        if (html === null) return refuse(req, res, 503, 'no report yet (see the error)');
        // The report's own policy, and framed only by the preview's page.
        return send(req, res, 200, 'text/html; charset=utf-8', html, {
          'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`,
          'X-Frame-Options': 'SAMEORIGIN',
        });
      }
      case 'report.json': {
        const json = session.json;
        return json === null ? refuse(req, res, 503, 'no report yet (see the error)') : send(req, res, 200, 'application/json; charset=utf-8', json);
      }
      case 'chart': {
        const svg = session.chart(route.file);
        return svg === null ? refuse(req, res, 404, 'not found') : send(req, res, 200, 'image/svg+xml', svg, { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" });
      }
      case 'report.pdf': {
        const pdf = await session.reportPdf();
        if (pdf === null) return refuse(req, res, 503, 'no report yet (see the error)');
        return send(req, res, 200, 'application/pdf', pdf, { 'Content-Disposition': 'inline; filename="report.pdf"' });
      }
      case 'pages.json': {
        const json = (o: unknown) => send(req, res, 200, 'application/json; charset=utf-8', JSON.stringify(o));
        const version = session.status().report;
        try {
          const pngs = await session.pagePngs();
          return json(pngs === null ? { version, pages: 0, error: 'no report yet' } : { version, pages: pngs.length });
        } catch (e) {
          if (e instanceof NoRasteriserError) return json({ version, pages: 0, fallback: 'pdf' });
          return json({ version, pages: 0, error: e instanceof Error ? e.message : String(e) });
        }
      }
      case 'page': {
        const pngs = await session.pagePngs().catch(() => null);
        const png = pngs?.[route.n - 1];
        return png === undefined ? refuse(req, res, 404, 'not found') : send(req, res, 200, 'image/png', png);
      }
      case 'events': {
        res.writeHead(200, { ...COMMON_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
        if (req.method === 'HEAD') return void res.end();
        res.write(`retry: 1000\nevent: status\ndata: ${JSON.stringify(session.status())}\n\n`);
        clients.add(res);
        req.on('close', () => clients.delete(res));
        return;
      }
    }
  }

  session.onUpdate((status) => {
    const message = `event: status\ndata: ${JSON.stringify(status)}\n\n`;
    for (const c of clients) c.write(message);
  });
  // Comments keep idle connections (and proxies) from timing out.
  const heartbeat = setInterval(() => {
    for (const c of clients) c.write(': \n\n');
  }, 15_000);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') reject(new UsageError(`port ${options.port} is in use on ${host}; give another --port, or none for a free one`));
      else if (e.code === 'EACCES') reject(new UsageError(`port ${options.port} on ${host} needs privileges; give a port above 1023, or none for a free one`));
      else if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') reject(new UsageError(`--host ${host}: no such address on this machine`));
      else reject(e);
    });
    server.listen(options.port ?? 0, host, () => resolve());
  });
  bound = { host, port: (server.address() as AddressInfo).port };

  let lastFiles: string[] = [];
  session.onUpdate((status) => options.onStatus?.(status, lastFiles));
  const watching = watchSources({
    dataDir: options.dataDir,
    templatesDir: options.templatesDir,
    month: options.month,
    debounceMs: options.debounceMs,
    onPlan: (plan, files) => {
      lastFiles = files;
      void session.update(plan);
    },
  });
  try {
    await watching.ready;
    await session.start();
  } catch (e) {
    await watching.close();
    server.close();
    throw e;
  }

  let closing: Promise<void> | null = null;
  return {
    url: `http://${urlHost(host)}:${bound.port}/`,
    bound,
    session,
    close: () =>
      (closing ??= (async () => {
        clearInterval(heartbeat);
        await watching.close();
        for (const c of clients) c.end();
        clients.clear();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await session.close();
      })()),
  };
}
