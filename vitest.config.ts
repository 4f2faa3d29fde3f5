import { defineConfig } from 'vitest/config';
import { E2E_GLOBS } from './tests/tiers.js';

/**
 * Two tiers. `unit`: in-process, no Chromium, no child processes (the CLI runs through `run(argv, io)`),
 * no build: `npm run test:unit`. `e2e`: the real binary from dist/, the real Chromium, signals, other
 * languages' cross-checks; its global setup builds dist/ once (WG_SKIP_BUILD=1 skips it).
 */
const E2E = E2E_GLOBS;

export default defineConfig({
  test: {
    env: { NO_COLOR: '1' },
    // Vitest's default is one worker fewer than the CPUs: on this 2-core machine, one file at a time.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // One module graph per worker rather than per file: the files restore what they change (TZ,
        // the working directory), and re-importing ECharts, Handlebars and Ajv per file cost ~20 s.
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: E2E, isolate: false, testTimeout: 30_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: E2E,
          globalSetup: ['tests/global-setup.ts'],
          // Spawned CLIs and Chromium on two shared cores.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
