import { execFileSync } from 'node:child_process';

/**
 * End-to-end tests run the real CLI from dist/, so build it once before any test file runs.
 * WG_SKIP_BUILD=1 skips it for quick unit-test loops (the README's test command never sets it).
 */
export default function setup(): void {
  if (process.env.WG_SKIP_BUILD === '1') return;
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
