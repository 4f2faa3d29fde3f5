/**
 * config.json is checked by config.schema.json compiled ahead of time (src/load/config-validator.ts,
 * written by scripts/config-validator.ts): the file must be what the script writes from today's schema,
 * and a run must not load Ajv's compiler.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configValidatorSource, TARGET } from '../../scripts/config-validator.js';

describe('the precompiled config validator', () => {
  it('is what scripts/config-validator.ts makes of config.schema.json (else run it: npx tsx scripts/config-validator.ts)', () => {
    expect(readFileSync(TARGET, 'utf8') === configValidatorSource()).toBe(true);
  });

  it('config.ts imports Ajv for its types only', () => {
    const source = readFileSync(new URL('../../src/load/config.ts', import.meta.url), 'utf8');
    expect(source.match(/^import .*'ajv.*$/gm)).toEqual(["import type { ErrorObject } from 'ajv';"]);
  });
});
