import { execFileSync } from 'node:child_process';

/**
 * The e2e tier runs the real CLI from dist/, so build it once before its first file (the unit tier
 * imports src/ and needs no build).
 * WG_SKIP_BUILD=1 skips it for quick unit-test loops (the README's test command never sets it).
 */
export default function setup(): void {
  if (process.env.WG_SKIP_BUILD === '1') return;
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
