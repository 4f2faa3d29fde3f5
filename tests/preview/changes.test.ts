import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyChange, mergePlans, planFor } from '../../src/preview/changes.js';

const roots = { dataDir: '/d/data', templatesDir: '/d/tpl', month: '2026-03' };
const kind = (rel: string, root = roots.dataDir) => classifyChange(join(root, rel), roots);

describe('what a saved file asks for', () => {
  it('the month commentary: commentary; config.json and the CSVs: data; templates: templates', () => {
    expect(kind('commentary/2026-03.md')).toBe('commentary');
    expect(kind('config.json')).toBe('data');
    expect(kind('prices.csv')).toBe('data');
    expect(kind('factor_returns.csv')).toBe('data');
    expect(kind('html/sections/market.hbs', roots.templatesDir)).toBe('templates');
    expect(kind('html/style.css', roots.templatesDir)).toBe('templates');
  });

  it('ignores other months, other files and editors’ side files', () => {
    expect(kind('commentary/2026-02.md')).toBeNull();
    expect(kind('README.md')).toBeNull();
    expect(kind('notes/prices.csv')).toBeNull();
    expect(kind('commentary/.2026-03.md.swp')).toBeNull();
    expect(kind('commentary/2026-03.md~')).toBeNull();
    expect(kind('commentary/4913')).toBeNull();
    expect(kind('commentary/.#2026-03.md')).toBeNull();
    expect(kind('html/.layout.hbs.swp', roots.templatesDir)).toBeNull();
    expect(classifyChange('/elsewhere/prices.csv', roots)).toBeNull();
    expect(classifyChange('/d/data', roots)).toBeNull();
  });

  it('a templates folder inside the data folder is templates', () => {
    const nested = { dataDir: '/d/data', templatesDir: '/d/data/templates', month: '2026-03' };
    expect(classifyChange('/d/data/templates/html/layout.hbs', nested)).toBe('templates');
  });

  it('a burst becomes one plan: data wins the load, commentary and templates add theirs', () => {
    expect(planFor(['commentary', null, 'commentary'])).toEqual({ load: false, commentary: true, templates: false });
    expect(planFor(['templates'])).toEqual({ load: false, commentary: false, templates: true });
    expect(planFor(['commentary', 'data'])).toEqual({ load: true, commentary: true, templates: false });
    expect(planFor([null])).toEqual({ load: false, commentary: false, templates: false });
    expect(mergePlans(planFor(['templates']), planFor(['data']))).toEqual({ load: true, commentary: false, templates: true });
  });
});
