/**
 * Which test files are e2e (the real binary, Chromium, child processes); every other file is unit.
 * vitest.config.ts builds its projects from this, and tests/architecture.test.ts checks that no unit
 * file starts a process or a browser.
 */
export const E2E_DIRS = ['tests/e2e/'];
export const E2E_FILES = ['tests/render/pdf.test.ts', 'tests/render/pdf-fonts.test.ts', 'tests/render/csp.test.ts'];
export const E2E_GLOBS = [...E2E_DIRS.map((d) => `${d}**/*.test.ts`), ...E2E_FILES];

export function isE2e(path: string): boolean {
  return E2E_DIRS.some((d) => path.startsWith(d)) || E2E_FILES.includes(path);
}
