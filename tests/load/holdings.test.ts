/** DATA.md, holdings.csv: snapshots, weights, CASH, references. */
import { describe, expect, it } from 'vitest';
import { appendLines, configJson, filesWith, holdingsCsv, lineOf, load, problems, removeLine, replaceLine, securitiesCsv, theProblem } from './fixture.js';

const line = (needle: string) => lineOf(holdingsCsv(), needle);

describe('a snapshot is all rows of one (date, strategy), ascending by date per strategy', () => {
  it('groups rows into snapshots with their first line, weights in file order', async () => {
    const { snapshots } = await load(filesWith({}));
    expect([...snapshots.keys()]).toEqual(['S1', 'S2']);
    const s1 = snapshots.get('S1')!;
    expect(s1.map((s) => [s.date, s.line])).toEqual([
      ['2026-02-26', 2],
      ['2026-03-04', 6],
    ]);
    expect([...s1[0]!.weights]).toEqual([
      ['AAA', 0.5],
      ['BBB', 0.3],
      ['CASH', 0.2],
    ]);
  });

  it('sorts snapshots by date whatever the file order', async () => {
    const rows = holdingsCsv().trim().split('\n');
    const text = [rows[0], ...rows.slice(1).reverse()].join('\n');
    const { snapshots } = await load(filesWith({ 'holdings.csv': text }));
    expect(snapshots.get('S1')!.map((s) => s.date)).toEqual(['2026-02-26', '2026-03-04']);
  });

  it('gives every configured strategy an entry, even without snapshots', async () => {
    const config = configJson((c) => {
      c.strategies.push({ id: 'S3', name: '戦略3', benchmark: 'SPX' });
    });
    const { snapshots } = await load(filesWith({ 'config.json': config }));
    expect(snapshots.get('S3')).toEqual([]);
  });
});

describe('the snapshot date must be a trading day', () => {
  it('a snapshot on a day without prices is an error naming its first line', async () => {
    const text = holdingsCsv().replace(/2026-03-04/g, '2026-03-07');
    expect(await problems(filesWith({ 'holdings.csv': text }))).toContain(
      `holdings.csv:${line('2026-03-04,S1,AAA')}: column "date": "2026-03-07" is not a trading day (no prices.csv row has this date): snapshot of S1`,
    );
  });

  it('a date that is not ISO is an error', async () => {
    const text = replaceLine(holdingsCsv(), '2026-02-26,S2,DDD', '2026/02/26,S2,DDD,1');
    expect(await theProblem(filesWith({ 'holdings.csv': text }))).toBe(
      `holdings.csv:${line('2026-02-26,S2,DDD')}: column "date": "2026/02/26" is not a date (YYYY-MM-DD)`,
    );
  });
});

describe('weight: 0 < weight <= 1', () => {
  it('weight 0 is an error', async () => {
    const text = appendLines(holdingsCsv(), '2026-03-04,S1,DDD,0');
    expect(await theProblem(filesWith({ 'holdings.csv': text }))).toBe(`holdings.csv:8: column "weight": "0" must be > 0`);
  });

  it('a weight above 1 is an error', async () => {
    const text = replaceLine(holdingsCsv(), '2026-02-26,S2,DDD', '2026-02-26,S2,DDD,1.5');
    expect(await theProblem(filesWith({ 'holdings.csv': text }))).toBe(`holdings.csv:${line('2026-02-26,S2,DDD')}: column "weight": "1.5" must be <= 1`);
  });

  it('a weight that is not a number is an error', async () => {
    const text = replaceLine(holdingsCsv(), '2026-02-26,S2,DDD', '2026-02-26,S2,DDD,100%');
    expect(await theProblem(filesWith({ 'holdings.csv': text }))).toBe(`holdings.csv:${line('2026-02-26,S2,DDD')}: column "weight": "100%" is not a number`);
  });
});

describe('CASH is allowed (no price or security needed)', () => {
  it('keeps CASH in the snapshot weights, and no price series for it', async () => {
    const dataset = await load(filesWith({}));
    expect(dataset.snapshots.get('S1')![0]!.weights.get('CASH')).toBeCloseTo(0.2, 15);
    expect(dataset.prices.has('CASH')).toBe(false);
    expect(dataset.securities.has('CASH')).toBe(false);
  });
});

describe('weights sum to 1: within 0.0005 silently renormalised, within 0.01 renormalised with a warning, else error', () => {
  it('renormalises a sum within 0.0005 without a warning', async () => {
    const text = replaceLine(holdingsCsv(), '2026-02-26,S1,BBB', '2026-02-26,S1,BBB,0.3004');
    const dataset = await load(filesWith({ 'holdings.csv': text }));
    const w = dataset.snapshots.get('S1')![0]!.weights;
    expect(w.get('BBB')).toBeCloseTo(0.3004 / 1.0004, 15);
    expect([...w.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
    expect(dataset.warnings).toEqual([]);
  });

  it('renormalises a sum within 0.01 and warns, naming line, strategy, date and sum', async () => {
    const text = replaceLine(holdingsCsv(), '2026-02-26,S1,BBB', '2026-02-26,S1,BBB,0.295');
    const dataset = await load(filesWith({ 'holdings.csv': text }));
    const w = dataset.snapshots.get('S1')![0]!.weights;
    expect(w.get('AAA')).toBeCloseTo(0.5 / 0.995, 15);
    expect(dataset.warnings).toEqual([`holdings.csv:2: weights of S1 on 2026-02-26 sum to 0.9950: renormalised to 1`]);
  });

  it('a sum off by more than 0.01 is an error naming the snapshot\'s first line, date, strategy and the sum to 4 decimals', async () => {
    const text = replaceLine(holdingsCsv(), '2026-02-26,S1,BBB', '2026-02-26,S1,BBB,0.2');
    expect(await theProblem(filesWith({ 'holdings.csv': text }))).toBe(
      'holdings.csv:2: weights of S1 on 2026-02-26 sum to 0.9000, not 1 (tolerance 0.01)',
    );
  });

  it('a sum above 1 too', async () => {
    const text = appendLines(holdingsCsv(), '2026-02-26,S2,CASH,0.02');
    expect(await theProblem(filesWith({ 'holdings.csv': text }))).toBe(
      `holdings.csv:${line('2026-02-26,S2,DDD')}: weights of S2 on 2026-02-26 sum to 1.0200, not 1 (tolerance 0.01)`,
    );
  });
});

describe('strategy must be a configured strategy id', () => {
  it('an unknown strategy id is an error naming line and value (once per id)', async () => {
    const text = appendLines(holdingsCsv(), '2026-03-04,S9,AAA,0.5', '2026-03-04,S9,DDD,0.5');
    expect(await theProblem(filesWith({ 'holdings.csv': text }))).toBe('holdings.csv:8: column "strategy": "S9" is not a strategy id of config.json');
  });
});

describe('every ticker but CASH must be in prices.csv and in securities.csv', () => {
  it('a ticker without prices is an error', async () => {
    const text = replaceLine(holdingsCsv(), '2026-02-26,S2,DDD', '2026-02-26,S2,YYY,1');
    expect(await problems(filesWith({ 'holdings.csv': text }))).toEqual([
      `holdings.csv:${line('2026-02-26,S2,DDD')}: column "ticker": "YYY" is not in prices.csv`,
      // Not also "factor_exposures.csv: YYY has no row…": holdings.csv has a problem, so the factor
      // coverage (which reads its snapshots) is not checked: a knock-on error (dataset.test.ts).
    ]);
  });

  it('a ticker missing from securities.csv is an error', async () => {
    const text = removeLine(securitiesCsv(), 'DDD,');
    expect(await theProblem(filesWith({ 'securities.csv': text }))).toBe(`holdings.csv:${line('2026-02-26,S2,DDD')}: column "ticker": "DDD" is not in securities.csv`);
  });

  it('a ticker in neither is reported for both', async () => {
    const text = replaceLine(holdingsCsv(), '2026-02-26,S2,DDD', '2026-02-26,S2,QQQ,1');
    expect(await problems(filesWith({ 'holdings.csv': text }))).toEqual([
      `holdings.csv:${line('2026-02-26,S2,DDD')}: column "ticker": "QQQ" is not in prices.csv`,
      `holdings.csv:${line('2026-02-26,S2,DDD')}: column "ticker": "QQQ" is not in securities.csv`,
    ]);
  });
});

describe('(date, strategy, ticker) is the key', () => {
  it('a duplicate row is an error naming both lines', async () => {
    const text = appendLines(holdingsCsv(), '2026-02-26,S1,BBB,0.3');
    expect(await theProblem(filesWith({ 'holdings.csv': text }))).toBe(
      `holdings.csv:8: duplicate date "2026-02-26", strategy "S1", ticker "BBB" (first at line ${line('2026-02-26,S1,BBB')})`,
    );
  });
});
