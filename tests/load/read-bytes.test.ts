/**
 * LoadContext.readBytes: one pass over a file's bytes, read into two buffers in turn and hashed as
 * they go. The chunks are the file's bytes in order, and the recorded SHA-256 is the file's, however
 * many times the buffers are reused; a pass given up part-way records no hash.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LoadContext } from '../../src/load/context.js';
import { testdir } from '../helpers/testdir.js';

const MB = 1 << 20;

function bytesOf(n: number): Uint8Array {
  const b = new Uint8Array(n);
  let x = 7;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

describe('readBytes', () => {
  for (const size of [0, 5, MB, 9 * MB + 12345]) {
    it(`${size} bytes: the chunks in order, and the file's SHA-256`, async () => {
      const bytes = bytesOf(size);
      const ctx = new LoadContext(await testdir({ 'f.bin': bytes }));
      const source = await ctx.readBytes('f.bin', true);
      if (!source) throw new Error('not read');
      const seen = createHash('sha256');
      let total = 0;
      for await (const chunk of source.chunks()) {
        expect(Buffer.from(chunk).equals(Buffer.from(bytes.subarray(total, total + chunk.length)))).toBe(true);
        seen.update(chunk);
        total += chunk.length;
      }
      expect(total).toBe(size);
      const want = createHash('sha256').update(bytes).digest('hex');
      expect(seen.digest('hex')).toBe(want);
      expect(ctx.inputs()).toEqual({ 'f.bin': want });
    });
  }

  it('a pass given up part-way: no hash, and nothing left running', async () => {
    const ctx = new LoadContext(await testdir({ 'f.bin': bytesOf(6 * MB) }));
    const source = await ctx.readBytes('f.bin', true);
    if (!source) throw new Error('not read');
    let n = 0;
    for await (const _ of source.chunks()) if (++n === 2) break;
    expect(ctx.inputs()).toEqual({});
  });
});
