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
import type { Browser, Page } from 'puppeteer-core';
import { RenderError } from '../errors.js';
import { ChromiumMissingError, endBrowser, killBrowser, launchBrowser, withBrowser, type BrowserOptions } from './browser.js';

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

/** A page set up for printing (no scripts, every request but file:, data:, about: blocked), not yet loaded. */
export interface PrintPage {
  page: Page;
  /** Where the page's blocked requests are reported: set for each print. */
  warn: ((message: string) => void) | undefined;
}

/** Opens a page of `browser` set up for printing. */
export async function openPrintPage(browser: Browser, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<PrintPage> {
  const page = await browser.newPage();
  const slot: PrintPage = { page, warn: undefined };
  try {
    page.setDefaultTimeout(timeoutMs);
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
        slot.warn?.(`PDF: blocked a request to ${url} (the report must be self-contained)`);
      }
      void request.abort('blockedbyclient').catch(() => undefined);
    });
    // report.html's Content-Security-Policy stops most requests before they reach the interception
    // above; Chromium logs each one it refused.
    page.on('console', (message) => {
      const refused = /'([^']+)' violates the following Content Security Policy/.exec(message.text())?.[1];
      if (refused !== undefined && !ALLOWED_SCHEMES.test(refused) && !blocked.has(refused)) {
        blocked.add(refused);
        slot.warn?.(`PDF: blocked a request to ${refused} (the report must be self-contained)`);
      }
    });
    return slot;
  } catch (e) {
    await page.close().catch(() => undefined);
    throw e;
  }
}

/** Prints `html` on a page from openPrintPage, then closes the page (one page, one document). */
export async function printOnPage(slot: PrintPage, html: string, options: Omit<RenderPdfOptions, 'browser'>): Promise<Uint8Array> {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { page } = slot;
  slot.warn = options.warn;
  try {
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

/** Prints `html` to PDF bytes in a new page of `browser`, closing the page afterwards. */
export async function renderPdf(html: string, options: RenderPdfOptions): Promise<Uint8Array> {
  return printOnPage(await openPrintPage(options.browser, options.timeoutMs), html, options);
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
      await Promise.race([work.catch(() => undefined), new Promise((r) => setTimeout(r, 5_000).unref())]);
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
 * Many PDFs from one Chromium (a run, or a batch of months): launched on first use or by `warm()` (so
 * it can start while the data loads), one fresh page per report, the next one opened while the data
 * loads or the previous report prints when more prints are announced (`prints`). A report whose print
 * hangs past the timeout or whose browser crashes is retried once with a fresh browser, as printPdf
 * does; `close()` always ends the browser, also one still starting.
 */
export class PdfPrinter {
  private browser: Promise<Browser> | null = null;
  private launching: AbortController | null = null;
  /** A page opened ahead of the next print. */
  private spare: Promise<PrintPage> | null = null;
  private remaining: number;
  private closing: Promise<void> | null = null;

  constructor(private readonly options: Pick<BrowserOptions, 'chromiumPath' | 'env'> & { timeoutMs?: number; prints?: number }) {
    this.remaining = options.prints ?? 0;
  }

  /** Starts Chromium now (and opens the first page when prints are announced); a failure surfaces at the first `print`. */
  warm(): void {
    this.launch().catch(() => undefined);
    this.openSpare();
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

  /** Ends Chromium (every print has returned): the same promise for every call, so a caller may start it early. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      const pending = this.browser;
      this.browser = null;
      this.spare = null;
      this.remaining = 0;
      // Still starting (the run failed before its first print): stop it rather than wait for it.
      this.launching?.abort(new Error('closed'));
      const browser = await pending?.catch(() => null);
      if (browser) await endBrowser(browser);
    })();
    return this.closing;
  }

  private launch(): Promise<Browser> {
    if (this.browser === null) {
      const controller = new AbortController();
      this.launching = controller;
      this.browser = launchBrowser({ ...this.options, timeoutMs: this.timeoutMs, signal: controller.signal }).finally(() => {
        if (this.launching === controller) this.launching = null;
      });
    }
    return this.browser;
  }

  private get timeoutMs(): number {
    return this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  private openSpare(): void {
    if (this.spare !== null || this.remaining <= 0) return;
    this.remaining--;
    const spare = this.launch().then((browser) => openPrintPage(browser, this.timeoutMs));
    spare.catch(() => undefined);
    this.spare = spare;
  }

  /** The spare page when there is one (and the next spare opened behind it), else a new page. */
  private page(): Promise<PrintPage> {
    const spare = this.spare;
    this.spare = null;
    if (spare === null) {
      if (this.remaining > 0) this.remaining--;
      return this.launch().then((browser) => openPrintPage(browser, this.timeoutMs));
    }
    return spare;
  }

  /** The launch and the print share one deadline; past it the browser is killed. */
  private async once(html: string, options: { fixedDate?: Date; warn: (message: string) => void }): Promise<Uint8Array> {
    const timeoutMs = this.timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new AttemptTimeout(`no PDF after ${timeoutMs / 1000} s`)), timeoutMs);
    });
    const work = this.page().then((slot) => {
      // Opened while this one prints: the next month's page is ready when its HTML is.
      this.openSpare();
      return printOnPage(slot, html, { fixedDate: options.fixedDate, timeoutMs, warn: options.warn });
    });
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
    // Its pages go with it; a print after the retry opens a page of the new browser.
    if (this.spare !== null) {
      this.spare = null;
      this.remaining++;
    }
    this.launching?.abort(new Error('killed'));
    const browser = await Promise.race([pending?.catch(() => null) ?? null, new Promise<null>((r) => setTimeout(() => r(null), 5_000).unref())]);
    if (browser) killBrowser(browser);
  }
}
