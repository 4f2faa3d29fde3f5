import { describe, expect, it } from 'vitest';
import { formatOf, parseManifest, serialiseManifest, whyNotKept, type Manifest } from '../../src/write/manifest.js';

const base: Manifest = {
  generator: { name: 'wg-report', version: '0.1.0' },
  month: '2026-03',
  inputs: { 'config.json': 'aa', 'prices.csv': 'bb' },
  settings: { asOf: '2026-03-31', partial: false, allowGaps: false, templates: null },
  files: { 'report.md': { format: 'md', sha256: '11' }, 'report.json': { format: 'json', sha256: '22' } },
};
const { files: _files, ...header } = base;

describe('formatOf: which format a report file belongs to', () => {
  it('charts belong to the Markdown; anything else is not a report file', () => {
    expect(formatOf('report.json')).toBe('json');
    expect(formatOf('report.md')).toBe('md');
    expect(formatOf('charts/performance-3m.svg')).toBe('md');
    expect(formatOf('report.html')).toBe('html');
    expect(formatOf('report.pdf')).toBe('pdf');
    expect(formatOf('承認メモ.txt')).toBeUndefined();
    expect(formatOf('charts/sub/x.svg')).toBeUndefined();
  });
});

describe('whyNotKept: a previous file is kept only with the same version, inputs and options', () => {
  it('keeps when all equal', () => {
    expect(whyNotKept(base, header)).toBeNull();
  });
  it('names the version, the changed input files and the changed options', () => {
    expect(whyNotKept(base, { ...header, generator: { name: 'wg-report', version: '0.2.0' } })).toBe(
      'it was written by wg-report 0.1.0, this is 0.2.0',
    );
    expect(whyNotKept(base, { ...header, inputs: { 'config.json': 'aa', 'prices.csv': 'cc', 'x.csv': 'dd' } })).toBe(
      'the input data changed since (prices.csv, x.csv)',
    );
    expect(whyNotKept(base, { ...header, settings: { ...header.settings, asOf: '2026-04-01', partial: true } })).toBe(
      'it was made with other options (--as-of, --partial)',
    );
  });
});

describe('the manifest file', () => {
  it('is stable bytes (files sorted) and reads back; anything else is not a manifest', () => {
    const text = serialiseManifest(base);
    expect(Object.keys(JSON.parse(text).files)).toEqual(['report.json', 'report.md']);
    expect(parseManifest(text)).toEqual({ ...base, files: { 'report.json': base.files['report.json'], 'report.md': base.files['report.md'] } });
    expect(parseManifest('{"files": {}}')).toBeNull();
    expect(parseManifest('not json')).toBeNull();
    expect(parseManifest(text.replace('"md"', '"doc"'))).toBeNull();
  });
});
