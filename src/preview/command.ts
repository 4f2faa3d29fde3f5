/**
 * The `preview` command behind cli.ts: start the server, say where it is (the URL alone on stdout,
 * for scripts; the rest on stderr), report each update, and on SIGINT/SIGTERM close the watcher, the
 * open pages, the server and Chromium before returning the signal's exit code (130 / 143, as every
 * other command interrupted by a signal).
 */
import { relative } from 'node:path';
import { UsageError } from '../errors.js';
import { tr, trLines, type Lang } from '../messages.js';
import { isLoopback } from './host.js';
import { openBrowser } from './open.js';
import { startPreview, type PreviewOptions } from './server.js';
import type { Status } from './session.js';

export interface PreviewIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export interface PreviewCommand extends Omit<PreviewOptions, 'onStatus' | 'lang'> {
  open: boolean;
  quiet: boolean;
}

/** `--port`: a whole number 0 … 65535 (0: a free one). */
export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, got "${value}"`);
  return Number(value);
}

/**
 * Runs until `stopped` resolves with a signal. The caller (cli.ts) owns the process's signal
 * handlers and hands them over through `stopped`.
 */
export async function runPreview(command: PreviewCommand, io: PreviewIo, lang: Lang, stopped: Promise<NodeJS.Signals>): Promise<number> {
  const say = (line: string) => io.stderr.write(`wg-report: ${trLines(line, lang)}\n`);
  const label = lang === 'ja' ? 'エラー: ' : 'error: ';
  const warnLabel = lang === 'ja' ? '警告: ' : 'warning: ';
  const host = command.host ?? '127.0.0.1';
  if (!isLoopback(host)) {
    io.stderr.write(`${warnLabel}${tr(`--host ${host} is not a loopback address: anyone who can reach this machine can read the report while the preview runs`, lang)}\n`);
  }
  let shownError: string | null = null;
  const onStatus = (status: Status, files: string[]) => {
    if (status.version === 1) return; // the first load: said below, once the server is up
    if (status.error !== null) {
      if (status.error !== shownError) io.stderr.write(`${label}${status.error}\n`);
    } else if (!command.quiet) {
      const names = files.map((f) => relative(command.templatesDir !== undefined && f.startsWith(command.templatesDir) ? command.templatesDir : command.dataDir, f));
      say(names.length > 0 ? `updated in ${status.ms} ms (${[...new Set(names)].join(', ')})` : `updated in ${status.ms} ms`);
    }
    shownError = status.error;
  };
  const preview = await startPreview({ ...command, lang, onStatus });
  try {
    const first = preview.session.status();
    if (first.error !== null) {
      io.stderr.write(`${label}${first.error}\n`);
      shownError = first.error;
    }
    for (const w of first.warnings) io.stderr.write(`${warnLabel}${w}\n`);
    io.stdout.write(`${preview.url}\n`);
    if (!command.quiet) {
      say(`previewing ${command.month} at ${preview.url} (paged view: ${preview.url}pages); watching ${[command.dataDir, command.templatesDir].filter((d) => d !== undefined).join(' and ')}; Ctrl-C stops`);
    }
    if (command.open) openBrowser(preview.url, (m) => io.stderr.write(`${warnLabel}${tr(m, lang)}\n`));
    const signal = await stopped;
    await preview.close();
    say(`preview stopped (${signal})`);
    return signal === 'SIGINT' ? 130 : 143;
  } finally {
    await preview.close();
  }
}
