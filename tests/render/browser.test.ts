/**
 * We start Chromium ourselves (render/browser.ts) with the switches puppeteer.launch would give it, so
 * that a PDF stays what puppeteer printed. An upgrade of puppeteer-core that changes its switches
 * must fail here, not drift silently.
 */
import { describe, expect, it } from 'vitest';
import puppeteer from 'puppeteer-core';
import { PUPPETEER_ARGS } from '../../src/render/browser.js';

describe("Chromium's switches", () => {
  it("are puppeteer.launch's own for headless Chromium, in its order (its profile folder aside)", () => {
    const theirs = puppeteer.defaultArgs({ headless: true, userDataDir: '/profile' }).filter((a) => a !== '--user-data-dir=/profile');
    expect(PUPPETEER_ARGS).toEqual(theirs);
  });
});
