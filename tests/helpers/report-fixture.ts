/**
 * A hand-made ComputeResult and Dataset for March 2026, with realistic figures, for the present and
 * render tests: they can run without the loader, the compute stage or the sample data.
 * Returns are decimal fractions; course figures are derived from the strategies as compute would.
 */
import type {
  Attribution,
  Commentary,
  ComputeResult,
  Config,
  Contributor,
  CourseReport,
  CumulativeSeries,
  Dataset,
  FactorContribution,
  IndexReport,
  IsoDate,
  PerformanceWindow,
  ReportModel,
  Security,
  Snapshot,
  StrategyReport,
  Trailing,
  WeekReport,
} from '../../src/types.js';
import { weekdays } from './dataset-builder.js';

export const fixtureConfig: Config = {
  service: {
    name: 'WEALTH GROWTH',
    reading: 'ウェルスグロース',
    provider: '株式会社サンプル投資顧問',
    launchDate: '2025-02-13',
    ratioStartDate: '2024-06-04',
  },
  markets: [{ id: 'US', name: '米国市場' }],
  factorMarket: 'US',
  notice: { threshold: 0.03, severe: 0.05 },
  riskFreeRate: 0,
  negativeMark: '△',
  strategies: [
    { market: 'US',
      id: 'MAJOR100',
      name: 'メジャー100',
      group: 'メジャー',
      style: '大型ハイクオリティ',
      benchmark: 'SPX',
      traits: ['profitability', 'eps_stability', 'financial_safety', 'shareholder_return', 'surprise'],
    },
    { market: 'US',
      id: 'NEXT100',
      name: 'ネクストメジャー100',
      group: 'ネクストメジャー',
      style: '中小型ハイグロース',
      benchmark: 'RUT',
      traits: ['growth', 'activity', 'surprise', 'us_beta'],
    },
  ],
  courses: [
    { name: 'メジャー100', weights: { MAJOR100: 1 } },
    { name: 'メジャー70：ネクストメジャー30', weights: { MAJOR100: 0.7, NEXT100: 0.3 } },
    { name: 'メジャー50：ネクストメジャー50', weights: { MAJOR100: 0.5, NEXT100: 0.5 } },
    { name: 'メジャー30：ネクストメジャー70', weights: { MAJOR100: 0.3, NEXT100: 0.7 } },
    { name: 'ネクストメジャー100', weights: { NEXT100: 1 } },
  ],
  indices: [
    { market: 'US', id: 'SPX', name: 'S&P 500', short: 'S&P500' },
    { market: 'US', id: 'RUT', name: 'Russell 2000', short: 'Russell2000' },
    { market: 'US', id: 'DJI', name: 'NY ダウ', short: 'ダウ平均' },
    { market: 'US', id: 'IXIC', name: 'NASDAQ', short: 'NASDAQ' },
  ],
  weeklyIndices: ['DJI', 'SPX', 'IXIC'],
  factors: [
    { id: 'profitability', name: '収益性', high: '高収益', low: '低収益' },
    { id: 'growth', name: '成長性', high: '高成長', low: '低成長' },
    { id: 'activity', name: '活動性', high: '高活動性', low: '低活動性' },
    { id: 'financial_safety', name: '財務安全性', high: '財務健全', low: '高レバレッジ' },
    { id: 'value', name: '割安性', high: '割安', low: '割高' },
    { id: 'shareholder_return', name: '株主還元性', high: '高配当（＝高株主還元）', low: '低配当' },
    { id: 'surprise', name: 'サプライズ', high: '好業績（＝ポジティブ・サプライズ）', low: '業績下振れ（＝ネガティブ・サプライズ）' },
    { id: 'eps_stability', name: 'EPS安定性', high: '安定収益（＝EPS安定成長）', low: '収益変動大' },
    { id: 'us_beta', name: '米国株感応度', high: '高米国株感応度（＝ハイベータ）', low: '低ベータ' },
    { id: 'size', name: '規模', high: '大型', low: '小型' },
    { id: 'price_level', name: '価格水準', high: '高株価', low: '低株価' },
    { id: 'momentum', name: '騰落率', high: '直近上昇（＝高モメンタム）', low: '直近下落（＝低モメンタム）' },
    { id: 'volatility', name: '変動性', high: '高変動性（＝ハイリスク）', low: '低変動性（＝ローリスク）' },
    { id: 'liquidity', name: '流動性', high: '高流動', low: '低流動' },
  ],
  limits: { minHoldings: 20, maxHoldings: 25, maxWeight: 0.1, maxSectorWeight: 0.35 },
};

const US_HOLIDAYS: IsoDate[] = [
  '2024-06-19', '2024-07-04', '2024-09-02', '2024-11-28', '2024-12-25',
  '2025-01-01', '2025-01-09', '2025-01-20', '2025-02-17', '2025-04-18', '2025-05-26', '2025-06-19',
  '2025-07-04', '2025-09-01', '2025-11-27', '2025-12-25',
  '2026-01-01', '2026-01-19', '2026-02-16', '2026-04-03',
];

/** Trading days from 2024-06-03 through 2026-04-10. */
export const fixtureCalendar: IsoDate[] = weekdays('2024-06-03', '2026-04-10', US_HOLIDAYS);

const FACTOR_RETURNS: Record<string, number> = {
  profitability: 0.0041,
  growth: -0.0087,
  activity: 0.0023,
  financial_safety: 0.0112,
  value: 0.0158,
  shareholder_return: 0.0134,
  surprise: -0.0049,
  eps_stability: 0.0076,
  us_beta: -0.0193,
  size: 0.0031,
  price_level: -0.0012,
  momentum: -0.0215,
  volatility: -0.0176,
  liquidity: -0.0058,
};

function attribution(excessReturn: number, exposures: Record<string, number>): Attribution {
  const factors: FactorContribution[] = fixtureConfig.factors.map((f) => {
    const activeExposure = exposures[f.id] ?? 0;
    const factorReturn = FACTOR_RETURNS[f.id] ?? 0;
    return { id: f.id, name: f.name, activeExposure, factorReturn, contribution: activeExposure * factorReturn };
  });
  const explained = factors.reduce((sum, f) => sum + f.contribution, 0);
  return { excessReturn, specific: excessReturn - explained, factors };
}

function contributor(rank: number, ticker: string, name: string, weight: number, ret: number): Contributor {
  return { rank, ticker, name, weight, return: ret, contribution: weight * ret };
}

const major: StrategyReport = {
  id: 'MAJOR100',
  name: 'メジャー100',
  benchmark: 'SPX',
  market: 'US',
  base: '2026-02-27',
  end: '2026-03-31',
  monthReturn: -0.066,
  benchmarkReturn: -0.0509,
  excessReturn: -0.0151,
  trailing: { '1m': -0.066, '3m': -0.1049, '6m': 0.0473, '1y': 0.2007, sinceLaunch: 0.0862 },
  sharpe: 1.02,
  sortino: 1.78,
  holdingsCount: 22,
  topContributors: [
    contributor(1, 'XOM', 'エクソンモービル', 0.052, 0.0812),
    contributor(2, 'JNJ', 'ジョンソン・エンド・ジョンソン', 0.061, 0.0447),
    contributor(3, 'PG', 'プロクター・アンド・ギャンブル', 0.048, 0.0318),
    contributor(4, 'KO', 'コカ・コーラ', 0.044, 0.0207),
    contributor(5, 'PLTR', 'パランティア・テクノロジーズ', 0.006, 0.067),
  ],
  bottomContributors: [
    contributor(1, 'NVDA', 'エヌビディア', 0.097, -0.1422),
    contributor(2, 'ADBE', 'アドビ', 0.081, -0.1315),
    contributor(3, 'MU', 'マイクロン・テクノロジー', 0.059, -0.1608),
    contributor(4, 'DECK', 'デッカーズ・ブランズ', 0.027, -0.1933),
    contributor(5, 'AAPL', 'アップル', 0.064, -0.0725),
  ],
  attribution: attribution(-0.0151, {
    profitability: 0.62,
    growth: 0.18,
    activity: -0.11,
    financial_safety: 0.41,
    value: -0.33,
    shareholder_return: -0.27,
    surprise: 0.35,
    eps_stability: 0.54,
    us_beta: 0.22,
    size: 0.08,
    price_level: 0.05,
    momentum: 0.19,
    volatility: 0.14,
    liquidity: 0.1,
  }),
  compliance: [
    { rule: 'holdingsCount', ok: true, date: '2026-03-31', count: 22, min: 20, max: 25 },
    { rule: 'maxWeight', ok: true, date: '2026-03-31', limit: 0.1, over: [], largest: { name: 'NVDA', weight: 0.097 } },
  ],
};

const next: StrategyReport = {
  id: 'NEXT100',
  name: 'ネクストメジャー100',
  benchmark: 'RUT',
  market: 'US',
  base: '2026-02-27',
  end: '2026-03-31',
  monthReturn: -0.0069,
  benchmarkReturn: -0.0517,
  excessReturn: 0.0448,
  trailing: { '1m': -0.0069, '3m': -0.0432, '6m': 0.0123, '1y': 0.0891, sinceLaunch: -0.1012 },
  sharpe: 0.31,
  sortino: 0.45,
  holdingsCount: 24,
  topContributors: [
    contributor(1, 'CRMD', 'コーメディックス', 0.048, 0.2625),
    contributor(2, 'ALHC', 'アライメント・ヘルスケア', 0.052, 0.1538),
    contributor(3, 'XERS', 'ゼリス・バイオファーマ・ホールディングス', 0.041, 0.1171),
    contributor(4, 'ESPR', 'エスペリオン・セラピューティクス', 0.036, 0.0944),
    contributor(5, 'BCRX', 'バイオクリスト・ファーマシューティカルズ', 0.044, 0.0409),
  ],
  bottomContributors: [
    contributor(1, 'APP', 'アップラビン', 0.051, -0.2212),
    contributor(2, 'HIMS', 'ヒムズ・アンド・ハーズ・ヘルス', 0.046, -0.1874),
    contributor(3, 'SOFI', 'ソーファイ・テクノロジーズ', 0.039, -0.1502),
    contributor(4, 'RKLB', 'ロケット・ラボ', 0.033, -0.1288),
    contributor(5, 'IONQ', 'アイオンキュー', 0.021, -0.1741),
  ],
  attribution: attribution(0.0448, {
    profitability: -0.21,
    growth: 0.71,
    activity: 0.48,
    financial_safety: -0.36,
    value: -0.12,
    shareholder_return: -0.44,
    surprise: 0.52,
    eps_stability: -0.18,
    us_beta: 0.63,
    size: -0.95,
    price_level: -0.3,
    momentum: -0.41,
    volatility: -0.58,
    liquidity: -0.22,
  }),
  compliance: [{ rule: 'holdingsCount', ok: true, date: '2026-03-31', count: 24, min: 20, max: 25 }],
};

function index(id: string, name: string, monthReturn: number, trailing: Trailing, sharpe: number, sortino: number): IndexReport {
  return { id, name, monthReturn, trailing, sharpe, sortino };
}

const indices: IndexReport[] = [
  index('SPX', 'S&P 500', -0.0509, { '1m': -0.0509, '3m': -0.0612, '6m': 0.0295, '1y': 0.1138, sinceLaunch: 0.0719 }, 0.88, 1.31),
  index('RUT', 'Russell 2000', -0.0517, { '1m': -0.0517, '3m': -0.0398, '6m': 0.0546, '1y': 0.0977, sinceLaunch: 0.0412 }, 0.47, 0.71),
  index('DJI', 'NY ダウ', -0.0412, { '1m': -0.0412, '3m': -0.0355, '6m': 0.0311, '1y': 0.0874, sinceLaunch: 0.0638 }, 0.79, 1.12),
  index('IXIC', 'NASDAQ', -0.0633, { '1m': -0.0633, '3m': -0.0851, '6m': 0.0218, '1y': 0.1402, sinceLaunch: 0.0884 }, 0.83, 1.24),
];

function courses(strategies: StrategyReport[]): CourseReport[] {
  const byId = new Map(strategies.map((s) => [s.id, s]));
  const shortOf = (id: string) => fixtureConfig.indices.find((i) => i.id === id)?.short ?? id;
  const rows = fixtureConfig.courses.map((c) => {
    const entries = Object.entries(c.weights);
    let monthReturn = 0;
    let benchmarkReturn = 0;
    for (const [id, w] of entries) {
      const s = byId.get(id)!;
      monthReturn += w * s.monthReturn;
      benchmarkReturn += w * s.benchmarkReturn;
    }
    const benchmarkLabel =
      entries.length === 1
        ? shortOf(byId.get(entries[0]![0])!.benchmark)
        : entries
            .filter(([, w]) => w > 0)
            .map(([id, w]) => `${shortOf(byId.get(id)!.benchmark)} (${Math.round(w * 100)}%)`)
            .join(' ');
    return { name: c.name, weights: c.weights, monthReturn, benchmarkLabel, benchmarkReturn, excessReturn: monthReturn - benchmarkReturn };
  });
  const order = [...rows].sort((a, b) => b.monthReturn - a.monthReturn);
  return order.map((c) => ({ rank: order.indexOf(c) + 1, ...c }));
}

const weeks: WeekReport[] = [
  { number: 1, start: '2026-03-02', end: '2026-03-06', returns: { DJI: -0.0301, SPX: -0.0202, IXIC: -0.0124 } },
  { number: 2, start: '2026-03-09', end: '2026-03-13', returns: { DJI: 0.0087, SPX: 0.0051, IXIC: -0.0038 } },
  { number: 3, start: '2026-03-16', end: '2026-03-20', returns: { DJI: -0.0214, SPX: -0.0265, IXIC: -0.0331 } },
  { number: 4, start: '2026-03-23', end: '2026-03-27', returns: { DJI: 0.0042, SPX: -0.0096, IXIC: -0.0182 } },
  { number: 5, start: '2026-03-30', end: '2026-03-31', returns: { DJI: -0.0027, SPX: 0.00004, IXIC: 0.0028 } },
];

/** A smooth deterministic path from 0 to `target` over the window's trading days. */
function series(id: string, label: string, days: readonly IsoDate[], target: number, wiggle: number): CumulativeSeries {
  const n = days.length - 1;
  return {
    id,
    label,
    points: days.map((date, i) => {
      const t = n === 0 ? 1 : i / n;
      return { date, value: target * t + wiggle * Math.sin(t * Math.PI * 5) * Math.sin(t * Math.PI) };
    }),
  };
}

function window(start: IsoDate, end: IsoDate, key: 'sinceLaunch' | '3m', strategies: StrategyReport[]): PerformanceWindow {
  const days = fixtureCalendar.filter((d) => d >= start && d <= end);
  return {
    start,
    end,
    pairs: strategies.map((s) => {
      const ix = indices.find((i) => i.id === s.benchmark)!;
      return {
        strategy: series(s.id, s.name, days, s.trailing[key] ?? 0, 0.04),
        benchmark: series(ix.id, ix.name, days, ix.trailing[key] ?? 0, 0.03),
      };
    }),
  };
}

const securities: Security[] = [
  { market: 'US', ticker: 'XOM', name: 'エクソンモービル', sector: 'エネルギー', description: '世界最大級の総合エネルギー企業です。原油・天然ガスの探鉱・生産から精製、化学品までを一貫して手がけています。' },
  { market: 'US', ticker: 'JNJ', name: 'ジョンソン・エンド・ジョンソン', sector: 'ヘルスケア', description: '医薬品と医療機器を中心とするヘルスケア大手です。\n免疫・がん領域の新薬群が収益の柱となっています。' },
  { market: 'US', ticker: 'PG', name: 'プロクター・アンド・ギャンブル', sector: '生活必需品', description: '洗剤、紙製品、化粧品などの日用品を世界で展開しています。価格改定と効率化で利益率を高めています。' },
  { market: 'US', ticker: 'KO', name: 'コカ・コーラ', sector: '生活必需品', description: '清涼飲料の世界最大手です。原液を販売するビジネスモデルで、安定した収益と配当が特徴です。' },
  { market: 'US', ticker: 'PLTR', name: 'パランティア・テクノロジーズ', sector: '情報技術', description: '政府機関や企業向けにデータ分析プラットフォームを提供しています。<b>AI</b> 活用基盤「AIP」の導入が広がっています | 民間部門の売上が伸びています。' },
  { market: 'US', ticker: 'CRMD', name: 'コーメディックス', sector: 'ヘルスケア', description: '透析患者のカテーテル関連感染症を予防する抗菌ロック溶液を販売しています。採用施設の拡大で売上が急増しています。' },
  { market: 'US', ticker: 'ALHC', name: 'アライメント・ヘルスケア', sector: 'ヘルスケア', description: '高齢者向け公的医療保険（メディケア・アドバンテージ）をテクノロジーを活用して運営しています。' },
  { market: 'US', ticker: 'XERS', name: 'ゼリス・バイオファーマ・ホールディングス', sector: 'ヘルスケア', description: '独自の製剤技術を用いた内分泌系の特殊医薬品を開発・販売しています。' },
  { market: 'US', ticker: 'ESPR', name: 'エスペリオン・セラピューティクス', sector: 'ヘルスケア', description: '経口のコレステロール低下薬を開発・販売しています。適応拡大で処方数が伸びています。' },
  { market: 'US', ticker: 'BCRX', name: 'バイオクリスト・ファーマシューティカルズ', sector: 'ヘルスケア', description: '' },
];

export const fixtureCommentary: Commentary = {
  overview:
    '3月の米国市場は、インフレ指標の上振れを受けて**利下げ観測が後退**し、主要指数がそろって下落しました。' +
    '<script>alert(1)</script>\n' +
    '詳しくは[当社サイト](https://example.com/market)をご覧ください。![市況図](https://example.com/x.png)\n\n' +
    '月後半は、ハイテク株を中心に利益確定の売りが続き、ディフェンシブ銘柄への資金移動が目立ちました。',
  weeks: new Map([
    [1, '週初に発表された*雇用統計*が市場予想を上回り、長期金利が上昇しました。'],
    [2, '消費者物価指数が落ち着いた伸びとなり、一時的に買い戻しが入りました。'],
    [3, 'FOMCで政策金利は据え置かれましたが、年内の利下げ回数見通しが引き下げられ、株価は下落しました。'],
    [4, '半導体関連で決算を受けた売りが広がり、NASDAQが軟調に推移しました。'],
  ]),
  factorTrends: '3月は、割安性・株主還元性・財務安全性ファクターがプラスとなる一方、騰落率・米国株感応度・変動性ファクターが大きくマイナスとなりました。',
  factorAttribution: '高ベータ銘柄からの資金流出が続くなか、各戦略の特性によって明暗が分かれました。',
};

export interface FixtureOptions {
  partial?: boolean;
  /** A report made from the bundled sample. */
  sample?: boolean;
  /** false: no factor files (attribution and factorReturns null). */
  factors?: boolean;
  commentary?: Commentary | null;
  asOf?: IsoDate;
}

/** The March 2026 fixture: a ComputeResult and the Dataset it came from. */
export function reportFixture(options: FixtureOptions = {}): { result: ComputeResult; dataset: Dataset } {
  const withFactors = options.factors ?? true;
  const strategies = [major, next].map((s) => ({ ...s, attribution: withFactors ? s.attribution : null }));
  const end = options.partial ? '2026-03-27' : '2026-03-31';
  const report: ReportModel = {
    schemaVersion: 1,
    month: '2026-03',
    base: '2026-02-27',
    end,
    asOf: options.asOf ?? '2026-04-06',
    partial: options.partial ?? false,
    sample: options.sample ?? false,
    generator: { name: 'wg-report', version: '0.1.0' },
    inputs: { 'config.json': '0'.repeat(64) },
    strategies,
    indices,
    courses: courses(strategies),
    courseAverage: { monthReturn: 0, excessReturn: 0 },
    weeks: options.partial ? weeks.slice(0, 4) : weeks,
    factorReturns: withFactors
      ? fixtureConfig.factors.map((f) => ({ id: f.id, name: f.name, monthReturn: FACTOR_RETURNS[f.id] ?? 0 }))
      : null,
    warnings: [],
  };
  const n = report.courses.length;
  report.courseAverage = {
    monthReturn: report.courses.reduce((s, c) => s + c.monthReturn, 0) / n,
    excessReturn: report.courses.reduce((s, c) => s + c.excessReturn, 0) / n,
  };
  const calendar = options.partial ? fixtureCalendar.filter((d) => d <= end) : fixtureCalendar;
  const snapshots = new Map<string, Snapshot[]>([
    ['MAJOR100', [{ strategy: 'MAJOR100', date: '2024-06-04', line: 2, weights: new Map([['XOM', 1]]) }]],
    ['NEXT100', [{ strategy: 'NEXT100', date: '2024-06-04', line: 40, weights: new Map([['CRMD', 1]]) }]],
  ]);
  const dataset: Dataset = {
    config: fixtureConfig,
    calendar,
    calendars: new Map([['US', calendar]]),
    prices: new Map(),
    snapshots,
    indices: new Map(),
    securities: new Map(securities.map((s) => [s.ticker, s])),
    factors: null,
    commentary: options.commentary === undefined ? fixtureCommentary : options.commentary,
    inputs: report.inputs,
    warnings: [],
  };
  return {
    result: {
      report,
      // What compute would find on fixtureCalendar (weekdays) for launch 2025-02-13, worked out by hand.
      dates: {
        firstDay: '2026-03-02',
        windowStarts: { '1m': '2026-02-27', '3m': '2025-12-31', '6m': '2025-09-30', '1y': '2025-03-31', sinceLaunch: '2025-02-13' },
        firstSnapshots: { MAJOR100: '2024-06-04', NEXT100: '2024-06-04' },
      },
      charts: {
        last3Months: window('2025-12-31', end, '3m', strategies),
        sinceLaunch: window('2025-02-13', end, 'sinceLaunch', strategies),
      },
    },
    dataset,
  };
}

/** Stand-in charts with the file names src/present/charts.ts produces (for tests that do not need real ones). */
export function placeholderCharts(result: ComputeResult): { file: string; title: string; svg: string }[] {
  const svg = (title: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="240" viewBox="0 0 640 240">` +
    `<rect x="0.5" y="0.5" width="639" height="239" fill="#f4f6f9" stroke="#c8ced8"/>` +
    `<text x="320" y="125" text-anchor="middle" font-family="'BIZ UDPGothic'" font-size="16" fill="#1f2d4d">${title}</text></svg>`;
  const files = [
    { file: 'performance-3m.svg', title: '直近3カ月のパフォーマンス推移' },
    { file: 'performance-since-launch.svg', title: '設定来のパフォーマンス推移' },
  ];
  if (result.report.factorReturns) {
    files.push({ file: 'factor-returns.svg', title: 'ファクターリターン（2026年3月）' });
    for (const s of result.report.strategies) {
      files.push({ file: `factor-contribution-${s.id}.svg`, title: `ファクター寄与度：${s.name}（2026年3月）` });
    }
  }
  return files.map((f) => ({ ...f, svg: svg(f.title) }));
}
