import { describe, expect, it } from 'vitest';
import { resolveRoute } from '../../src/preview/routes.js';

describe('request paths', () => {
  it('names the report, its views, its pages, its charts and the preview assets', () => {
    expect(resolveRoute('/')).toEqual({ route: { kind: 'shell', view: 'report' } });
    expect(resolveRoute('/pages')).toEqual({ route: { kind: 'shell', view: 'pages' } });
    expect(resolveRoute('/report.html?v=3')).toEqual({ route: { kind: 'report.html' } });
    expect(resolveRoute('/report.pdf')).toEqual({ route: { kind: 'report.pdf' } });
    expect(resolveRoute('/report.json')).toEqual({ route: { kind: 'report.json' } });
    expect(resolveRoute('/pages/12.png?v=9')).toEqual({ route: { kind: 'page', n: 12 } });
    expect(resolveRoute('/charts/performance-3m.svg')).toEqual({ route: { kind: 'chart', file: 'performance-3m.svg' } });
    expect(resolveRoute('/_preview/events')).toEqual({ route: { kind: 'events' } });
  });

  it('refuses dot segments, encoded slashes and backslashes, NULs, empty segments (400)', () => {
    for (const target of [
      '/../config.json',
      '/./report.json',
      '/charts/../../config.json',
      '/%2e%2e/config.json',
      '/%2E%2E%2Fconfig.json',
      '/charts%2f..%2fconfig.json',
      '/..%5cconfig.json',
      '/\\..\\config.json',
      '/report.json%00',
      '//etc/passwd',
      '/%zz',
      'config.json',
      'http://127.0.0.1/report.json',
    ]) {
      expect(resolveRoute(target), target).toMatchObject({ status: 400 });
    }
  });

  it('knows nothing else: data files, folders and listings are 404', () => {
    for (const target of ['/config.json', '/prices.csv', '/commentary/', '/commentary/2026-03.md', '/charts/', '/charts', '/pages/', '/pages/0.png', '/index.html', '/favicon.ico', '/_preview/']) {
      expect(resolveRoute(target), target).toMatchObject({ status: 404 });
    }
  });
});
