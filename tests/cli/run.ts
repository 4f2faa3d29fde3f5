/** The CLI in-process, through `run` (the same code as bin/wg-report.js, without the spawn). */
import { Writable } from 'node:stream';
import { run } from '../../src/cli.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/** `wg-report …args` with only `env` as its environment (no LANG unless given: English). */
export async function runInProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const out = sink();
  const err = sink();
  const code = await run(['node', 'wg-report', ...args], { stdout: out.stream, stderr: err.stream, env: { CI: 'true', ...env } });
  return { code, stdout: out.text(), stderr: err.text() };
}
