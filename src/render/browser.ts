/**
 * Debian's Chromium driven by puppeteer-core: one browser per run, launched offline, always closed.
 * (rendering-notes.md §1: `--no-sandbox` is required as root; `--host-resolver-rules` is the one flag
 * that stops every DNS lookup; a pipe instead of a TCP port.)
 */
import { access, constants } from 'node:fs/promises';
import puppeteer, { type Browser } from 'puppeteer-core';
import { RenderError } from '../errors.js';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'apt-get install -y chromium fonts-morisawa-bizud-gothic';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
];

export interface BrowserOptions {
  /** `--chromium <path>`; else `PUPPETEER_EXECUTABLE_PATH`; else /usr/bin/chromium. */
  chromiumPath?: string;
  /** The environment to read `PUPPETEER_EXECUTABLE_PATH` from (default: process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Launch timeout (ms). */
  timeoutMs?: number;
  /** Aborting kills the browser process, even while it is still starting. */
  signal?: AbortSignal;
}

/** Chromium is not there: nothing a retry could fix. */
export class ChromiumMissingError extends RenderError {
  constructor(path: string, source: string) {
    super(
      `Chromium not found at ${path} (${source}). Install it and the Japanese font with:\n  ${INSTALL_COMMAND}\n` +
        `or point --chromium / PUPPETEER_EXECUTABLE_PATH at a Chromium executable.`,
    );
    this.name = 'ChromiumMissingError';
  }
}

/**
 * The Chromium executable to use: `--chromium`, then `PUPPETEER_EXECUTABLE_PATH`, then /usr/bin/chromium.
 * @throws ChromiumMissingError (a RenderError, exit 3) naming the install command when it is not executable.
 */
export async function resolveChromium(options: Pick<BrowserOptions, 'chromiumPath' | 'env'> = {}): Promise<string> {
  const fromEnv = (options.env ?? process.env).PUPPETEER_EXECUTABLE_PATH;
  const [path, source] =
    options.chromiumPath !== undefined && options.chromiumPath !== ''
      ? [options.chromiumPath, '--chromium']
      : fromEnv !== undefined && fromEnv !== ''
        ? [fromEnv, 'PUPPETEER_EXECUTABLE_PATH']
        : [DEFAULT_CHROMIUM, 'the default'];
  try {
    await access(path, constants.X_OK);
  } catch {
    throw new ChromiumMissingError(path, source);
  }
  return path;
}

/** Launches Chromium headless, offline, over a pipe. Signals are left to the CLI. */
export async function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const executablePath = await resolveChromium(options);
  return puppeteer.launch({
    executablePath,
    args: [...CHROMIUM_ARGS],
    pipe: true,
    headless: true,
    timeout: options.timeoutMs ?? 60_000,
    signal: options.signal,
    // The CLI owns SIGINT/SIGTERM (it removes its staging folder, then exits); puppeteer's exit hook
    // still kills Chromium when the process exits.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/** Closes the browser, killing its process if a graceful close takes more than a few seconds. */
export async function closeBrowser(browser: Browser, graceMs = 5_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const graceful = browser.close().then(
    () => true,
    () => false,
  );
  const expired = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), graceMs);
  });
  const closed = await Promise.race([graceful, expired]);
  clearTimeout(timer);
  if (!closed) browser.process()?.kill('SIGKILL');
}

/** Runs `fn` with one browser and closes that browser in every case. */
export async function withBrowser<T>(options: BrowserOptions, fn: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchBrowser(options);
  try {
    return await fn(browser);
  } finally {
    await closeBrowser(browser);
  }
}
