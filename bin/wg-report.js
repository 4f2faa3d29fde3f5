#!/usr/bin/env node
// Thin entry: everything else lives in src/cli.ts (built to dist/ by `npm run build`).
let run;
try {
  ({ run } = await import('../dist/cli.js'));
} catch (e) {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist/cli.js')) {
    process.stderr.write('wg-report: not built yet; run `npm run build` (or `bash scripts/setup.sh`) first\n');
    process.exit(1);
  }
  throw e;
}
process.exitCode = await run(process.argv);
