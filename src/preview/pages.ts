/**
 * The paged view's images: the PDF Chromium printed (the report's print CSS, @page margin boxes and
 * page breaks exactly as report.pdf has them), each page rasterised by poppler's pdftoppm. Written to
 * a temporary folder that is removed before this returns; the images are kept in memory.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Pixels per inch: an A4 page is 794 px wide at 96, sharp at 2× on a HiDPI screen at 144. */
const DPI = 110;

export class NoRasteriserError extends Error {}

export async function pdfToPngs(pdf: Uint8Array, timeoutMs = 60_000): Promise<Uint8Array[]> {
  const dir = await mkdtemp(join(tmpdir(), 'wg-preview-pages-'));
  try {
    await writeFile(join(dir, 'report.pdf'), pdf);
    await new Promise<void>((resolve, reject) => {
      execFile('pdftoppm', ['-png', '-r', String(DPI), join(dir, 'report.pdf'), join(dir, 'page')], { timeout: timeoutMs }, (error) => {
        if (error === null) resolve();
        else if ((error as NodeJS.ErrnoException).code === 'ENOENT') reject(new NoRasteriserError('pdftoppm (poppler-utils) is not installed'));
        else reject(error);
      });
    });
    // page-1.png … page-12.png (zero-padded to the page count's width): sorted by number.
    const names = (await readdir(dir)).filter((n) => /^page-\d+\.png$/.test(n));
    names.sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    return await Promise.all(names.map(async (n) => new Uint8Array(await readFile(join(dir, n)))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
