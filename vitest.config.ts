import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // End-to-end tests spawn the CLI and Chromium; two cores are shared between them.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    env: { NO_COLOR: '1' },
  },
});
