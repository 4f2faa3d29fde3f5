/**
 * Debian's Chromium driven by puppeteer-core: one browser per run, launched offline, always closed.
 * (rendering-notes.md §1: `--no-sandbox` is required as root; `--host-resolver-rules` is the one flag
 * that stops every DNS lookup; a pipe instead of a TCP port.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { access, constants, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Browser } from 'puppeteer-core';
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

/**
 * The switches puppeteer.launch gives headless Chromium (puppeteer-core 24's ChromeLauncher defaults,
 * in its order), so that a PDF is byte for byte what puppeteer.launch printed. Chromium is started
 * here rather than by puppeteer.launch: puppeteer's Node entry point (its launcher, browser
 * downloader and proxy agents) costs a quarter of a second to import before Chromium could even
 * start; its browser entry point, which only connects, costs half of that, and is imported while
 * Chromium starts.
 */
export const PUPPETEER_ARGS: readonly string[] = [
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
  '--enable-features=PdfOopif',
  '--headless=new',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
  'about:blank',
];

/** What launchBrowser started for a browser: its process (a process group of its own) and its profile folder. */
interface Launched {
  child: ChildProcess;
  userDataDir: string;
  exited: Promise<void>;
}

const launched = new WeakMap<Browser, Launched>();
/** Every Chromium still running, killed when the process exits whatever the reason (puppeteer.launch did the same). */
const running = new Set<Launched>();
let exitHook = false;

function killGroup(l: Launched): void {
  if (l.child.exitCode !== null || l.child.signalCode !== null || l.child.pid === undefined) return;
  try {
    process.kill(-l.child.pid, 'SIGKILL');
  } catch {
    l.child.kill('SIGKILL');
  }
}

function forget(l: Launched): Promise<void> {
  running.delete(l);
  return rm(l.userDataDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
}

/** Launches Chromium headless, offline, over a pipe. Signals are left to the CLI. */
export async function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const executablePath = await resolveChromium(options);
  options.signal?.throwIfAborted();
  const timeoutMs = options.timeoutMs ?? 60_000;
  const userDataDir = await mkdtemp(join(tmpdir(), 'wg-report-chromium-'));
  // A process group of its own (killed as one), stdio 3 and 4 the pipe.
  const child = spawn(executablePath, [...PUPPETEER_ARGS, ...CHROMIUM_ARGS, '--remote-debugging-pipe', `--user-data-dir=${userDataDir}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    env: process.env,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const l: Launched = { child, userDataDir, exited };
  running.add(l);
  if (!exitHook) {
    exitHook = true;
    process.on('exit', () => {
      for (const r of running) {
        killGroup(r);
        try {
          rmSync(r.userDataDir, { recursive: true, force: true });
        } catch {
          // best effort at exit
        }
      }
    });
  }
  // Its last lines, for the error of a launch that fails; read so that Chromium never blocks on a full pipe.
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });
  const fail = async (e: unknown): Promise<never> => {
    killGroup(l);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2_000).unref())]);
    await forget(l);
    throw e;
  };
  let timer: NodeJS.Timeout | undefined;
  const stopped = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new RenderError(`Chromium did not start within ${timeoutMs / 1000} s`)), timeoutMs);
    child.once('error', (e) => reject(new RenderError(`Chromium could not be started: ${e.message}`)));
    void exited.then(() => reject(new RenderError(`Chromium exited while starting (code ${child.exitCode ?? child.signalCode})${stderr.trim() === '' ? '' : `:\n${stderr.trim().split('\n').slice(-5).join('\n')}`}`)));
    if (options.signal?.aborted === true) reject(options.signal.reason);
    else options.signal?.addEventListener('abort', () => reject(options.signal!.reason), { once: true });
  });
  stopped.catch(() => undefined);
  try {
    // puppeteer's own pipe transport (what puppeteer.launch connects with); it shares the browser entry point's modules.
    const [{ connect }, { PipeTransport }] = await Promise.all([
      import('puppeteer-core/internal/puppeteer-core-browser.js'),
      import('puppeteer-core/internal/node/PipeTransport.js'),
    ]);
    const stdio = child.stdio as unknown as [null, null, Readable, Writable, Readable];
    // The browser entry point's own declaration of the same classes: the same Browser at run time.
    const browser = (await Promise.race([connect({ transport: new PipeTransport(stdio[3], stdio[4]) }), stopped])) as unknown as Browser;
    launched.set(browser, l);
    return browser;
  } catch (e) {
    return fail(e);
  } finally {
    clearTimeout(timer);
  }
}

/** Kills the browser's processes at once (a hung or crashed browser, before a retry). */
export function killBrowser(browser: Browser): void {
  const l = launched.get(browser);
  if (l === undefined) browser.process()?.kill('SIGKILL');
  else {
    killGroup(l);
    void l.exited.then(() => forget(l));
  }
}

/**
 * Ends a browser whose work is done (every page printed and closed) at once: its processes are
 * killed and its profile removed. A graceful close costs Chromium another tenth of a second or two
 * of shutting down, for nothing that is kept.
 */
export async function endBrowser(browser: Browser): Promise<void> {
  const l = launched.get(browser);
  if (l === undefined) return closeBrowser(browser);
  await browser.disconnect().catch(() => undefined);
  killGroup(l);
  await Promise.race([l.exited, new Promise((r) => setTimeout(r, 2_000).unref())]);
  await forget(l);
}

/** Closes the browser, killing its process if a graceful close takes more than a few seconds. */
export async function closeBrowser(browser: Browser, graceMs = 5_000): Promise<void> {
  const l = launched.get(browser);
  let timer: NodeJS.Timeout | undefined;
  const graceful = browser
    .close()
    .then(() => l?.exited)
    .then(
      () => true,
      () => false,
    );
  const expired = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), graceMs);
  });
  const closed = await Promise.race([graceful, expired]);
  clearTimeout(timer);
  if (l === undefined) {
    if (!closed) browser.process()?.kill('SIGKILL');
    return;
  }
  if (!closed) {
    killGroup(l);
    await Promise.race([l.exited, new Promise((r) => setTimeout(r, 2_000).unref())]);
  }
  await forget(l);
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
