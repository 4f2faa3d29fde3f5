/** report.html's Content-Security-Policy changes nothing in the PDF printed from it. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { closeBrowser, launchBrowser } from '../../src/render/browser.js';
import { CONTENT_SECURITY_POLICY } from '../../src/render/html.js';
import { renderPdf } from '../../src/render/pdf.js';
import { renderFixture } from './helpers.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await closeBrowser(browser);
});

it('the PDF of report.html with its policy is the PDF without it, byte for byte but for structure ids', async () => {
  const { html } = await renderFixture();
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
  expect(html.split(meta)).toHaveLength(2);
  const fixedDate = new Date('2026-04-10T00:00:00Z');
  const withPolicy = await renderPdf(html, { browser, fixedDate });
  const without = await renderPdf(html.replace(`\n${meta}`, ''), { browser, fixedDate });
  expect(withPolicy.length).toBeGreaterThan(50_000);
  // The only difference: the tagged PDF's structure ids count DOM nodes, and the policy is one more.
  const ids = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1').replace(/\(node\d{8}\)/g, '(node)');
  expect(ids(withPolicy) === ids(without)).toBe(true);
});
