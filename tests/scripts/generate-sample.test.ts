/**
 * The sample-data generator: its NYSE calendar and day arithmetic, its determinism (also across time zones), and the contract facts of the data it
 * writes (DATA.md). Small universes keep this fast; one default run checks the committed fixtures/sample.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { END_DATE, START_DATE, generateSample, type GenerateResult } from '../../scripts/generate-sample/index.js';
import { TSE, equinoxDay, tseHolidays } from '../../scripts/generate-sample/markets/jp/calendar.js';
import { isNyseTradingDay, nyseHolidays, nyseTradingDays } from '../../scripts/generate-sample/markets/us/calendar.js';
import { isWeekend } from '../../scripts/generate-sample/dates.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'fixtures', 'sample');

/** Runs fn with the process in another time zone (Node re-reads TZ when it is assigned). */
function inZone<T>(tz: string, fn: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = tz;
  try {
    return fn();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

/** Paths of the files under dir, relative to it, sorted. */
function filesUnder(dir: string, sub = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, sub))) {
    const rel = sub ? `${sub}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...filesUnder(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

function rows(dir: string, file: string): Record<string, string>[] {
  return parse(readFileSync(join(dir, file)), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

describe('NYSE calendar', () => {
  it('closes on the holidays and the special closure', () => {
    for (const d of ['2025-04-18', '2025-01-09', '2026-07-03', '2024-11-28', '2024-06-19', '2024-07-04', '2025-12-25',
      '2026-01-01', '2026-01-19', '2026-02-16', '2026-04-03', '2025-05-26', '2025-09-01']) {
      expect(isNyseTradingDay(d), d).toBe(false);
    }
    expect(nyseHolidays(2026)).toContain('2026-07-03'); // July 4 is a Saturday: observed Friday
    expect(nyseHolidays(2025)).toContain('2025-01-09');
    expect(nyseHolidays(2027)).toContain('2027-12-24'); // Christmas on a Saturday
    expect(nyseHolidays(2027)).not.toContain('2027-12-31'); // New Year 2028 on a Saturday: not observed
  });

  it('trades on ordinary weekdays, never on weekends', () => {
    for (const d of ['2024-12-24', '2025-01-08', '2025-01-10', '2025-04-17', '2026-07-02', '2026-03-02', '2024-06-04']) {
      expect(isNyseTradingDay(d), d).toBe(true);
    }
    expect(isNyseTradingDay('2026-03-07')).toBe(false);
    expect(isNyseTradingDay('2026-03-08')).toBe(false);
  });

  it('lists a year of holidays by the rules, as observed', () => {
    // 2026: New Year Thu; 3rd Mondays Jan 19, Feb 16; Easter Apr 5; last Monday of May 25; July 4 a Saturday;
    // 1st Monday of Sep 7; 4th Thursday of Nov 26; Christmas a Friday.
    expect(nyseHolidays(2026)).toEqual(['2026-01-01', '2026-01-19', '2026-02-16', '2026-04-03', '2026-05-25', '2026-06-19',
      '2026-07-03', '2026-09-07', '2026-11-26', '2026-12-25']);
  });

  it('builds the same calendar west and east of UTC, across a DST change', () => {
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
      inZone(tz, () => {
        expect(new Date(2026, 2, 8).getTimezoneOffset() === 0, tz).toBe(false); // the zone took effect
        expect(nyseTradingDays('2026-03-06', '2026-03-10'), tz).toEqual(['2026-03-06', '2026-03-09', '2026-03-10']);
        expect(nyseHolidays(2026)[3], tz).toBe('2026-04-03');
      });
    }
  });

  it('counts the trading days of a month', () => {
    expect(nyseTradingDays('2026-03-01', '2026-03-31')).toHaveLength(22);
    expect(nyseTradingDays('2025-01-01', '2025-01-31')).toHaveLength(20); // New Year, Carter, MLK
    expect(nyseTradingDays('2025-12-01', '2025-12-31')).toHaveLength(22);
  });
});

describe('TSE calendar', () => {
  /** Weekday closures only: a holiday on a weekend closes nothing the exchange was open on. */
  const weekdayClosures = (year: number) => tseHolidays(year).filter((d) => !isWeekend(new Date(`${d}T12:00:00`)));

  it('closes on the national holidays of 2025, substitute holidays and the year-end closure included', () => {
    // Worked out by hand from the 2025 calendar: Jan 1–3 year-end closure (Wed–Fri); 成人の日 2nd Monday
    // Jan 13; 建国記念の日 Tue Feb 11; 天皇誕生日 Feb 23 is a Sunday → 振替休日 Mon Feb 24; 春分 Thu Mar 20;
    // 昭和の日 Tue Apr 29; May 3 Sat, May 4 Sun, こどもの日 Mon May 5, and みどりの日's 振替休日 Tue May 6;
    // 海の日 3rd Monday Jul 21; 山の日 Mon Aug 11; 敬老の日 3rd Monday Sep 15; 秋分 Tue Sep 23; スポーツの日
    // 2nd Monday Oct 13; 文化の日 Mon Nov 3; 勤労感謝の日 Nov 23 a Sunday → Mon Nov 24; Dec 31 Wed.
    expect(weekdayClosures(2025)).toEqual([
      '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-13', '2025-02-11', '2025-02-24', '2025-03-20', '2025-04-29',
      '2025-05-05', '2025-05-06', '2025-07-21', '2025-08-11', '2025-09-15', '2025-09-23', '2025-10-13', '2025-11-03',
      '2025-11-24', '2025-12-31',
    ]);
  });

  it('closes on the national holidays of 2026, the 振替休日 after Golden Week and the 国民の休日 of September', () => {
    // Jan 1 Thu, Jan 2 Fri (Jan 3 a Saturday); 成人の日 Jan 12; Feb 11 Wed; 天皇誕生日 Mon Feb 23; 春分 Fri Mar 20;
    // Apr 29 Wed; 憲法記念日 May 3 is a Sunday, May 4–5 are holidays → 振替休日 Wed May 6; 海の日 Jul 20;
    // 山の日 Tue Aug 11; 敬老の日 Mon Sep 21 and 秋分 Wed Sep 23 enclose Tue Sep 22 → 国民の休日; スポーツの日
    // Oct 12; Nov 3 Tue; Nov 23 Mon; Dec 31 Thu.
    expect(weekdayClosures(2026)).toEqual([
      '2026-01-01', '2026-01-02', '2026-01-12', '2026-02-11', '2026-02-23', '2026-03-20', '2026-04-29', '2026-05-04',
      '2026-05-05', '2026-05-06', '2026-07-20', '2026-08-11', '2026-09-21', '2026-09-22', '2026-09-23', '2026-10-12',
      '2026-11-03', '2026-11-23', '2026-12-31',
    ]);
  });

  it('computes the equinox days of 2015–2030 as announced', () => {
    // The days the Cabinet Office announced (国立天文台の暦要項): 春分 is March 20 or 21, 秋分 September 22 or 23.
    const spring: Record<number, number> = { 2015: 21, 2016: 20, 2017: 20, 2018: 21, 2019: 21, 2020: 20, 2021: 20, 2022: 21,
      2023: 21, 2024: 20, 2025: 20, 2026: 20, 2027: 21, 2028: 20, 2029: 20, 2030: 20 };
    const autumn: Record<number, number> = { 2015: 23, 2016: 22, 2017: 23, 2018: 23, 2019: 23, 2020: 22, 2021: 23, 2022: 23,
      2023: 23, 2024: 22, 2025: 23, 2026: 23, 2027: 23, 2028: 22, 2029: 23, 2030: 23 };
    for (let y = 2015; y <= 2030; y++) {
      expect(equinoxDay(y, 'spring'), `${y} spring`).toBe(spring[y]);
      expect(equinoxDay(y, 'autumn'), `${y} autumn`).toBe(autumn[y]);
    }
  });

  it('has the special days of 2015–2024: 国民の休日 2015-09-22, the 2019 accession, the Olympic moves, 2024 振替休日', () => {
    for (const d of ['2015-09-22', '2019-04-30', '2019-05-01', '2019-05-02', '2019-05-06', '2019-10-22', '2020-07-23', '2020-07-24',
      '2020-08-10', '2021-07-22', '2021-07-23', '2021-08-09', '2024-02-12', '2024-05-06', '2024-08-12', '2024-09-23', '2024-11-04']) {
      expect(TSE.isTradingDay(d), d).toBe(false);
    }
    // The rule days the Olympic laws moved away trade normally; so do the days after the year-end closure.
    for (const d of ['2020-07-20', '2020-08-11', '2020-10-12', '2021-07-19', '2021-08-11', '2021-10-11', '2026-01-05', '2025-12-30', '2019-12-23']) {
      expect(TSE.isTradingDay(d), d).toBe(true);
    }
  });
});

describe('generator', () => {
  let work: string;
  let sampleRun: GenerateResult;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'wg-gen-'));
    sampleRun = generateSample({ out: join(work, 'default') });
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('is deterministic: the same arguments give byte-identical files, in any time zone', () => {
    generateSample({ out: join(work, 'a'), universe: 90, seed: 7 });
    generateSample({ out: join(work, 'b'), universe: 90, seed: 7 });
    const files = filesUnder(join(work, 'a'));
    expect(files).toEqual(filesUnder(join(work, 'b')));
    expect(files).toContain('prices.csv');
    for (const f of files) expect(readFileSync(join(work, 'b', f)).equals(readFileSync(join(work, 'a', f))), f).toBe(true);
    inZone('America/Los_Angeles', () => generateSample({ out: join(work, 'c'), universe: 90, seed: 7 }));
    for (const f of files) expect(readFileSync(join(work, 'c', f)).equals(readFileSync(join(work, 'a', f))), `${f} in Los Angeles`).toBe(true);
  });

  it('the committed fixtures/sample is exactly what the default command writes', () => {
    const files = filesUnder(join(work, 'default'));
    expect(filesUnder(SAMPLE)).toEqual(files);
    for (const f of files) expect(readFileSync(join(SAMPLE, f)).equals(readFileSync(join(work, 'default', f))), f).toBe(true);
  });

  it('gives held securities the same data whatever the universe size', () => {
    generateSample({ out: join(work, 'small'), universe: 90 });
    expect(readFileSync(join(work, 'small', 'holdings.csv'), 'utf8')).toBe(readFileSync(join(SAMPLE, 'holdings.csv'), 'utf8'));
    const held = (dir: string) => readFileSync(join(dir, 'prices.csv'), 'utf8').split('\n').filter((l) => /^[^,]*,(NVDA|LLY|CRMD),/.test(l));
    expect(held(join(work, 'small'))).toEqual(held(SAMPLE));
  });

  it('plants exactly one maxWeight breach: LLY drifting above 10% by 2026-02-27', () => {
    const { breach, maxOtherDriftedWeight } = sampleRun.facts;
    expect(breach).toMatchObject({ strategy: 'MAJOR100', ticker: 'LLY', snapshotDate: '2026-02-02', baseDate: '2026-02-27' });
    expect(breach.snapshotWeight).toBeLessThanOrEqual(0.1);
    expect(breach.driftedWeight).toBeGreaterThan(0.105);
    expect(breach.driftedWeight).toBeLessThan(0.115);
    expect(maxOtherDriftedWeight.weight).toBeLessThan(0.1);
  });
});

describe('the committed sample', () => {
  const calendar = nyseTradingDays(START_DATE, END_DATE);
  const jpCalendar = TSE.tradingDays('2020-11-02', END_DATE);
  const prices = readFileSync(join(SAMPLE, 'prices.csv'), 'utf8');
  const priceLines = prices.split('\n');
  const holdings = rows(SAMPLE, 'holdings.csv');
  const marketOf = new Map(rows(SAMPLE, 'securities.csv').map((s) => [s.ticker!, s.market!]));
  const calendarOf = (strategy: string) => (strategy === 'SAMURAI25' ? jpCalendar : calendar);
  const snapshots = new Map<string, { date: string; strategy: string; weights: Map<string, number> }>();
  for (const h of holdings) {
    const key = `${h.date}|${h.strategy}`;
    if (!snapshots.has(key)) snapshots.set(key, { date: h.date!, strategy: h.strategy!, weights: new Map() });
    snapshots.get(key)!.weights.set(h.ticker!, Number(h.weight));
  }

  it('is UTF-8 with LF line ends, no BOM, a header first', () => {
    for (const f of filesUnder(SAMPLE)) {
      const bytes = readFileSync(join(SAMPLE, f));
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), f).toBe(false);
      expect(bytes.includes(13), f).toBe(false);
    }
    expect(priceLines[0]).toBe('date,ticker,close,dividend,split');
    expect(readFileSync(join(SAMPLE, 'README.md'), 'utf8')).toMatch(/SYNTHETIC/);
  });

  it('has US prices on exactly the NYSE trading days and JP prices on exactly the TSE trading days', () => {
    const dates = { US: new Set<string>(), JP: new Set<string>() };
    for (const l of priceLines.slice(1)) if (l) dates[marketOf.get(l.slice(11, l.indexOf(',', 11))) as 'US' | 'JP'].add(l.slice(0, 10));
    expect([...dates.US].sort()).toEqual(calendar);
    expect(dates.US.has('2025-01-09')).toBe(false);
    expect(calendar.at(-1)).toBe('2026-04-10');
    expect([...dates.JP].sort()).toEqual(jpCalendar);
    expect(jpCalendar[0]).toBe('2020-11-02');
    // A TSE holiday that is a NYSE trading day, and the reverse.
    expect(dates.JP.has('2026-02-11')).toBe(false);
    expect(dates.US.has('2026-02-11')).toBe(true);
    expect(dates.JP.has('2026-01-19')).toBe(true);
    expect(dates.US.has('2026-01-19')).toBe(false);
    expect(dates.JP.has('2025-12-31')).toBe(false);
    expect(dates.JP.has('2025-12-30')).toBe(true);
    expect([...marketOf.values()].filter((m) => m === 'JP')).toHaveLength(25);
    for (const [t, m] of marketOf) expect(m === 'JP', t).toBe(/^\d{4}$/.test(t));
  });

  it('has snapshots on the first trading day of each month from 2024-06-04, each summing to 1 within 0.0005', () => {
    const firstDays = new Set<string>();
    for (const cal of [calendar, jpCalendar]) {
      const seen = new Set<string>();
      for (const d of cal) if (!seen.has(d.slice(0, 7))) { seen.add(d.slice(0, 7)); firstDays.add(`${d}|${cal === jpCalendar ? 'JP' : 'US'}`); }
    }
    for (const s of snapshots.values()) {
      const market = s.strategy === 'SAMURAI25' ? 'JP' : 'US';
      expect(s.date === '2024-06-04' || firstDays.has(`${s.date}|${market}`), `${s.date} ${s.strategy}`).toBe(true);
      for (const t of s.weights.keys()) if (t !== 'CASH') expect(marketOf.get(t), `${s.strategy} ${t}`).toBe(market);
      const sum = [...s.weights.values()].reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - 1), `${s.date} ${s.strategy}`).toBeLessThanOrEqual(0.0005);
      const names = [...s.weights.keys()].filter((t) => t !== 'CASH');
      expect(names.length).toBeGreaterThanOrEqual(20);
      expect(names.length).toBeLessThanOrEqual(25);
      for (const [t, w] of s.weights) {
        expect(w, `${s.date} ${s.strategy} ${t}`).toBeGreaterThan(0);
        expect(w, `${s.date} ${s.strategy} ${t}`).toBeLessThanOrEqual(0.1);
      }
    }
    for (const strategy of ['MAJOR100', 'NEXT100']) {
      const dates = [...snapshots.values()].filter((s) => s.strategy === strategy).map((s) => s.date);
      expect(dates[0]).toBe('2024-06-04');
      expect(dates.at(-1)).toBe('2026-04-01');
      expect(dates).toHaveLength(23);
    }
    // SAMURAI25 from its launch, 2020-12-01 (a Tuesday), to 2026-04-01: 65 months; 2021-01-04 is the first
    // TSE day after the year-end closure.
    const jpDates = [...snapshots.values()].filter((s) => s.strategy === 'SAMURAI25').map((s) => s.date);
    expect(jpDates.slice(0, 2)).toEqual(['2020-12-01', '2021-01-04']);
    expect(jpDates.at(-1)).toBe('2026-04-01');
    expect(jpDates).toHaveLength(65);
    const config = JSON.parse(readFileSync(join(SAMPLE, 'config.json'), 'utf8')) as { strategies: { id: string; launchDate?: string; market?: string; benchmark: string }[] };
    expect(config.strategies.find((s) => s.id === 'SAMURAI25')).toMatchObject({ launchDate: '2020-12-01', market: 'JP', benchmark: 'TOPIX' });
    expect([...snapshots.values()].some((s) => s.weights.has('CASH'))).toBe(true);
  });

  it('has a price row for every held ticker on every trading day from its snapshot through the next one', () => {
    const have = new Set<string>();
    for (const l of priceLines.slice(1)) {
      if (!l) continue;
      const c = l.indexOf(',', 11);
      have.add(l.slice(0, c));
    }
    const missing: string[] = [];
    for (const strategy of ['MAJOR100', 'NEXT100', 'SAMURAI25']) {
      const list = [...snapshots.values()].filter((s) => s.strategy === strategy);
      list.forEach((s, i) => {
        const until = list[i + 1]?.date ?? calendar.at(-1)!;
        for (const d of calendarOf(strategy)) {
          if (d < s.date || d > until) continue;
          for (const t of s.weights.keys()) if (t !== 'CASH' && !have.has(`${d},${t}`)) missing.push(`${d} ${t}`);
        }
      });
    }
    expect(missing).toEqual([]);
  });

  it('has the real NVDA, AVGO and DECK splits, while held', () => {
    const row = (date: string, t: string) => priceLines.find((l) => l.startsWith(`${date},${t},`))!.split(',');
    for (const [t, date, before, ratio, snap] of [
      ['NVDA', '2024-06-10', '2024-06-07', 10, '2024-06-04|MAJOR100'],
      ['AVGO', '2024-07-15', '2024-07-12', 10, '2024-07-01|MAJOR100'],
      ['DECK', '2024-09-17', '2024-09-16', 6, '2024-09-03|NEXT100'],
    ] as const) {
      const r = row(date, t);
      expect(r[4], t).toBe(String(ratio));
      const move = (Number(r[2]) * ratio) / Number(row(before, t)[2]);
      expect(move, t).toBeGreaterThan(0.8);
      expect(move, t).toBeLessThan(1.25);
      expect(snapshots.get(snap)!.weights.has(t), t).toBe(true);
    }
    const splitRows = priceLines.slice(1).filter((l) => l && l.split(',')[4] !== '');
    expect(splitRows.filter((l) => marketOf.get(l.split(',')[1]!) === 'US')).toHaveLength(3);
    // Toyota's 5-for-1 split on its ex-rights day (effective 2021-10-01), while SAMURAI25 holds it.
    const toyota = row('2021-09-29', '7203');
    expect(toyota[4]).toBe('5');
    const move = (Number(toyota[2]) * 5) / Number(row('2021-09-28', '7203')[2]);
    expect(move).toBeGreaterThan(0.8);
    expect(move).toBeLessThan(1.25);
    expect(snapshots.get('2021-09-01|SAMURAI25')!.weights.has('7203')).toBe(true);
    expect(splitRows.filter((l) => marketOf.get(l.split(',')[1]!) === 'JP')).toHaveLength(16);
  });

  it('quotes the JP names in yen: whole or tenth-yen closes, dividends twice a year', () => {
    const jp = priceLines.slice(1).filter((l) => l && marketOf.get(l.split(',')[1]!) === 'JP');
    for (const l of jp) expect(l.split(',')[2], l).toMatch(/^\d+(\.\d)?$/);
    const toyotaDividends = jp.filter((l) => l.startsWith('2025-') && l.includes(',7203,') && l.split(',')[3] !== '').map((l) => l.slice(0, 10));
    // March 31 and September 30 of 2025 are trading days: ex-dividend the trading day before them.
    expect(toyotaDividends).toEqual(['2025-03-28', '2025-09-29']);
  });

  it('leaves dividend and split empty except on ex-dates and split dates', () => {
    const data = priceLines.slice(1).filter(Boolean);
    const withDividend = data.filter((l) => l.split(',')[3] !== '');
    expect(withDividend.length).toBeGreaterThan(100);
    expect(withDividend.length).toBeLessThan(data.length / 50);
    for (const l of data.slice(-5000)) {
      const [, , close] = l.split(',');
      expect(close).toMatch(/^\d+(\.\d{1,4})?$/);
      expect(Number(close)).toBeGreaterThan(0);
    }
  });

  it('describes every held security in Japanese, and quotes commas, quotes and newlines', () => {
    const secs = rows(SAMPLE, 'securities.csv');
    const byTicker = new Map(secs.map((s) => [s.ticker!, s]));
    for (const h of holdings) {
      if (h.ticker === 'CASH') continue;
      const s = byTicker.get(h.ticker!);
      expect(s, h.ticker).toBeDefined();
      expect(s!.description!.length, h.ticker).toBeGreaterThan(10);
      expect(s!.sector).toMatch(/^(情報技術|ヘルスケア|金融|一般消費財・サービス|生活必需品|資本財・サービス|コミュニケーション・サービス|エネルギー|素材|公益事業|不動産)$/);
    }
    expect(byTicker.get('NVDA')!.name).toBe('エヌビディア');
    expect(byTicker.get('7203')).toMatchObject({ name: 'トヨタ自動車', sector: '一般消費財・サービス', market: 'JP' });
    expect(byTicker.get('NVDA')!.market).toBe('US');
    const descs = secs.map((s) => s.description!);
    expect(descs.some((d) => d.includes(','))).toBe(true);
    expect(descs.some((d) => d.includes('"'))).toBe(true);
    expect(descs.some((d) => d.includes('\n'))).toBe(true);
    expect(descs.some((d) => d.includes('「'))).toBe(true);
  });

  it('has factor files with the 14 factor columns and commentary with the recognised headings', () => {
    const factors = (JSON.parse(readFileSync(join(SAMPLE, 'config.json'), 'utf8')) as { factors: { id: string }[] }).factors.map((f) => f.id);
    expect(factors).toHaveLength(14);
    for (const [f, key] of [['factor_exposures.csv', 'date,ticker'], ['benchmark_exposures.csv', 'date,benchmark'], ['factor_returns.csv', 'date']]) {
      const header = readFileSync(join(SAMPLE, f!), 'utf8').split('\n', 1)[0];
      expect(header).toBe(`${key},${factors.join(',')}`);
    }
    const fr = rows(SAMPLE, 'factor_returns.csv');
    expect(fr.map((r) => r.date)).toEqual(calendar);
    const march = readFileSync(join(SAMPLE, 'commentary', '2026-03.md'), 'utf8');
    const headings = [...march.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['市況概況', '第1週', '第2週', '第3週', '第4週', '第5週', 'ファクター動向', 'ファクター寄与度']);
  });
});

describe('the generator command line', () => {
  it.each([[['--universe', 'abc']], [['--bogus']]])('bad arguments %j exit 2 with the reason, writing nothing', async (args) => {
    const { spawnSync } = await import('node:child_process');
    const out = mkdtempSync(join(tmpdir(), 'gen-args-'));
    const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'generate-sample.ts'), ...args, '--out', join(out, 'data')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^generate-sample: .*(whole number|unknown argument)/);
    expect(readdirSync(out)).toEqual([]);
    rmSync(out, { recursive: true });
  });
});
