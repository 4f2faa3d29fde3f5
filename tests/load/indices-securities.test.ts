/** DATA.md, indices.csv and securities.csv. */
import { describe, expect, it } from 'vitest';
import { appendLines, filesWith, indicesCsv, lineOf, load, problems, removeLine, replaceLine, securitiesCsv, theProblem } from './fixture.js';

describe('indices.csv: level > 0', () => {
  it('level 0 is an error', async () => {
    const text = replaceLine(indicesCsv(), '2026-03-02,SPX', '2026-03-02,SPX,0');
    expect(await theProblem(filesWith({ 'indices.csv': text }))).toBe(
      `indices.csv:${lineOf(indicesCsv(), '2026-03-02,SPX')}: column "level": "0" must be > 0`,
    );
  });

  it('a level that is not a number is an error', async () => {
    const text = replaceLine(indicesCsv(), '2026-03-02,SPX', '2026-03-02,SPX,"5,002"');
    expect(await theProblem(filesWith({ 'indices.csv': text }))).toBe(
      `indices.csv:${lineOf(indicesCsv(), '2026-03-02,SPX')}: column "level": "5,002" is not a number`,
    );
  });
});

describe('indices.csv: (date, index) is the key', () => {
  it('a duplicate is an error naming both lines', async () => {
    const text = appendLines(indicesCsv(), '2026-03-02,SPX,5999');
    expect(await theProblem(filesWith({ 'indices.csv': text }))).toBe(
      `indices.csv:${lineOf(text, '5999')}: duplicate date "2026-03-02", index "SPX" (first at line ${lineOf(indicesCsv(), '2026-03-02,SPX')})`,
    );
  });
});

describe('indices.csv: each index keeps its own calendar', () => {
  it('keeps each index\'s own dates, ascending, in config order', async () => {
    const rows = indicesCsv().trim().split('\n');
    const text = [rows[0], ...rows.slice(1).reverse()].join('\n');
    const { indices } = await load(filesWith({ 'indices.csv': removeLine(text, '2026-03-03,SPX') }));
    expect([...indices.keys()]).toEqual(['SPX', 'RUT']);
    expect(indices.get('RUT')!.dates[0]).toBe('2026-02-24');
    expect(indices.get('SPX')!.dates).toEqual(['2026-02-26', '2026-02-27', '2026-03-02', '2026-03-04', '2026-03-05', '2026-03-06']);
    expect(indices.get('SPX')!.levels).toEqual([5000, 5001, 5002, 5004, 5005, 5006]);
  });
});

describe('indices.csv: index ids are configured ones', () => {
  it('an index id config.json does not know is a warning (decision: its rows are ignored)', async () => {
    const text = appendLines(indicesCsv(), '2026-03-02,N225,38000', '2026-03-03,N225,38100');
    const dataset = await load(filesWith({ 'indices.csv': text }));
    expect(dataset.warnings).toEqual([
      `indices.csv:${lineOf(text, 'N225')}: column "index": "N225" is not an index of config.json: its rows are ignored`,
    ]);
    expect(dataset.indices.has('N225')).toBe(false);
  });

  it('a configured index without rows is an error', async () => {
    const text = indicesCsv()
      .split('\n')
      .filter((l) => !l.includes(',RUT,'))
      .join('\n');
    expect(await theProblem(filesWith({ 'indices.csv': text }))).toBe(
      'indices.csv: column "index": "RUT" has no rows, but config.json configures this index',
    );
  });
});

describe('securities.csv', () => {
  it('reads name, sector, description (multi-line, commas, quotes) and the optional name_en', async () => {
    const { securities } = await load(filesWith({}));
    expect(securities.get('AAA')).toEqual({
      ticker: 'AAA',
      market: 'US',
      name: 'エーエーエー',
      nameEn: 'Triple A',
      sector: '情報技術',
      description: '説明, カンマと "引用符"\nそして二行目',
    });
    expect(securities.get('BBB')).toEqual({ ticker: 'BBB', market: 'US', name: 'ビービービー', sector: '金融', description: '' });
  });

  it('works without the name_en column', async () => {
    const text = securitiesCsv().replace('description,name_en', 'description').replace(',Triple A', '').replace(/,$/gm, '');
    const { securities } = await load(filesWith({ 'securities.csv': text }));
    expect(securities.get('AAA')!.nameEn).toBeUndefined();
    expect(securities.get('CCC')!.description).toBe('普通の説明');
  });

  it('keeps a long description whole', async () => {
    const long = '長い説明。'.repeat(2000);
    const text = replaceLine(securitiesCsv(), 'CCC,', `CCC,シーシーシー,ヘルスケア,"${long}",`);
    expect((await load(filesWith({ 'securities.csv': text }))).securities.get('CCC')!.description).toBe(long);
  });

  it('ticker is the key: a duplicate is an error naming both lines', async () => {
    const text = appendLines(securitiesCsv(), 'YYY,もう一度,公益,,');
    expect(await theProblem(filesWith({ 'securities.csv': text }))).toBe(
      `securities.csv:${lineOf(text, 'もう一度')}: duplicate ticker "YYY" (first at line ${lineOf(securitiesCsv(), 'YYY,')})`,
    );
  });

  it('a missing required column is an error naming it', async () => {
    const text = securitiesCsv().replace('ticker,name,sector,', 'ticker,name,industry,');
    expect(await theProblem(filesWith({ 'securities.csv': text }))).toBe('securities.csv:1: column "sector": required column is missing from the header');
  });

  it('a held security needs a name and a sector (decision); others may leave them empty', async () => {
    let text = replaceLine(securitiesCsv(), 'DDD,', 'DDD,,,説明D,');
    text = replaceLine(text, 'YYY,', 'YYY,,,,');
    const at = lineOf(text, 'DDD,');
    expect(await problems(filesWith({ 'securities.csv': text }))).toEqual([
      `securities.csv:${at}: column "name": "" is empty (DDD is held)`,
      `securities.csv:${at}: column "sector": "" is empty (DDD is held)`,
    ]);
  });
});
