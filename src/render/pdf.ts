/**
 * report.pdf: the self-contained report.html printed by Chromium (A4 and margins from CSS `@page`,
 * running header and page numbers in `@page` margin boxes, bookmarks from the headings, tagged).
 *
 * Offline: every request to anything but file:, data: or about: is aborted and reported.
 * Deterministic: with a fixed date, /CreationDate and /ModDate are rewritten in place (same length,
 * so the xref offsets stay valid); Chromium's output has no other run-to-run difference when the
 * page is loaded with setContent (rendering-notes.md §4).
 * Robust: an attempt that hangs past the timeout or whose browser crashes is retried once with a
 * fresh browser; then RenderError (exit 3).
 */
import type { Browser } from 'puppeteer-core';
import { RenderError } from '../errors.js';
import { ChromiumMissingError, closeBrowser, launchBrowser, withBrowser, type BrowserOptions } from './browser.js';

export const DEFAULT_TIMEOUT_MS = 60_000;

export interface RenderPdfOptions {
  browser: Browser;
  /** Written as /CreationDate and /ModDate (UTC); Chromium's clock when absent. */
  fixedDate?: Date;
  timeoutMs?: number;
  /** Told about every blocked request. */
  warn?: (message: string) => void;
}

const ALLOWED_SCHEMES = /^(?:file|data|about):/i;

/** Prints `html` to PDF bytes in a new page of `browser`, closing the page afterwards. */
export async function renderPdf(html: string, options: RenderPdfOptions): Promise<Uint8Array> {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const page = await options.browser.newPage();
  try {
    page.setDefaultTimeout(timeout);
    // The report has no scripts; nothing in it (commentary included) may run one.
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    const blocked = new Set<string>();
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      if (ALLOWED_SCHEMES.test(url)) {
        void request.continue().catch(() => undefined);
        return;
      }
      if (!blocked.has(url)) {
        blocked.add(url);
        options.warn?.(`PDF: blocked a request to ${url} (the report must be self-contained)`);
      }
      void request.abort('blockedbyclient').catch(() => undefined);
    });
    // report.html's Content-Security-Policy stops most requests before they reach the interception
    // above; Chromium logs each one it refused.
    page.on('console', (message) => {
      const refused = /'([^']+)' violates the following Content Security Policy/.exec(message.text())?.[1];
      if (refused !== undefined && !ALLOWED_SCHEMES.test(refused) && !blocked.has(refused)) {
        blocked.add(refused);
        options.warn?.(`PDF: blocked a request to ${refused} (the report must be self-contained)`);
      }
    });
    await page.setContent(html, { waitUntil: 'load', timeout });
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      outline: true,
      tagged: true,
      timeout,
    });
    return options.fixedDate ? pinPdfDates(pdf, options.fixedDate) : pdf;
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** `D:20260406000000+00'00'`: a PDF date in UTC, the form Chromium writes. */
export function pdfDate(date: Date): string {
  const iso = date.toISOString(); // 2026-04-06T00:00:00.000Z
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}

/**
 * Rewrites the Info dictionary's /CreationDate and /ModDate in place. Only same-length replacements
 * are made, so every byte offset in the file stays valid.
 * @throws RenderError when the dates are missing or not in Chromium's fixed-length UTC form.
 */
export function pinPdfDates(pdf: Uint8Array, date: Date): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const value = pdfDate(date);
  let count = 0;
  const pinned = text.replace(/\/(CreationDate|ModDate) \((D:\d{14}[^)]*)\)/g, (match, key: string, old: string) => {
    if (old.length !== value.length) {
      throw new RenderError(`PDF: unexpected /${key} form ${JSON.stringify(old)}; cannot pin it to ${value} in place`);
    }
    count++;
    return `/${key} (${value})`;
  });
  if (count === 0) throw new RenderError('PDF: no /CreationDate or /ModDate to pin');
  return new Uint8Array(Buffer.from(pinned, 'latin1'));
}

export interface PrintPdfOptions extends Pick<BrowserOptions, 'chromiumPath' | 'env'> {
  fixedDate?: Date;
  /** Per attempt: launch and print (ms). */
  timeoutMs?: number;
  warn: (message: string) => void;
}

class AttemptTimeout extends Error {}

/**
 * One attempt under a deadline: a fresh browser, one page, closed afterwards. When the deadline
 * passes, the browser process is killed (even mid-launch) and the attempt fails.
 */
async function attempt(html: string, options: PrintPdfOptions, timeoutMs: number): Promise<Uint8Array> {
  const controller = new AbortController();
  const work = withBrowser(
    { chromiumPath: options.chromiumPath, env: options.env, timeoutMs, signal: controller.signal },
    (browser) => renderPdf(html, { browser, fixedDate: options.fixedDate, timeoutMs, warn: options.warn }),
  );
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AttemptTimeout(`no PDF after ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } catch (e) {
    if (e instanceof AttemptTimeout) {
      controller.abort(e);
      // Let the attempt's own cleanup (browser close) finish before anyone starts another browser.
      await Promise.race([work.catch(() => undefined), new Promise((r) => setTimeout(r, 5_000))]);
    }
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

function firstLine(e: unknown): string {
  return e instanceof Error ? e.message.split('\n')[0] ?? e.name : String(e);
}

/**
 * The PDF of `html`, retried once with a fresh browser after a hang or a crash.
 * @throws ChromiumMissingError at once when Chromium is not installed.
 * @throws RenderError when both attempts fail.
 */
export async function printPdf(html: string, options: PrintPdfOptions): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    return await attempt(html, options, timeoutMs);
  } catch (first) {
    if (first instanceof ChromiumMissingError) throw first;
    options.warn(`PDF: ${firstLine(first)}; retrying once with a fresh Chromium`);
    try {
      return await attempt(html, options, timeoutMs);
    } catch (second) {
      if (second instanceof ChromiumMissingError) throw second;
      throw new RenderError(`PDF rendering failed twice (Chromium hung or crashed): ${firstLine(second)}`, { cause: second });
    }
  }
}

/**
 * Many PDFs from one Chromium (a batch of months): launched on first use or by `warm()` (so it can
 * start while the data loads), one page per report. A report whose print hangs past the timeout or
 * whose browser crashes is retried once with a fresh browser, as printPdf does; `close()` always
 * ends the browser.
 */
export class PdfPrinter {
  private browser: Promise<Browser> | null = null;

  constructor(private readonly options: Pick<BrowserOptions, 'chromiumPath' | 'env'> & { timeoutMs?: number }) {}

  /** Starts Chromium now; a failure surfaces at the first `print`. */
  warm(): void {
    this.launch().catch(() => undefined);
  }

  async print(html: string, options: { fixedDate?: Date; warn: (message: string) => void }): Promise<Uint8Array> {
    try {
      return await this.once(html, options);
    } catch (first) {
      if (first instanceof ChromiumMissingError) throw first;
      options.warn(`PDF: ${firstLine(first)}; retrying once with a fresh Chromium`);
      await this.kill();
      try {
        return await this.once(html, options);
      } catch (second) {
        if (second instanceof ChromiumMissingError) throw second;
        throw new RenderError(`PDF rendering failed twice (Chromium hung or crashed): ${firstLine(second)}`, { cause: second });
      }
    }
  }

  async close(): Promise<void> {
    const pending = this.browser;
    this.browser = null;
    const browser = await pending?.catch(() => null);
    if (browser) await closeBrowser(browser);
  }

  private launch(): Promise<Browser> {
    this.browser ??= launchBrowser({ ...this.options, timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
    return this.browser;
  }

  /** The launch and the print share one deadline; past it the browser is killed. */
  private async once(html: string, options: { fixedDate?: Date; warn: (message: string) => void }): Promise<Uint8Array> {
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new AttemptTimeout(`no PDF after ${timeoutMs / 1000} s`)), timeoutMs);
    });
    const work = this.launch().then((browser) => renderPdf(html, { browser, fixedDate: options.fixedDate, timeoutMs, warn: options.warn }));
    try {
      return await Promise.race([work, deadline]);
    } catch (e) {
      if (e instanceof AttemptTimeout) await this.kill();
      work.catch(() => undefined);
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  private async kill(): Promise<void> {
    const pending = this.browser;
    this.browser = null;
    const browser = await Promise.race([pending?.catch(() => null) ?? null, new Promise<null>((r) => setTimeout(() => r(null), 5_000))]);
    browser?.process()?.kill('SIGKILL');
  }
}
