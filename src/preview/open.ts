/**
 * `--open`: the system's browser, when there is one. The browser outlives the preview, so it is
 * started detached and not waited for; a machine without one (no DISPLAY on Linux) gets a line
 * saying so instead.
 */
import { spawn } from 'node:child_process';

/** The command that opens a URL here, or null with the reason there is none. */
export function openCommand(
  url: string,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): { command: string; args: string[] } | { none: string } {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return { none: 'no graphical session (DISPLAY and WAYLAND_DISPLAY are not set)' };
  return { command: 'xdg-open', args: [url] };
}

/** Opens `url`; calls `warn` (and never throws) when it cannot. */
export function openBrowser(url: string, warn: (message: string) => void): void {
  const how = openCommand(url);
  if ('none' in how) {
    warn(`--open: ${how.none}; open ${url} yourself`);
    return;
  }
  try {
    const child = spawn(how.command, how.args, { detached: true, stdio: 'ignore' });
    child.on('error', (e: NodeJS.ErrnoException) => warn(`--open: ${how.command} failed (${e.code ?? e.message}); open ${url} yourself`));
    child.unref();
  } catch (e) {
    warn(`--open: ${how.command} failed (${e instanceof Error ? e.message : String(e)}); open ${url} yourself`);
  }
}
