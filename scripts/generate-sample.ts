/**
 * Writes the bundled SYNTHETIC sample data folder (DATA.md) deterministically.
 *
 *   npx tsx scripts/generate-sample.ts [--out fixtures/sample] [--universe 300] [--seed 20240604]
 *
 * Nothing here is market data. Tickers, names and business descriptions of the held securities are
 * real companies' (so the report reads naturally), but every price, dividend amount, index level,
 * factor exposure and factor return is drawn from a seeded PRNG (mulberry32) and a simple factor model:
 *   r_i,t = beta_i · m_t + Σ_k x_i,k · f_k,t + ε_i,t
 * No Math.random, no clock: the same arguments give byte-identical files. The held securities' data do
 * not depend on --universe (every ticker has its own PRNG stream), so a 5,000-ticker folder reports the
 * same strategy figures as the 300-ticker sample.
 *
 * Files are written in chunks (never one big string), so a 5,000-ticker universe (~2.4M price rows) fits
 * in a small amount of memory.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dateOf, isWeekend, isoWeekMonday } from './generate-sample/dates.js';
import { nyseHolidays, nyseTradingDays } from './generate-sample/markets/us/calendar.js';

// ================================================================ PRNG

/** 32-bit FNV-1a followed by a murmur3 finaliser: a seed from a string. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32 with Box–Muller normals. */
class Rng {
  private state: number;
  private spare: number | null = null;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  uniform(a: number, b: number): number {
    return a + (b - a) * this.next();
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  normal(): number {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return s;
    }
    let u = this.next();
    while (u <= 1e-12) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
}

// ================================================================ static definitions

export const FACTOR_IDS = [
  'profitability', 'growth', 'activity', 'financial_safety', 'value', 'shareholder_return', 'surprise',
  'eps_stability', 'us_beta', 'size', 'price_level', 'momentum', 'volatility', 'liquidity',
] as const;
type FactorId = (typeof FACTOR_IDS)[number];
const K = FACTOR_IDS.length;
const FI = Object.fromEntries(FACTOR_IDS.map((f, i) => [f, i])) as Record<FactorId, number>;
function vec(partial: Partial<Record<FactorId, number>>): number[] {
  return FACTOR_IDS.map((f) => partial[f] ?? 0);
}

export const START_DATE = '2024-05-01';
export const END_DATE = '2026-04-10';
export const FIRST_SNAPSHOT = '2024-06-04';
export const DEFAULT_SEED = 20240604;
export const DEFAULT_UNIVERSE = 300;

/** config.json, verbatim from DATA.md's example. */
const CONFIG_JSON = `{
  "service": {
    "name": "WEALTH GROWTH",
    "reading": "ウェルスグロース",
    "provider": "株式会社サンプル投資顧問",
    "launchDate": "2025-02-13",
    "ratioStartDate": "2024-06-04"
  },
  "riskFreeRate": 0.0,
  "negativeMark": "△",
  "strategies": [
    { "id": "MAJOR100", "name": "メジャー100", "group": "メジャー", "style": "大型ハイクオリティ",
      "benchmark": "SPX", "traits": ["profitability", "eps_stability", "financial_safety", "shareholder_return", "surprise"] },
    { "id": "NEXT100", "name": "ネクストメジャー100", "group": "ネクストメジャー", "style": "中小型ハイグロース",
      "benchmark": "RUT", "traits": ["growth", "activity", "surprise", "us_beta"] }
  ],
  "courses": [
    { "name": "メジャー100", "weights": { "MAJOR100": 1 } },
    { "name": "メジャー70：ネクストメジャー30", "weights": { "MAJOR100": 0.7, "NEXT100": 0.3 } },
    { "name": "メジャー50：ネクストメジャー50", "weights": { "MAJOR100": 0.5, "NEXT100": 0.5 } },
    { "name": "メジャー30：ネクストメジャー70", "weights": { "MAJOR100": 0.3, "NEXT100": 0.7 } },
    { "name": "ネクストメジャー100", "weights": { "NEXT100": 1 } }
  ],
  "indices": [
    { "id": "SPX", "name": "S&P 500", "short": "S&P500" },
    { "id": "RUT", "name": "Russell 2000", "short": "Russell2000" },
    { "id": "DJI", "name": "NY ダウ", "short": "ダウ平均" },
    { "id": "IXIC", "name": "NASDAQ", "short": "NASDAQ" }
  ],
  "weeklyIndices": ["DJI", "SPX", "IXIC"],
  "factors": [
    { "id": "profitability", "name": "収益性" }, { "id": "growth", "name": "成長性" },
    { "id": "activity", "name": "活動性" }, { "id": "financial_safety", "name": "財務安全性" },
    { "id": "value", "name": "割安性" }, { "id": "shareholder_return", "name": "株主還元性" },
    { "id": "surprise", "name": "サプライズ" }, { "id": "eps_stability", "name": "EPS安定性" },
    { "id": "us_beta", "name": "米国株感応度" }, { "id": "size", "name": "規模" },
    { "id": "price_level", "name": "価格水準" }, { "id": "momentum", "name": "騰落率" },
    { "id": "volatility", "name": "変動性" }, { "id": "liquidity", "name": "流動性" }
  ],
  "limits": { "minHoldings": 20, "maxHoldings": 25, "maxWeight": 0.10, "maxSectorWeight": 0.35 }
}
`;

const S = {
  IT: '情報技術', HC: 'ヘルスケア', FIN: '金融', CD: '一般消費財・サービス', CS: '生活必需品',
  IND: '資本財・サービス', COM: 'コミュニケーション・サービス', EN: 'エネルギー', MAT: '素材',
  UTL: '公益事業', RE: '不動産',
} as const;

type StrategyId = 'MAJOR100' | 'NEXT100';

interface PoolDef {
  ticker: string;
  name: string;
  nameEn: string;
  sector: string;
  /** Closing price on the first day of data (synthetic, roughly the real level in spring 2024). */
  price: number;
  /** Annual dividend yield; 0 = no dividend. */
  yld: number;
  desc: string;
}

/** MAJOR100's candidate list: real US large caps (descriptions are our own, general wording). */
const MAJOR_POOL: PoolDef[] = [
  { ticker: 'MSFT', name: 'マイクロソフト', nameEn: 'Microsoft Corporation', sector: S.IT, price: 394, yld: 0.0075,
    desc: 'クラウド基盤「Azure」と、Office・Windowsなどの業務用ソフトウェアを提供しています。"AIファースト" を掲げ、生成AIの機能を主要製品に順次組み込んでいます。' },
  { ticker: 'AAPL', name: 'アップル', nameEn: 'Apple Inc.', sector: S.IT, price: 169, yld: 0.0055,
    desc: 'iPhone, Mac, iPad などのハードウェアと、App Store, iCloud といったサービスを展開しています。利益率の高いサービス部門の比率が年々高まっています。' },
  { ticker: 'NVDA', name: 'エヌビディア', nameEn: 'NVIDIA Corporation', sector: S.IT, price: 830, yld: 0.0002,
    desc: 'GPU（画像処理半導体）の設計・開発を手がけ、AI向け計算基盤の事実上の標準を担っています。データセンター向けの売上が全体の大半を占めています。' },
  { ticker: 'AVGO', name: 'ブロードコム', nameEn: 'Broadcom Inc.', sector: S.IT, price: 1300, yld: 0.016,
    desc: '通信・ネットワーク向け半導体と、インフラ系ソフトウェアの二本柱で事業を展開しています。大手クラウド企業向けのカスタムAIチップが成長をけん引しています。' },
  { ticker: 'ADBE', name: 'アドビ', nameEn: 'Adobe Inc.', sector: S.IT, price: 470, yld: 0,
    desc: 'Photoshop, Illustrator などのクリエイティブソフトと、デジタルマーケティング支援ツールをサブスクリプションで提供しています。画像生成AI「Firefly」の収益化が焦点です。' },
  { ticker: 'ORCL', name: 'オラクル', nameEn: 'Oracle Corporation', sector: S.IT, price: 115, yld: 0.014,
    desc: 'データベース管理ソフトの大手で、企業向けクラウドサービス「OCI」を拡大しています。AI向けデータセンターの受注残が急増しています。' },
  { ticker: 'CSCO', name: 'シスコシステムズ', nameEn: 'Cisco Systems, Inc.', sector: S.IT, price: 47, yld: 0.033,
    desc: 'ルーターやスイッチなどのネットワーク機器で世界首位級のシェアを持ちます。セキュリティとソフトウェアの定額収入を増やし、収益の安定性を高めています。' },
  { ticker: 'ACN', name: 'アクセンチュア', nameEn: 'Accenture plc', sector: S.IT, price: 300, yld: 0.017,
    desc: '世界最大級のITコンサルティング企業です。企業のデジタル化や生成AI導入の支援案件を数多く手がけています。' },
  { ticker: 'TXN', name: 'テキサス・インスツルメンツ', nameEn: 'Texas Instruments Incorporated', sector: S.IT, price: 175, yld: 0.03,
    desc: 'アナログ半導体と組込みプロセッサの大手です。自社工場での300mmウエハー生産により、長期的なコスト競争力を高めています。' },
  { ticker: 'QCOM', name: 'クアルコム', nameEn: 'QUALCOMM Incorporated', sector: S.IT, price: 165, yld: 0.02,
    desc: 'スマートフォン向け半導体と通信技術のライセンスが主力です。PCや自動車向けへの展開を進めています。' },
  { ticker: 'MU', name: 'マイクロン・テクノロジー', nameEn: 'Micron Technology, Inc.', sector: S.IT, price: 113, yld: 0.004,
    desc: 'DRAMやNANDフラッシュなどのメモリ半導体を製造しています。AIサーバー向けの高帯域幅メモリ（HBM）の需要が拡大しています。' },
  { ticker: 'INTU', name: 'インテュイット', nameEn: 'Intuit Inc.', sector: S.IT, price: 625, yld: 0.006,
    desc: '個人向け税務申告ソフト「TurboTax」と中小企業向け会計ソフト「QuickBooks」を提供しています。' },
  { ticker: 'JNJ', name: 'ジョンソン・エンド・ジョンソン', nameEn: 'Johnson & Johnson', sector: S.HC, price: 145, yld: 0.033,
    desc: '医療用医薬品と医療機器の二本柱で事業を展開しています。\n一般用医薬品部門を分離し、成長性の高い分野に経営資源を集中しています。' },
  { ticker: 'UNH', name: 'ユナイテッドヘルス・グループ', nameEn: 'UnitedHealth Group Incorporated', sector: S.HC, price: 485, yld: 0.016,
    desc: '米国最大の医療保険会社で、医療サービス事業「Optum」も展開しています。医療費の動向が業績を左右します。' },
  { ticker: 'LLY', name: 'イーライリリー', nameEn: 'Eli Lilly and Company', sector: S.HC, price: 770, yld: 0.007,
    desc: '糖尿病・肥満症治療薬で存在感を高める大手製薬会社です。GLP-1系の治療薬が売上を大きく伸ばしており、生産能力の増強を続けています。' },
  { ticker: 'ABBV', name: 'アッヴィ', nameEn: 'AbbVie Inc.', sector: S.HC, price: 160, yld: 0.038,
    desc: '免疫疾患、がん、神経領域の医薬品を展開しています。主力薬の特許切れを、後継の免疫疾患治療薬の伸びで補っています。' },
  { ticker: 'MRK', name: 'メルク', nameEn: 'Merck & Co., Inc.', sector: S.HC, price: 128, yld: 0.024,
    desc: 'がん免疫治療薬とワクチンを主力とする大手製薬会社です。次世代の主力薬候補の開発を進めています。' },
  { ticker: 'TMO', name: 'サーモフィッシャーサイエンティフィック', nameEn: 'Thermo Fisher Scientific Inc.', sector: S.HC, price: 570, yld: 0.003,
    desc: '研究用の分析機器・試薬と、医薬品の受託製造サービスを提供しています。' },
  { ticker: 'ABT', name: 'アボットラボラトリーズ', nameEn: 'Abbott Laboratories', sector: S.HC, price: 106, yld: 0.02,
    desc: '医療機器、診断薬、栄養食品、ジェネリック医薬品を手がけています。持続血糖測定器が成長をけん引しています。' },
  { ticker: 'V', name: 'ビザ', nameEn: 'Visa Inc.', sector: S.FIN, price: 270, yld: 0.008,
    desc: '世界最大の決済ネットワークを運営しています。現金からキャッシュレス決済への移行が長期的な追い風です。' },
  { ticker: 'MA', name: 'マスターカード', nameEn: 'Mastercard Incorporated', sector: S.FIN, price: 450, yld: 0.006,
    desc: 'クレジット・デビットカードの決済ネットワークを運営しています。国境をまたぐ決済の回復と付加価値サービスの拡大が収益を押し上げています。' },
  { ticker: 'JPM', name: 'JPモルガン・チェース・アンド・カンパニー', nameEn: 'JPMorgan Chase & Co.', sector: S.FIN, price: 192, yld: 0.023,
    desc: '米国最大の銀行持株会社です。リテール、投資銀行、資産運用をバランスよく展開しています。' },
  { ticker: 'SPGI', name: 'S&Pグローバル', nameEn: 'S&P Global Inc.', sector: S.FIN, price: 415, yld: 0.009,
    desc: '信用格付け、株価指数、金融データを提供しています。「S&P 500」などの指数ライセンス収入が安定した収益源です。' },
  { ticker: 'HD', name: 'ホーム・デポ', nameEn: 'The Home Depot, Inc.', sector: S.CD, price: 335, yld: 0.027,
    desc: '住宅リフォーム用品の世界最大の小売チェーンです。プロの施工業者向けの販売強化を進めています。' },
  { ticker: 'MCD', name: 'マクドナルド', nameEn: "McDonald's Corporation", sector: S.CD, price: 272, yld: 0.025,
    desc: '世界最大のハンバーガーチェーンです。店舗の大半をフランチャイズで運営しており、安定したロイヤリティ収入を得ています。' },
  { ticker: 'TJX', name: 'TJXカンパニーズ', nameEn: 'The TJX Companies, Inc.', sector: S.CD, price: 94, yld: 0.014,
    desc: 'ブランド品を割安に販売するオフプライス小売の最大手です。景気の減速局面でも客数を伸ばしてきました。' },
  { ticker: 'BKNG', name: 'ブッキング・ホールディングス', nameEn: 'Booking Holdings Inc.', sector: S.CD, price: 3450, yld: 0.01,
    desc: '宿泊予約サイト「Booking.com」などのオンライン旅行サービスを運営しています。' },
  { ticker: 'WMT', name: 'ウォルマート', nameEn: 'Walmart Inc.', sector: S.CS, price: 59, yld: 0.014,
    desc: '世界最大の小売企業です。ネット通販と広告事業が伸び、"低価格" の店舗網と組み合わせた収益モデルへの転換が進んでいます。' },
  { ticker: 'COST', name: 'コストコ・ホールセール', nameEn: 'Costco Wholesale Corporation', sector: S.CS, price: 725, yld: 0.006,
    desc: '会員制の倉庫型店舗を展開しています。会員費収入が利益の柱で、更新率の高さが強みです。' },
  { ticker: 'PG', name: 'プロクター・アンド・ギャンブル', nameEn: 'The Procter & Gamble Company', sector: S.CS, price: 163, yld: 0.024,
    desc: '洗剤、紙製品、ヘアケアなどの日用品で多数の有力ブランドを持ちます。長期にわたる連続増配で知られています。' },
  { ticker: 'KO', name: 'コカ・コーラ', nameEn: 'The Coca-Cola Company', sector: S.CS, price: 62, yld: 0.031,
    desc: '世界最大の清涼飲料メーカーです。原液の販売とブランド管理に特化した、資本効率の高い事業モデルを持ちます。' },
  { ticker: 'PEP', name: 'ペプシコ', nameEn: 'PepsiCo, Inc.', sector: S.CS, price: 176, yld: 0.03,
    desc: '飲料とスナック菓子の大手で、スナック部門が利益の大きな部分を占めます。' },
  { ticker: 'CAT', name: 'キャタピラー', nameEn: 'Caterpillar Inc.', sector: S.IND, price: 335, yld: 0.016,
    desc: '建設機械・鉱山機械の世界最大手です。データセンター向けの発電設備の需要も取り込んでいます。' },
  { ticker: 'HON', name: 'ハネウェル・インターナショナル', nameEn: 'Honeywell International Inc.', sector: S.IND, price: 193, yld: 0.022,
    desc: '航空宇宙、ビル制御、産業オートメーションなどを手がける複合企業です。事業の分割による経営の集中を進めています。' },
  { ticker: 'LMT', name: 'ロッキード・マーチン', nameEn: 'Lockheed Martin Corporation', sector: S.IND, price: 465, yld: 0.027,
    desc: '戦闘機やミサイル防衛システムを手がける世界最大の防衛企業です。' },
  { ticker: 'GOOGL', name: 'アルファベット', nameEn: 'Alphabet Inc.', sector: S.COM, price: 165, yld: 0.005,
    desc: '検索エンジン「Google」と動画配信「YouTube」の広告が主な収益源です。クラウド事業と自社開発のAIモデルにも注力しています。' },
  { ticker: 'META', name: 'メタ・プラットフォームズ', nameEn: 'Meta Platforms, Inc.', sector: S.COM, price: 440, yld: 0.0045,
    desc: 'Facebook, Instagram, WhatsApp を運営し、広告収入を主な収益源としています。AIを活用した広告配信の精度向上が業績を支えています。' },
  { ticker: 'XOM', name: 'エクソンモービル', nameEn: 'Exxon Mobil Corporation', sector: S.EN, price: 117, yld: 0.033,
    desc: '米国最大の石油・ガス会社です。低コストの油田への投資と株主還元を両立させています。' },
  { ticker: 'LIN', name: 'リンデ', nameEn: 'Linde plc', sector: S.MAT, price: 440, yld: 0.013,
    desc: '産業ガスの世界最大手です。長期契約に基づく安定した収益と、高い価格決定力が特徴です。' },
  { ticker: 'NEE', name: 'ネクステラ・エナジー', nameEn: 'NextEra Energy, Inc.', sector: S.UTL, price: 67, yld: 0.03,
    desc: 'フロリダ州の電力会社と、世界有数の再生可能エネルギー発電事業を持ちます。' },
  { ticker: 'PLD', name: 'プロロジス', nameEn: 'Prologis, Inc.', sector: S.RE, price: 102, yld: 0.036,
    desc: '物流施設に特化した世界最大級の不動産投資信託（REIT）です。' },
];

/** NEXT100's candidate list: real US small/mid-cap growth names. */
const NEXT_POOL: PoolDef[] = [
  { ticker: 'CRMD', name: 'コーメディックス', nameEn: 'CorMedix Inc.', sector: S.HC, price: 4.5, yld: 0,
    desc: '透析患者のカテーテル関連感染症を予防する抗菌ロック溶液「DefenCath」を販売しています。\n病院や透析施設での採用拡大が業績の焦点です。' },
  { ticker: 'ALHC', name: 'アライメント・ヘルスケア', nameEn: 'Alignment Healthcare, Inc.', sector: S.HC, price: 7.2, yld: 0,
    desc: '高齢者向け医療保険「メディケア・アドバンテージ」を、自社のデータ基盤を使って運営しています。会員数の増加と医療費管理の改善で黒字化を目指しています。' },
  { ticker: 'XERS', name: 'ゼリス・バイオファーマ・ホールディングス', nameEn: 'Xeris Biopharma Holdings, Inc.', sector: S.HC, price: 2.3, yld: 0,
    desc: '自己注射しやすい製剤技術を使った特殊医薬品を開発・販売しています。重症低血糖の治療薬「Gvoke」, クッシング症候群の治療薬「Recorlev」が主力です。' },
  { ticker: 'ESPR', name: 'エスペリオン・セラピューティクス', nameEn: 'Esperion Therapeutics, Inc.', sector: S.HC, price: 2.2, yld: 0,
    desc: 'LDLコレステロールを下げる経口薬「NEXLETOL」「NEXLIZET」を販売しています。心血管リスク低減の適応追加により処方数が伸びています。' },
  { ticker: 'BCRX', name: 'バイオクリスト・ファーマシューティカルズ', nameEn: 'BioCryst Pharmaceuticals, Inc.', sector: S.HC, price: 5.1, yld: 0,
    desc: '希少疾患向けの経口薬を開発しています。遺伝性血管性浮腫（HAE）の予防薬「ORLADEYO」の売上が伸びています。' },
  { ticker: 'HIMS', name: 'ヒムズ・アンド・ハーズ・ヘルス', nameEn: 'Hims & Hers Health, Inc.', sector: S.HC, price: 13, yld: 0,
    desc: 'オンライン診療と処方薬の定期配送を組み合わせた、消費者向けヘルスケアサービスを運営しています。' },
  { ticker: 'TGTX', name: 'TGセラピューティクス', nameEn: 'TG Therapeutics, Inc.', sector: S.HC, price: 15, yld: 0,
    desc: '多発性硬化症の治療薬「BRIUMVI」を販売するバイオ企業です。' },
  { ticker: 'ADMA', name: 'ADMAバイオロジクス', nameEn: 'ADMA Biologics, Inc.', sector: S.HC, price: 6.5, yld: 0,
    desc: '血漿由来の免疫グロブリン製剤を製造・販売しています。製造効率の改善で利益率が向上しています。' },
  { ticker: 'CORT', name: 'コーセプト・セラピューティクス', nameEn: 'Corcept Therapeutics Incorporated', sector: S.HC, price: 23, yld: 0,
    desc: 'コルチゾールの働きを調節する薬を開発・販売しています。クッシング症候群の治療薬が主力です。' },
  { ticker: 'KRYS', name: 'クリスタル・バイオテック', nameEn: 'Krystal Biotech, Inc.', sector: S.HC, price: 160, yld: 0,
    desc: '塗り薬タイプの遺伝子治療薬を開発しています。希少な皮膚疾患向けの治療薬が承認され、売上が拡大しています。' },
  { ticker: 'PLTR', name: 'パランティア・テクノロジーズ', nameEn: 'Palantir Technologies Inc.', sector: S.IT, price: 22, yld: 0,
    desc: 'データ統合・分析プラットフォーム（Gotham, Foundry, AIP）を政府機関と民間企業に提供しています。AIプラットフォーム「AIP」の導入が民間部門で広がっています。' },
  { ticker: 'CRDO', name: 'クレド・テクノロジー・グループ', nameEn: 'Credo Technology Group Holding Ltd', sector: S.IT, price: 18, yld: 0,
    desc: 'データセンター向けの高速接続用半導体とケーブルを開発しています。AIサーバーの増設が追い風です。' },
  { ticker: 'PI', name: 'インピンジ', nameEn: 'Impinj, Inc.', sector: S.IT, price: 155, yld: 0,
    desc: '小売・物流向けのRFIDタグ用チップと読み取り機を提供しています。' },
  { ticker: 'ALKT', name: 'アルカミー・テクノロジー', nameEn: 'Alkami Technology, Inc.', sector: S.IT, price: 24, yld: 0,
    desc: '地方銀行や信用組合向けに、クラウド型のオンラインバンキング基盤を提供しています。' },
  { ticker: 'SOUN', name: 'サウンドハウンドAI', nameEn: 'SoundHound AI, Inc.', sector: S.IT, price: 4.6, yld: 0,
    desc: '音声認識と対話型AIの技術を、自動車メーカーや飲食店向けに提供しています。' },
  { ticker: 'IONQ', name: 'アイオンキュー', nameEn: 'IonQ, Inc.', sector: S.IT, price: 9, yld: 0,
    desc: 'イオントラップ方式の量子コンピューターを開発し、クラウド経由で提供しています。' },
  { ticker: 'APPF', name: 'アップフォリオ', nameEn: 'AppFolio, Inc.', sector: S.IT, price: 230, yld: 0,
    desc: '不動産管理会社向けのクラウド型管理ソフトを提供しています。' },
  { ticker: 'DECK', name: 'デッカーズ・アウトドア', nameEn: 'Deckers Outdoor Corporation', sector: S.CD, price: 820, yld: 0,
    desc: 'ランニングシューズ「HOKA」とシープスキンブーツ「UGG」を主力とするフットウェア企業です。海外と直販の売上比率が高まっています。' },
  { ticker: 'CAVA', name: 'カバ・グループ', nameEn: 'CAVA Group, Inc.', sector: S.CD, price: 70, yld: 0,
    desc: '地中海料理のファストカジュアル・レストランを展開しています。新規出店のペースが速いのが特徴です。' },
  { ticker: 'WING', name: 'ウィングストップ', nameEn: 'Wingstop Inc.', sector: S.CD, price: 370, yld: 0.003,
    desc: 'チキンウィング専門のレストランをフランチャイズ方式で展開しています。' },
  { ticker: 'BOOT', name: 'ブート・バーン・ホールディングス', nameEn: 'Boot Barn Holdings, Inc.', sector: S.CD, price: 110, yld: 0,
    desc: 'ウエスタンブーツや作業着の専門店チェーンです。自社ブランド比率の上昇で利益率が改善しています。' },
  { ticker: 'ONON', name: 'オン・ホールディング', nameEn: 'On Holding AG', sector: S.CD, price: 33, yld: 0,
    desc: 'スイス発のスポーツシューズ・ブランド「On」を展開しています。' },
  { ticker: 'POWL', name: 'パウエル・インダストリーズ', nameEn: 'Powell Industries, Inc.', sector: S.IND, price: 150, yld: 0.007,
    desc: '電力の配電・制御設備を製造しています。データセンターやLNG施設向けの受注が増えています。' },
  { ticker: 'STRL', name: 'スターリング・インフラストラクチャー', nameEn: 'Sterling Infrastructure, Inc.', sector: S.IND, price: 110, yld: 0,
    desc: 'データセンターや工場の用地造成、道路などのインフラ工事を手がけています。' },
  { ticker: 'FIX', name: 'コンフォート・システムズUSA', nameEn: 'Comfort Systems USA, Inc.', sector: S.IND, price: 310, yld: 0.004,
    desc: '空調・電気・配管設備の設計と施工を行っています。大型のデータセンター案件が業績をけん引しています。' },
  { ticker: 'ROAD', name: 'コンストラクション・パートナーズ', nameEn: 'Construction Partners, Inc.', sector: S.IND, price: 55, yld: 0,
    desc: '米国南東部で道路の舗装工事とアスファルト製造を行っています。' },
  { ticker: 'AGX', name: 'アーガン', nameEn: 'Argan, Inc.', sector: S.IND, price: 65, yld: 0.015,
    desc: 'ガス火力などの発電所の設計・建設を請け負っています。電力需要の増加で受注残が積み上がっています。' },
  { ticker: 'HOOD', name: 'ロビンフッド・マーケッツ', nameEn: 'Robinhood Markets, Inc.', sector: S.FIN, price: 17, yld: 0,
    desc: '手数料無料の株式・暗号資産取引アプリを運営しています。' },
  { ticker: 'UPST', name: 'アップスタート・ホールディングス', nameEn: 'Upstart Holdings, Inc.', sector: S.FIN, price: 24, yld: 0,
    desc: 'AIを使った個人向けローンの審査プラットフォームを、銀行や信用組合に提供しています。' },
  { ticker: 'PAYO', name: 'ペイオニア・グローバル', nameEn: 'Payoneer Global Inc.', sector: S.FIN, price: 5.2, yld: 0,
    desc: '中小企業や個人事業主向けに、国際送金や外貨受取のサービスを提供しています。' },
  { ticker: 'SFM', name: 'スプラウツ・ファーマーズ・マーケット', nameEn: 'Sprouts Farmers Market, Inc.', sector: S.CS, price: 75, yld: 0,
    desc: '生鮮食品と自然派食品に特化したスーパーマーケットを展開しています。' },
  { ticker: 'CELH', name: 'セルシウス・ホールディングス', nameEn: 'Celsius Holdings, Inc.', sector: S.CS, price: 75, yld: 0,
    desc: 'フィットネス志向のエナジードリンク「CELSIUS」を販売しています。' },
  { ticker: 'VITL', name: 'バイタル・ファームズ', nameEn: 'Vital Farms, Inc.', sector: S.CS, price: 35, yld: 0,
    desc: '放牧飼育の鶏卵とバターを販売しています。"倫理的な食品" を掲げたブランド戦略が特徴です。' },
  { ticker: 'RDDT', name: 'レディット', nameEn: 'Reddit, Inc.', sector: S.COM, price: 45, yld: 0,
    desc: '話題別の掲示板が集まるソーシャルメディア「Reddit」を運営しています。広告とAI企業へのデータ提供が収益源です。' },
  { ticker: 'AROC', name: 'アークロック', nameEn: 'Archrock, Inc.', sector: S.EN, price: 20, yld: 0.032,
    desc: '天然ガスの圧縮設備をレンタル・運用するサービスを提供しています。' },
];

/** Real splits inside held periods: ticker → [ISO date, new shares per old share]. */
const SPLITS: Record<string, [string, number][]> = {
  NVDA: [['2024-06-10', 10]],
  AVGO: [['2024-07-15', 10]],
  DECK: [['2024-09-17', 6]],
};

/** Names a strategy must hold in a given snapshot month (so the splits and the breach happen while held). */
const FORCED: Record<StrategyId, Record<string, string[]>> = {
  MAJOR100: {
    '2024-06': ['NVDA', 'AVGO'],
    '2024-07': ['NVDA', 'AVGO'],
    '2025-12': ['MU', 'ADBE', 'NVDA'],
    '2026-01': ['LLY'],
    '2026-02': ['LLY'],
    '2026-03': ['LLY'],
  },
  NEXT100: {
    '2024-09': ['DECK'],
    '2025-12': ['CRMD', 'ALHC', 'XERS', 'ESPR', 'BCRX'],
  },
};
/** Held in every snapshot of the strategy. */
const CORE: Record<StrategyId, string[]> = { MAJOR100: ['MSFT'], NEXT100: ['PLTR'] };
/** CASH weight in some snapshots (month → weight). */
const CASH: Record<StrategyId, Record<string, number>> = {
  MAJOR100: {},
  NEXT100: { '2025-04': 0.025, '2025-05': 0.015, '2026-03': 0.02 },
};
/** The deliberate compliance breach: LLY's weight in MAJOR100 drifts above maxWeight by 2026-02-27. */
const BREACH = { strategy: 'MAJOR100' as StrategyId, ticker: 'LLY', snapshotMonth: '2026-02', snapshotWeight: 0.095, target: 0.109 };
const NORMAL_CAP = 0.075;
const MIN_WEIGHT = 0.015;
const SECTOR_CAP = 0.33;
const DRIFT_LIMIT = 0.095;

// ---------------------------------------------------------------- market scenario

/** Target monthly S&P 500 return (price index), by month. Missing months are free. */
const SPX_MONTH_TARGETS: Record<string, number> = {
  '2024-05': 0.042, '2024-06': 0.031, '2024-07': 0.014, '2024-08': 0.019, '2024-09': 0.022, '2024-10': -0.013,
  '2024-11': 0.05, '2024-12': -0.022, '2025-01': 0.024, '2025-02': -0.016, '2025-03': -0.054, '2025-04': -0.012,
  '2025-05': 0.056, '2025-06': 0.046, '2025-07': 0.02, '2025-08': 0.016, '2025-09': 0.032, '2025-10': 0.021,
  '2025-11': 0.003, '2026-01': 0.012, '2026-02': -0.011, '2026-04': 0.01,
};
/** Weekly S&P 500 targets for the two months with commentary: [first ISO date, last ISO date, return]. */
const SPX_WEEK_TARGETS: [string, string, number][] = [
  ['2025-12-01', '2025-12-05', 0.004], ['2025-12-08', '2025-12-12', -0.005], ['2025-12-15', '2025-12-19', 0.002],
  ['2025-12-22', '2025-12-26', 0.013], ['2025-12-29', '2025-12-31', -0.014],
  ['2026-03-02', '2026-03-06', -0.022], ['2026-03-09', '2026-03-13', -0.012], ['2026-03-16', '2026-03-20', 0.009],
  ['2026-03-23', '2026-03-27', -0.031], ['2026-03-30', '2026-03-31', 0.004],
];
/** Month returns of the other indices in the two commentary months (their own noise term is shifted). */
const INDEX_MONTH_TARGETS: Record<string, Record<string, number>> = {
  '2025-12': { RUT: -0.0072, DJI: 0.0068 },
  '2026-03': { RUT: -0.0521, DJI: -0.043 },
};
/** Month multipliers of market volatility. */
const VOL_MULT: Record<string, number> = { '2024-08': 1.4, '2025-03': 1.5, '2025-04': 2.0, '2026-03': 1.5 };
/** Monthly factor returns for the two commentary months. */
const FACTOR_MONTH_TARGETS: Record<string, Partial<Record<FactorId, number>>> = {
  '2025-12': {
    profitability: -0.005, growth: 0.009, activity: -0.024, financial_safety: 0.002, value: -0.006,
    shareholder_return: -0.005, surprise: -0.016, eps_stability: -0.003, us_beta: 0.01, size: 0.012,
    price_level: 0.003, momentum: 0.002, volatility: 0.008, liquidity: 0.01,
  },
  '2026-03': {
    profitability: -0.015, growth: 0.02, activity: 0.015, financial_safety: 0.005, value: 0.006,
    shareholder_return: 0.003, surprise: 0.015, eps_stability: -0.01, us_beta: -0.006, size: -0.008,
    price_level: -0.002, momentum: -0.008, volatility: -0.008, liquidity: -0.006,
  },
};
/** Strategy excess over its benchmark in the two commentary months. */
const EXCESS_TARGETS: Record<string, Partial<Record<StrategyId, number>>> = {
  '2025-12': { MAJOR100: 0.03, NEXT100: -0.016 },
  '2026-03': { MAJOR100: -0.013, NEXT100: 0.042 },
};

const FACTOR_SD = vec({
  profitability: 0.0018, growth: 0.0025, activity: 0.0018, financial_safety: 0.0016, value: 0.0022,
  shareholder_return: 0.0018, surprise: 0.0017, eps_stability: 0.0015, us_beta: 0.0028, size: 0.0022,
  price_level: 0.0015, momentum: 0.0025, volatility: 0.0028, liquidity: 0.002,
});
const FACTOR_MU = vec({
  profitability: 0.0001, growth: 0.00008, activity: 0.00003, financial_safety: 0.00004, value: -0.00002,
  shareholder_return: 0.00002, surprise: 0.00008, eps_stability: 0.00004, us_beta: 0.00005, size: 0.00003,
  momentum: 0.00005, volatility: -0.00006, liquidity: 0.00002,
});

interface IndexDef {
  id: string;
  level: number;
  beta: number;
  noise: number;
  expo: number[];
}
const INDICES: IndexDef[] = [
  { id: 'SPX', level: 5018.39, beta: 1.0, noise: 0.0006, expo: vec({
    profitability: 0.35, growth: 0.1, financial_safety: 0.25, value: -0.1, shareholder_return: 0.15, surprise: 0.1,
    eps_stability: 0.3, size: 1.1, price_level: 0.3, momentum: 0.05, volatility: -0.3, liquidity: 0.9 }) },
  { id: 'RUT', level: 1981.12, beta: 1.2, noise: 0.0025, expo: vec({
    profitability: -0.35, growth: 0.15, activity: 0.05, financial_safety: -0.3, value: 0.2, shareholder_return: -0.2,
    surprise: -0.05, eps_stability: -0.35, us_beta: 0.2, size: -0.9, price_level: -0.4, volatility: 0.45, liquidity: -0.6 }) },
  { id: 'DJI', level: 37903.29, beta: 0.88, noise: 0.002, expo: vec({
    profitability: 0.3, financial_safety: 0.3, value: 0.1, shareholder_return: 0.35, eps_stability: 0.35,
    size: 1.2, price_level: 0.8, volatility: -0.35, liquidity: 0.8 }) },
  { id: 'IXIC', level: 15605.48, beta: 1.2, noise: 0.0018, expo: vec({
    profitability: 0.25, growth: 0.35, value: -0.3, shareholder_return: -0.1, surprise: 0.1, us_beta: 0.2,
    size: 0.7, momentum: 0.15, volatility: 0.1, liquidity: 0.8 }) },
];

const TILT_MAJOR = vec({
  profitability: 1.0, growth: 0.2, activity: 0.1, financial_safety: 0.8, value: -0.3, shareholder_return: 0.3,
  surprise: 0.5, eps_stability: 0.9, size: 1.6, price_level: 0.6, momentum: 0.2, volatility: -0.5, liquidity: 1.3,
});
const TILT_NEXT = vec({
  profitability: -0.1, growth: 1.3, activity: 0.9, financial_safety: -0.2, value: -0.5, shareholder_return: -0.6,
  surprise: 0.8, eps_stability: -0.4, us_beta: 0.9, size: -0.6, price_level: -0.5, momentum: 0.6, volatility: 0.9,
  liquidity: -0.1,
});
const TILT_LARGE = vec({ profitability: 0.3, eps_stability: 0.3, size: 1.0, volatility: -0.3, liquidity: 0.8 });
const TILT_SMALL = vec({ eps_stability: -0.3, size: -0.7, volatility: 0.4, liquidity: -0.6 });

const SYN_SECTORS: [string, number][] = [
  [S.IT, 0.2], [S.HC, 0.14], [S.FIN, 0.13], [S.CD, 0.1], [S.CS, 0.06], [S.IND, 0.13], [S.COM, 0.06],
  [S.EN, 0.05], [S.MAT, 0.05], [S.UTL, 0.04], [S.RE, 0.04],
];
const SYN_PREFIX = [
  'アルファ', 'ブルーリッジ', 'ノースゲート', 'サミット', 'パシフィック', 'レイクショア', 'シルバーパイン',
  'グランドビュー', 'オーロラ', 'ハーバー', 'メリディアン', 'クレストウッド', 'ユニオンベイ', 'ストーンブリッジ',
  'ヴァンガード・ヒル', 'イーストリバー', 'ゴールデンフィールド', 'ハイランド', 'リバティ', 'ウエストポイント',
  'コーラルベイ', 'ミッドランド', 'スターライト', 'ケストレル', 'ブライトン', 'オークモント', 'アイアンクリーク',
  'ネオテラ', 'プレーリー', 'ベイサイド',
];
const SYN_SUFFIX: Record<string, string[]> = {
  [S.IT]: ['テクノロジーズ', 'セミコンダクター', 'ソフトウェア', 'データシステムズ', 'ネットワークス'],
  [S.HC]: ['バイオサイエンシズ', 'メディカル', 'ファーマ', 'ヘルス', 'セラピューティクス'],
  [S.FIN]: ['フィナンシャル', 'バンコープ', 'キャピタル', 'インシュアランス', 'ペイメンツ'],
  [S.CD]: ['リテール', 'ブランズ', 'レストランズ', 'オートモーティブ', 'ホームズ'],
  [S.CS]: ['フーズ', 'ビバレッジ', 'マーケッツ', 'パーソナルケア'],
  [S.IND]: ['インダストリーズ', 'エンジニアリング', 'ロジスティクス', 'エアロスペース', 'マシナリー'],
  [S.COM]: ['メディア', 'コミュニケーションズ', 'インタラクティブ', 'エンターテインメント'],
  [S.EN]: ['エナジー', 'オイル・アンド・ガス', 'ミッドストリーム', 'リソーシズ'],
  [S.MAT]: ['マテリアルズ', 'ケミカル', 'スチール', 'パッケージング'],
  [S.UTL]: ['パワー', 'ユーティリティーズ', 'ウォーター', 'ガス'],
  [S.RE]: ['リアルティ', 'プロパティーズ', 'REIT', 'ランド'],
};

// ================================================================ helpers

const round = (x: number, d: number): number => {
  const p = 10 ** d;
  return Math.round(x * p) / p;
};
/** Fixed decimals, never "-0.000". */
function fixed(x: number, d: number): string {
  const s = x.toFixed(d);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}
/** At most d decimals, trailing zeros dropped. */
function trimmed(x: number, d: number): string {
  const s = fixed(x, d);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
function csvField(v: string): string {
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replaceAll('"', '""')}"` : v;
}
/** The daily shift c with Π(1 + v_t + c) = 1 + target (Newton on the log). */
function solveShift(values: readonly number[], target: number): number {
  const goal = Math.log1p(target);
  let c = 0;
  for (let it = 0; it < 60; it++) {
    let g = -goal;
    let dg = 0;
    for (const v of values) {
      g += Math.log1p(v + c);
      dg += 1 / (1 + v + c);
    }
    const step = g / dg;
    c -= step;
    if (Math.abs(step) < 1e-15) break;
  }
  return c;
}

/** Appends text to a file in ~1 MB chunks. */
class ChunkWriter {
  private readonly fd: number;
  private parts: string[] = [];
  private size = 0;
  bytes = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 1 << 20) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    writeSync(this.fd, buf);
    this.bytes += buf.length;
    this.parts = [];
    this.size = 0;
  }
  close(): number {
    this.flush();
    closeSync(this.fd);
    return this.bytes;
  }
}

// ================================================================ the model

type Kind = StrategyId | 'synthetic';

interface Sec {
  ticker: string;
  name: string;
  nameEn: string;
  sector: string;
  desc: string;
  kind: Kind;
  price0: number;
  yld: number;
  beta: number;
  idio: number;
  /** Listed window, day indices inclusive. */
  first: number;
  last: number;
  exDays: Set<number>;
  splits: Map<number, number>;
  /** Exposure rows (J × K), rounded to 4 decimals. */
  expo: Float64Array;
  /** Daily total return; [0] unused. */
  ret: Float64Array;
}

interface MonthSpan {
  key: string;
  first: number;
  last: number;
}

interface Snap {
  strategy: StrategyId;
  month: string;
  day: number;
  tickers: string[];
  /** Weights in millionths, parallel to tickers; CASH separate. */
  micro: number[];
  cashMicro: number;
  prefs: Map<string, number>;
  /** Upper bounds set by the drift audit (ticker → weight). */
  caps: Map<string, number>;
  /** Decimal weights incl. CASH, what the loader will see. */
  weights: Map<string, number>;
}

export interface GenerateOptions {
  out: string;
  universe?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface GenerateResult {
  files: Record<string, number>;
  facts: Facts;
}

export interface Facts {
  tradingDays: number;
  universe: number;
  priceRows: number;
  snapshots: { strategy: string; date: string; tickers: string[]; weights: Record<string, number> }[];
  breach: { strategy: string; ticker: string; snapshotDate: string; snapshotWeight: number; baseDate: string; driftedWeight: number };
  maxOtherDriftedWeight: { strategy: string; date: string; ticker: string; weight: number };
  months: { month: string; MAJOR100: number | null; NEXT100: number | null; SPX: number; RUT: number; DJI: number; IXIC: number }[];
  weeks: { month: string; start: string; end: string; DJI: number; SPX: number; IXIC: number }[];
  factorMonths: { month: string; returns: Record<string, number> }[];
  /** REPORT.md's factor attribution for the two commentary months (weights and exposures at base). */
  attribution: { month: string; strategy: string; excess: number; specific: number; active: Record<string, number>; contributions: Record<string, number> }[];
}

class Model {
  readonly seed: number;
  readonly days: string[];
  readonly D: number;
  readonly months: MonthSpan[];
  readonly monthOfDay: string[];
  /** Exposure dates (day indices): the data start and the first trading day of every later month. */
  readonly expDays: number[];
  /** Exposure row in effect for the return of day t (latest row dated ≤ t − 1). */
  readonly expRow: Int32Array;
  readonly m: Float64Array;
  /** Factor returns, k * D + t, rounded to 6 decimals. */
  readonly f: Float64Array;
  readonly bexpo = new Map<string, Float64Array>();
  readonly idxRet = new Map<string, Float64Array>();
  readonly idxLevel = new Map<string, Float64Array>();
  secs: Sec[] = [];
  readonly bySym = new Map<string, Sec>();
  readonly poolBase = new Map<string, Float64Array>();
  snaps: Record<StrategyId, Snap[]> = { MAJOR100: [], NEXT100: [] };
  readonly snapDays: Record<StrategyId, Set<number>> = { MAJOR100: new Set(), NEXT100: new Set() };

  constructor(seed: number) {
    this.seed = seed;
    this.days = nyseTradingDays(START_DATE, END_DATE);
    this.D = this.days.length;
    this.monthOfDay = this.days.map((d) => d.slice(0, 7));
    this.months = [];
    for (let t = 0; t < this.D; t++) {
      const key = this.monthOfDay[t]!;
      const last = this.months.at(-1);
      if (last && last.key === key) last.last = t;
      else this.months.push({ key, first: t, last: t });
    }
    this.expDays = this.months.map((mo) => mo.first);
    this.expRow = new Int32Array(this.D);
    let row = 0;
    for (let t = 1; t < this.D; t++) {
      while (row + 1 < this.expDays.length && this.expDays[row + 1]! <= t - 1) row++;
      this.expRow[t] = row;
    }
    this.m = new Float64Array(this.D);
    this.f = new Float64Array(K * this.D);
  }

  rng(label: string): Rng {
    return new Rng(hash32(`${this.seed}:${label}`));
  }
  dayOf(iso: string): number {
    const i = this.days.indexOf(iso);
    if (i < 0) throw new Error(`not a trading day in range: ${iso}`);
    return i;
  }
  span(key: string): MonthSpan {
    const s = this.months.find((x) => x.key === key);
    if (!s) throw new Error(`no month ${key}`);
    return s;
  }
  rangeDays(a: number, b: number): number[] {
    const out: number[] = [];
    for (let t = Math.max(1, a); t <= b; t++) out.push(t);
    return out;
  }

  // ---------------------------------------------------------------- market, factors, indices

  buildMarket(): Float64Array {
    const rng = this.rng('market');
    const volScale = new Float64Array(this.D);
    let lv = 0;
    for (let t = 0; t < this.D; t++) {
      lv = 0.97 * lv + 0.12 * rng.normal();
      const mult = VOL_MULT[this.monthOfDay[t]!] ?? 1;
      volScale[t] = Math.exp(lv) * mult;
      const r = 0.0003 + 0.0085 * volScale[t]! * rng.normal();
      this.m[t] = t === 0 ? 0 : r;
    }
    return volScale;
  }

  buildFactors(volScale: Float64Array): void {
    const rng = this.rng('factors');
    const D = this.D;
    for (let t = 0; t < D; t++) {
      const scale = 0.6 + 0.4 * volScale[t]!;
      for (let k = 0; k < K; k++) this.f[k * D + t] = FACTOR_MU[k]! + FACTOR_SD[k]! * scale * rng.normal();
    }
    for (const [month, targets] of Object.entries(FACTOR_MONTH_TARGETS)) {
      const sp = this.span(month);
      const ts = this.rangeDays(sp.first, sp.last);
      for (const [fid, target] of Object.entries(targets)) {
        const k = FI[fid as FactorId];
        const c = solveShift(ts.map((t) => this.f[k * D + t]!), target!);
        for (const t of ts) this.f[k * D + t] = this.f[k * D + t]! + c;
      }
    }
    for (let i = 0; i < this.f.length; i++) this.f[i] = round(this.f[i]!, 6);
  }

  factorDot(expo: ArrayLike<number>, rowOffset: number, t: number): number {
    let s = 0;
    for (let k = 0; k < K; k++) s += expo[rowOffset + k]! * this.f[k * this.D + t]!;
    return s;
  }

  buildIndices(): void {
    const J = this.expDays.length;
    const rest = new Map<string, Float64Array>();
    for (const def of INDICES) {
      const rng = this.rng(`index:${def.id}`);
      const be = new Float64Array(J * K);
      const dev = new Float64Array(K);
      for (let j = 0; j < J; j++) {
        for (let k = 0; k < K; k++) {
          dev[k] = 0.8 * dev[k]! + 0.03 * rng.normal();
          be[j * K + k] = round(def.expo[k]! + dev[k]!, 4);
        }
      }
      this.bexpo.set(def.id, be);
      const r = new Float64Array(this.D);
      for (let t = 1; t < this.D; t++) r[t] = this.factorDot(be, this.expRow[t]! * K, t) + def.noise * rng.normal();
      rest.set(def.id, r);
    }
    // Shift the market factor so that the S&P 500 (beta 1) meets its month and week targets.
    const spx = rest.get('SPX')!;
    const periods: [number, number, number][] = [];
    for (const [month, target] of Object.entries(SPX_MONTH_TARGETS)) {
      const sp = this.span(month);
      periods.push([sp.first, sp.last, target]);
    }
    for (const [a, b, target] of SPX_WEEK_TARGETS) periods.push([this.dayOf(a), this.dayOf(b), target]);
    for (const [a, b, target] of periods) {
      const ts = this.rangeDays(a, b);
      const c = solveShift(ts.map((t) => this.m[t]! + spx[t]!), target);
      for (const t of ts) this.m[t] = this.m[t]! + c;
    }
    for (const [month, targets] of Object.entries(INDEX_MONTH_TARGETS)) {
      const sp = this.span(month);
      const ts = this.rangeDays(sp.first, sp.last);
      for (const [id, target] of Object.entries(targets)) {
        const def = INDICES.find((x) => x.id === id)!;
        const r = rest.get(id)!;
        const c = solveShift(ts.map((t) => def.beta * this.m[t]! + r[t]!), target);
        for (const t of ts) r[t] = r[t]! + c;
      }
    }
    for (const def of INDICES) {
      const r = rest.get(def.id)!;
      const ret = new Float64Array(this.D);
      const lvl = new Float64Array(this.D);
      lvl[0] = def.level;
      for (let t = 1; t < this.D; t++) {
        const x = def.beta * this.m[t]! + r[t]!;
        lvl[t] = round(lvl[t - 1]! * (1 + x), 2);
        ret[t] = lvl[t]! / lvl[t - 1]! - 1;
      }
      this.idxRet.set(def.id, ret);
      this.idxLevel.set(def.id, lvl);
    }
  }

  indexReturn(id: string, a: number, b: number): number {
    const lvl = this.idxLevel.get(id)!;
    return lvl[b]! / lvl[a]! - 1;
  }

  // ---------------------------------------------------------------- securities

  buildSecurities(universe: number): void {
    const defs: [PoolDef, StrategyId][] = [
      ...MAJOR_POOL.map((d): [PoolDef, StrategyId] => [d, 'MAJOR100']),
      ...NEXT_POOL.map((d): [PoolDef, StrategyId] => [d, 'NEXT100']),
    ];
    const nSyn = Math.max(0, universe - defs.length);
    const width = Math.max(4, String(nSyn).length);
    const secs: Sec[] = [];
    const J = this.expDays.length;
    const D = this.D;
    const matrix = new Float64Array((defs.length + nSyn) * D);
    const make = (i: number, ticker: string, init: (rng: Rng) => Omit<Sec, 'ticker' | 'beta' | 'idio' | 'expo' | 'ret' | 'exDays' | 'splits'> & { tilt: number[]; expoSd: number; idioLo: number; idioSpan: number }): Sec => {
      const rng = this.rng(`sec:${ticker}`);
      const base = init(rng);
      const b = new Float64Array(K);
      for (let k = 0; k < K; k++) b[k] = base.tilt[k]! + base.expoSd * rng.normal();
      if (base.yld > 0) b[FI.shareholder_return] = b[FI.shareholder_return]! + Math.min(1.5, 30 * (base.yld - 0.01));
      else b[FI.shareholder_return] = b[FI.shareholder_return]! - 0.5;
      const beta = Math.min(1.8, Math.max(0.55, 1 + 0.18 * b[FI.us_beta]! + 0.08 * rng.normal()));
      const idio = base.idioLo + base.idioSpan * rng.next();
      const expo = new Float64Array(J * K);
      const dev = new Float64Array(K);
      for (let k = 0; k < K; k++) dev[k] = 0.5 * rng.normal();
      for (let j = 0; j < J; j++) {
        for (let k = 0; k < K; k++) {
          if (j > 0) dev[k] = 0.8 * dev[k]! + 0.35 * rng.normal();
          expo[j * K + k] = round(b[k]! + dev[k]!, 4);
        }
      }
      const exDays = new Set<number>();
      if (base.yld > 0) {
        const q = rng.int(3);
        const dom = 3 + rng.int(22);
        for (const sp of this.months) {
          const mon = Number(sp.key.slice(5, 7));
          if ((mon - 1 - q + 12) % 3 !== 0) continue;
          const want = `${sp.key}-${String(dom).padStart(2, '0')}`;
          for (let t = sp.first; t <= sp.last; t++) {
            if (this.days[t]! >= want) {
              if (t > base.first && t <= base.last) exDays.add(t);
              break;
            }
          }
        }
      }
      const splits = new Map<number, number>();
      for (const [date, ratio] of SPLITS[ticker] ?? []) splits.set(this.dayOf(date), ratio);
      const ret = matrix.subarray(i * D, (i + 1) * D);
      for (let t = 1; t < D; t++) {
        const row = this.expRow[t]! * K;
        let eps = idio * rng.normal();
        if (rng.next() < 0.012) eps *= 3.5; // news days
        const r = beta * this.m[t]! + this.factorDot(expo, row, t) + eps;
        ret[t] = Math.max(-0.45, r);
      }
      return {
        ticker, name: base.name, nameEn: base.nameEn, sector: base.sector, desc: base.desc, kind: base.kind,
        price0: base.price0, yld: base.yld, beta, idio, first: base.first, last: base.last, exDays, splits, expo, ret,
      };
    };
    defs.forEach(([d, strategy], i) => {
      secs.push(make(i, d.ticker, () => ({
        name: d.name, nameEn: d.nameEn, sector: d.sector, desc: d.desc, kind: strategy, price0: d.price, yld: d.yld,
        first: 0, last: D - 1, tilt: strategy === 'MAJOR100' ? TILT_MAJOR : TILT_NEXT, expoSd: 0.6,
        idioLo: strategy === 'MAJOR100' ? 0.009 : 0.016, idioSpan: strategy === 'MAJOR100' ? 0.006 : 0.008,
      })));
    });
    for (let n = 1; n <= nSyn; n++) {
      const ticker = `U${String(n).padStart(width, '0')}`;
      secs.push(make(defs.length + n - 1, ticker, (rng) => {
        let u = rng.next();
        let sector = SYN_SECTORS[0]![0];
        for (const [s, w] of SYN_SECTORS) {
          if (u < w) {
            sector = s;
            break;
          }
          u -= w;
        }
        const large = rng.next() < 0.3;
        const name = `${rng.pick(SYN_PREFIX)}・${rng.pick(SYN_SUFFIX[sector]!)}`;
        const payer = rng.next() < (large ? 0.6 : 0.25);
        const yld = payer ? round(rng.uniform(0.005, large ? 0.04 : 0.03), 4) : 0;
        const price0 = round(Math.min(900, Math.max(3, Math.exp(Math.log(60) + 0.9 * rng.normal()))), 2);
        const descRoll = rng.next();
        const desc = descRoll < 0.35 ? '' : descRoll < 0.8
          ? `${sector}セクターに属する架空の企業です（合成データ）。`
          : `${sector}セクターに属する架空の企業です。\n実在の企業・銘柄とは関係ありません（合成データ）。`;
        let first = 0;
        let last = D - 1;
        const life = rng.next();
        if (life < 0.02) first = 60 + rng.int(D - 160); // listed later (IPO)
        else if (life < 0.04) last = 100 + rng.int(D - 160); // delisted
        return {
          name, nameEn: `Synthetic Company ${ticker}`, sector, desc, kind: 'synthetic' as const, price0, yld, first, last,
          tilt: large ? TILT_LARGE : TILT_SMALL, expoSd: 0.9, idioLo: large ? 0.01 : 0.017, idioSpan: large ? 0.007 : 0.013,
        };
      }));
    }
    this.secs = secs;
    for (const s of secs) {
      this.bySym.set(s.ticker, s);
      if (s.kind !== 'synthetic') this.poolBase.set(s.ticker, Float64Array.from(s.ret));
    }
  }

  // ---------------------------------------------------------------- holdings

  snapshotMonths(): { month: string; day: number }[] {
    const firstDay = this.dayOf(FIRST_SNAPSHOT);
    return this.months
      .filter((sp) => sp.key >= FIRST_SNAPSHOT.slice(0, 7))
      .map((sp) => ({ month: sp.key, day: sp.key === FIRST_SNAPSHOT.slice(0, 7) ? firstDay : sp.first }));
  }

  selectHoldings(): void {
    const traitsOf: Record<StrategyId, FactorId[]> = {
      MAJOR100: ['profitability', 'eps_stability', 'financial_safety', 'shareholder_return', 'surprise'],
      NEXT100: ['growth', 'activity', 'surprise', 'us_beta'],
    };
    for (const strategy of ['MAJOR100', 'NEXT100'] as StrategyId[]) {
      const rng = this.rng(`select:${strategy}`);
      const pool = this.secs.filter((s) => s.kind === strategy);
      let size = strategy === 'MAJOR100' ? 22 : 23;
      let prev: string[] = [];
      const snaps: Snap[] = [];
      for (const { month, day } of this.snapshotMonths()) {
        const row = this.expDays.filter((d) => d <= day).length - 1;
        const score = new Map<string, number>();
        for (const s of pool) {
          let v = 0;
          for (const fid of traitsOf[strategy]) v += s.expo[row * K + FI[fid]]!;
          score.set(s.ticker, v / traitsOf[strategy].length + 0.45 * rng.normal());
        }
        const required = new Set([...CORE[strategy], ...(FORCED[strategy][month] ?? [])]);
        if (snaps.length > 0) size = Math.min(25, Math.max(20, size + rng.pick([-1, 0, 0, 1])));
        const sectorOf = (t: string) => this.bySym.get(t)!.sector;
        const byScore = (a: string, b: string) => score.get(b)! - score.get(a)! || (a < b ? -1 : 1);
        let chosen: string[];
        const removed = new Set<string>();
        if (prev.length === 0) {
          chosen = [...required];
        } else {
          chosen = [...prev].sort(byScore);
          const nOut = rng.pick([1, 1, 2, 2, 3]);
          for (let n = 0; n < nOut; n++) {
            for (let i = chosen.length - 1; i >= 0; i--) {
              if (!required.has(chosen[i]!)) {
                removed.add(chosen[i]!);
                chosen.splice(i, 1);
                break;
              }
            }
          }
          for (const r of required) if (!chosen.includes(r)) chosen.push(r);
        }
        const candidates = pool.map((s) => s.ticker).filter((t) => !chosen.includes(t) && !removed.has(t)).sort(byScore);
        const countIn = (sector: string) => chosen.filter((t) => sectorOf(t) === sector).length;
        for (const c of candidates) {
          if (chosen.length >= size) break;
          if (countIn(sectorOf(c)) >= 7) continue;
          chosen.push(c);
        }
        chosen.sort(byScore);
        while (chosen.length > size) {
          let i = chosen.length - 1;
          while (required.has(chosen[i]!)) i--;
          chosen.splice(i, 1);
        }
        const prefs = new Map<string, number>();
        for (const t of chosen) prefs.set(t, Math.exp(0.35 * score.get(t)! + 0.3 * rng.normal()));
        const cash = CASH[strategy][month] ?? 0;
        snaps.push({
          strategy, month, day, tickers: chosen, micro: [], cashMicro: Math.round(cash * 1e6), prefs,
          caps: new Map(), weights: new Map(),
        });
        prev = chosen;
      }
      this.snaps[strategy] = snaps;
      this.snapDays[strategy] = new Set(snaps.map((s) => s.day));
    }
  }

  /** Weights from preferences under the name, minimum and sector bounds; integer millionths summing to 1e6. */
  solveWeights(snap: Snap, isFirst: boolean): void {
    const names = snap.tickers;
    const investable = 1 - snap.cashMicro / 1e6;
    const fixedW = new Map<string, number>();
    if (snap.strategy === BREACH.strategy && snap.month === BREACH.snapshotMonth) fixedW.set(BREACH.ticker, BREACH.snapshotWeight);
    if (isFirst) fixedW.set(CORE[snap.strategy][0]!, NORMAL_CAP); // the first row of the file: a name held throughout
    const capOf = (t: string) => Math.min(isFirst ? NORMAL_CAP - 0.003 : NORMAL_CAP, snap.caps.get(t) ?? 1);
    const sectorOf = (t: string) => this.bySym.get(t)!.sector;
    const w = new Map<string, number>();
    const free = names.filter((t) => !fixedW.has(t));
    let fixedSum = 0;
    for (const [t, v] of fixedW) {
      w.set(t, v);
      fixedSum += v;
    }
    const prefSum = free.reduce((a, t) => a + snap.prefs.get(t)!, 0);
    for (const t of free) w.set(t, (snap.prefs.get(t)! / prefSum) * (investable - fixedSum));
    for (let it = 0; it < 2000; it++) {
      let changed = false;
      for (const t of free) {
        const v = w.get(t)!;
        if (v > capOf(t) + 1e-15) { w.set(t, capOf(t)); changed = true; }
        if (v < MIN_WEIGHT - 1e-15) { w.set(t, MIN_WEIGHT); changed = true; }
      }
      const sectorSum = new Map<string, number>();
      for (const t of names) sectorSum.set(sectorOf(t), (sectorSum.get(sectorOf(t)) ?? 0) + w.get(t)!);
      for (const [sec, sum] of sectorSum) {
        if (sum > SECTOR_CAP + 1e-12) {
          const movable = free.filter((t) => sectorOf(t) === sec);
          const fixedIn = names.filter((t) => sectorOf(t) === sec && fixedW.has(t)).reduce((a, t) => a + w.get(t)!, 0);
          const movSum = movable.reduce((a, t) => a + w.get(t)!, 0);
          const factor = (SECTOR_CAP - fixedIn) / movSum;
          for (const t of movable) w.set(t, Math.max(MIN_WEIGHT, w.get(t)! * factor));
          changed = true;
        }
      }
      // Hand the shortfall (or excess) to names with room, in proportion to their weight.
      const total = names.reduce((a, t) => a + w.get(t)!, 0);
      const gap = investable - total;
      if (Math.abs(gap) > 1e-13) {
        const fullSectors = new Set([...sectorSum].filter(([, s]) => s >= SECTOR_CAP - 1e-12).map(([s]) => s));
        const room = free.filter((t) => gap > 0
          ? w.get(t)! < capOf(t) - 1e-12 && !fullSectors.has(sectorOf(t))
          : w.get(t)! > MIN_WEIGHT + 1e-12);
        const roomSum = room.reduce((a, t) => a + w.get(t)!, 0);
        if (roomSum <= 0) throw new Error(`cannot place weights for ${snap.strategy} ${snap.month}`);
        for (const t of room) w.set(t, w.get(t)! + (gap * w.get(t)!) / roomSum);
        changed = true;
      }
      if (!changed) break;
    }
    const sorted = [...names].sort((a, b) => w.get(b)! - w.get(a)! || (a < b ? -1 : 1));
    const micro = sorted.map((t) => Math.round(w.get(t)! * 1e6));
    const diff = 1e6 - snap.cashMicro - micro.reduce((a, b) => a + b, 0);
    micro[micro.length - 1] = micro.at(-1)! + diff; // the last row absorbs the rounding
    snap.tickers = sorted;
    snap.micro = micro;
    snap.weights = new Map(sorted.map((t, i) => [t, micro[i]! / 1e6]));
    if (snap.cashMicro > 0) snap.weights.set('CASH', snap.cashMicro / 1e6);
  }

  // ---------------------------------------------------------------- NAV arithmetic (REPORT.md)

  r(ticker: string, t: number): number {
    return ticker === 'CASH' ? 0 : this.bySym.get(ticker)!.ret[t]!;
  }
  /** One day of buy-and-hold: returns the portfolio return and drifts w in place. */
  step(w: Map<string, number>, t: number): number {
    let R = 0;
    for (const [tk, v] of w) R += v * this.r(tk, t);
    for (const [tk, v] of w) w.set(tk, (v * (1 + this.r(tk, t))) / (1 + R));
    return R;
  }
  /** The weights held after day's close (drifted, reset on snapshot dates); null before the first snapshot. */
  weightsAt(strategy: StrategyId, day: number): Map<string, number> | null {
    const snaps = this.snaps[strategy];
    let s: Snap | undefined;
    for (const x of snaps) if (x.day <= day) s = x;
    if (!s) return null;
    const w = new Map(s.weights);
    for (let t = s.day + 1; t <= day; t++) this.step(w, t);
    return w;
  }
  /** Return over (a, b] of the strategy; `shift` is added to every held name's return on each day. */
  periodReturn(strategy: StrategyId, a: number, b: number, shift = 0, commit = false): number {
    const snaps = this.snaps[strategy];
    const w = this.weightsAt(strategy, a);
    if (!w) throw new Error(`${strategy}: no snapshot on or before ${this.days[a]}`);
    let growth = 1;
    for (let t = a + 1; t <= b; t++) {
      if (shift !== 0) {
        for (const tk of w.keys()) {
          if (tk === 'CASH') continue;
          const ret = this.bySym.get(tk)!.ret;
          ret[t] = ret[t]! + shift;
        }
      }
      growth *= 1 + this.step(w, t);
      if (shift !== 0 && !commit) {
        for (const tk of w.keys()) {
          if (tk === 'CASH') continue;
          const ret = this.bySym.get(tk)!.ret;
          ret[t] = ret[t]! - shift;
        }
      }
      if (this.snapDays[strategy].has(t)) {
        const s = snaps.find((x) => x.day === t)!;
        w.clear();
        for (const [tk, v] of s.weights) w.set(tk, v);
      }
    }
    return growth - 1;
  }

  // ---------------------------------------------------------------- shaping and audit

  engineer(): void {
    for (const s of this.secs) if (s.kind !== 'synthetic') s.ret.set(this.poolBase.get(s.ticker)!);
    const months = Object.keys(EXCESS_TARGETS).sort();
    const breachSpan = this.span(BREACH.snapshotMonth);
    const events: { day: number; run: () => void }[] = [];
    for (const month of months) {
      const sp = this.span(month);
      for (const [strategy, excess] of Object.entries(EXCESS_TARGETS[month]!) as [StrategyId, number][]) {
        events.push({ day: sp.first, run: () => {
          const bench = strategy === 'MAJOR100' ? 'SPX' : 'RUT';
          const target = (1 + this.indexReturn(bench, sp.first - 1, sp.last)) * (1 + excess) - 1;
          let lo = -0.03;
          let hi = 0.03;
          for (let it = 0; it < 80; it++) {
            const mid = (lo + hi) / 2;
            if (this.periodReturn(strategy, sp.first - 1, sp.last, mid) < target) lo = mid;
            else hi = mid;
          }
          this.periodReturn(strategy, sp.first - 1, sp.last, (lo + hi) / 2, true);
        } });
      }
    }
    events.push({ day: breachSpan.first, run: () => {
      // LLY rallies after its results so that its drifted weight at the month's last close is ~10.9%.
      const snap = this.snaps[BREACH.strategy].find((s) => s.month === BREACH.snapshotMonth)!;
      const end = breachSpan.last;
      const growth = new Map<string, number>();
      for (const tk of snap.weights.keys()) {
        let g = 1;
        for (let t = snap.day + 1; t <= end; t++) g *= 1 + this.r(tk, t);
        growth.set(tk, g);
      }
      let others = 0;
      for (const [tk, v] of snap.weights) if (tk !== BREACH.ticker) others += v * growth.get(tk)!;
      const w0 = snap.weights.get(BREACH.ticker)!;
      const need = (BREACH.target * others) / (1 - BREACH.target);
      const g = need / (w0 * growth.get(BREACH.ticker)!);
      const sec = this.bySym.get(BREACH.ticker)!;
      const jumpDays = [snap.day + 3, snap.day + 4, snap.day + 5];
      const per = g ** (1 / jumpDays.length);
      for (const t of jumpDays) sec.ret[t] = (1 + sec.ret[t]!) * per - 1;
    } });
    events.sort((a, b) => a.day - b.day);
    for (const e of events) e.run();
  }

  /** Drifted weights at every month-end base: shrink any name (other than the planned breach) that ends above the limit. */
  audit(): string[] {
    const notes: string[] = [];
    for (const strategy of ['MAJOR100', 'NEXT100'] as StrategyId[]) {
      const snaps = this.snaps[strategy];
      for (let k = 1; k < snaps.length; k++) {
        const base = snaps[k]!.day - 1;
        const w = this.weightsAt(strategy, base)!;
        const prevSnap = snaps[k - 1]!;
        const sectorSum = new Map<string, number>();
        for (const [tk, v] of w) {
          if (tk === 'CASH') continue;
          const sector = this.bySym.get(tk)!.sector;
          sectorSum.set(sector, (sectorSum.get(sector) ?? 0) + v);
          const planned = strategy === BREACH.strategy && tk === BREACH.ticker && prevSnap.month === BREACH.snapshotMonth;
          if (!planned && v > DRIFT_LIMIT) {
            const cur = prevSnap.weights.get(tk)!;
            prevSnap.caps.set(tk, Math.max(MIN_WEIGHT, cur * 0.85));
            notes.push(`${strategy} ${this.days[base]} ${tk} ${v.toFixed(4)}`);
          }
        }
        for (const [sector, sum] of sectorSum) {
          if (sum > 0.345) {
            for (const tk of prevSnap.tickers) {
              if (this.bySym.get(tk)!.sector === sector) prevSnap.caps.set(tk, Math.max(MIN_WEIGHT, prevSnap.weights.get(tk)! * 0.9));
            }
            notes.push(`${strategy} ${this.days[base]} sector ${sector} ${sum.toFixed(4)}`);
          }
        }
      }
    }
    return notes;
  }
}

// ================================================================ output

function writeText(path: string, text: string): number {
  const w = new ChunkWriter(path);
  w.write(text);
  return w.close();
}

/** Writes prices.csv and replaces the held names' returns by the realised ones (after rounding). */
function writePrices(model: Model, path: string): { bytes: number; rows: number } {
  const w = new ChunkWriter(path);
  w.write('date,ticker,close,dividend,split\n');
  const order = [...model.secs].sort((a, b) => (a.ticker < b.ticker ? -1 : a.ticker > b.ticker ? 1 : 0));
  const prev = new Float64Array(order.length);
  const realised = new Map<string, Float64Array>();
  for (const s of order) if (s.kind !== 'synthetic') realised.set(s.ticker, new Float64Array(model.D));
  let rows = 0;
  for (let t = 0; t < model.D; t++) {
    const date = model.days[t]!;
    let lines = '';
    for (let i = 0; i < order.length; i++) {
      const s = order[i]!;
      if (t < s.first || t > s.last) continue;
      let close: number;
      let div = 0;
      let split = 1;
      if (t === s.first) {
        close = round(s.price0, 2);
      } else {
        const p = prev[i]!;
        split = s.splits.get(t) ?? 1;
        if (s.exDays.has(t)) div = Math.max(0.01, round(((p / split) * s.yld) / 4, 2));
        close = round((p * (1 + s.ret[t]!)) / split - div, 4);
        if (close < 0.01) close = 0.01;
        const real = realised.get(s.ticker);
        if (real) real[t] = (split * (close + div)) / p - 1;
      }
      prev[i] = close;
      lines += `${date},${s.ticker},${trimmed(close, 4)},${div > 0 ? trimmed(div, 4) : ''},${split !== 1 ? String(split) : ''}\n`;
      rows++;
    }
    w.write(lines);
  }
  for (const [tk, r] of realised) model.bySym.get(tk)!.ret.set(r);
  return { bytes: w.close(), rows };
}

function writeExposures(model: Model, path: string): number {
  const w = new ChunkWriter(path);
  w.write(`date,ticker,${FACTOR_IDS.join(',')}\n`);
  const order = [...model.secs].sort((a, b) => (a.ticker < b.ticker ? -1 : a.ticker > b.ticker ? 1 : 0));
  model.expDays.forEach((day, j) => {
    const date = model.days[day]!;
    for (const s of order) {
      if (day < s.first || day > s.last) continue;
      let line = `${date},${s.ticker}`;
      for (let k = 0; k < K; k++) line += `,${fixed(s.expo[j * K + k]!, 4)}`;
      w.write(`${line}\n`);
    }
  });
  return w.close();
}

function writeBenchmarkExposures(model: Model, path: string): number {
  const w = new ChunkWriter(path);
  w.write(`date,benchmark,${FACTOR_IDS.join(',')}\n`);
  model.expDays.forEach((day, j) => {
    for (const def of INDICES) {
      const be = model.bexpo.get(def.id)!;
      let line = `${model.days[day]},${def.id}`;
      for (let k = 0; k < K; k++) line += `,${fixed(be[j * K + k]!, 4)}`;
      w.write(`${line}\n`);
    }
  });
  return w.close();
}

function writeFactorReturns(model: Model, path: string): number {
  const w = new ChunkWriter(path);
  w.write(`date,${FACTOR_IDS.join(',')}\n`);
  for (let t = 0; t < model.D; t++) {
    let line = model.days[t]!;
    for (let k = 0; k < K; k++) line += `,${fixed(model.f[k * model.D + t]!, 6)}`;
    w.write(`${line}\n`);
  }
  return w.close();
}

function writeIndices(model: Model, path: string): number {
  const w = new ChunkWriter(path);
  w.write('date,index,level\n');
  for (let t = 0; t < model.D; t++) {
    for (const def of INDICES) w.write(`${model.days[t]},${def.id},${fixed(model.idxLevel.get(def.id)![t]!, 2)}\n`);
  }
  return w.close();
}

function writeSecurities(model: Model, path: string): number {
  const w = new ChunkWriter(path);
  w.write('ticker,name,sector,description,name_en\n');
  const order = [...model.secs].sort((a, b) => (a.ticker < b.ticker ? -1 : a.ticker > b.ticker ? 1 : 0));
  for (const s of order) w.write(`${[s.ticker, s.name, s.sector, s.desc, s.nameEn].map(csvField).join(',')}\n`);
  return w.close();
}

function writeHoldings(model: Model, path: string): number {
  const w = new ChunkWriter(path);
  w.write('date,strategy,ticker,weight\n');
  const all = [...model.snaps.MAJOR100, ...model.snaps.NEXT100].sort((a, b) => a.day - b.day || (a.strategy < b.strategy ? -1 : 1));
  for (const s of all) {
    const date = model.days[s.day]!;
    s.tickers.forEach((tk, i) => w.write(`${date},${s.strategy},${tk},${(s.micro[i]! / 1e6).toFixed(6)}\n`));
    if (s.cashMicro > 0) w.write(`${date},${s.strategy},CASH,${(s.cashMicro / 1e6).toFixed(6)}\n`);
  }
  return w.close();
}

function computeFacts(model: Model, priceRows: number): Facts {
  const firstSnap = model.dayOf(FIRST_SNAPSHOT);
  const months: Facts['months'] = [];
  for (const sp of model.months) {
    if (sp.first === 0 || sp.last === model.D - 1) continue; // no base, or the incomplete last month
    const a = sp.first - 1;
    const row = {
      month: sp.key,
      MAJOR100: a >= firstSnap ? model.periodReturn('MAJOR100', a, sp.last) : null,
      NEXT100: a >= firstSnap ? model.periodReturn('NEXT100', a, sp.last) : null,
      SPX: model.indexReturn('SPX', a, sp.last), RUT: model.indexReturn('RUT', a, sp.last),
      DJI: model.indexReturn('DJI', a, sp.last), IXIC: model.indexReturn('IXIC', a, sp.last),
    };
    months.push(row);
  }
  const weeks: Facts['weeks'] = [];
  const factorMonths: Facts['factorMonths'] = [];
  const attribution: Facts['attribution'] = [];
  for (const key of Object.keys(EXCESS_TARGETS).sort()) {
    const sp = model.span(key);
    let t = sp.first;
    while (t <= sp.last) {
      const wk = isoWeekMonday(model.days[t]!);
      let e = t;
      while (e + 1 <= sp.last && isoWeekMonday(model.days[e + 1]!) === wk) e++;
      weeks.push({ month: key, start: model.days[t]!, end: model.days[e]!, DJI: model.indexReturn('DJI', t - 1, e),
        SPX: model.indexReturn('SPX', t - 1, e), IXIC: model.indexReturn('IXIC', t - 1, e) });
      t = e + 1;
    }
    const returns: Record<string, number> = {};
    FACTOR_IDS.forEach((fid, k) => {
      let g = 1;
      for (let d = sp.first; d <= sp.last; d++) g *= 1 + model.f[k * model.D + d]!;
      returns[fid] = g - 1;
    });
    factorMonths.push({ month: key, returns });
    for (const strategy of ['MAJOR100', 'NEXT100'] as StrategyId[]) {
      const a = sp.first - 1;
      const w = model.weightsAt(strategy, a)!;
      const row = model.expDays.filter((d) => d <= a).length - 1;
      const bench = strategy === 'MAJOR100' ? 'SPX' : 'RUT';
      const be = model.bexpo.get(bench)!;
      const excess = model.periodReturn(strategy, a, sp.last) - model.indexReturn(bench, a, sp.last);
      const contributions: Record<string, number> = {};
      const active: Record<string, number> = {};
      let sum = 0;
      FACTOR_IDS.forEach((fid, k) => {
        let x = -be[row * K + k]!;
        for (const [tk, v] of w) if (tk !== 'CASH') x += v * model.bySym.get(tk)!.expo[row * K + k]!;
        active[fid] = x;
        contributions[fid] = x * returns[fid]!;
        sum += contributions[fid]!;
      });
      attribution.push({ month: key, strategy, excess, specific: excess - sum, active, contributions });
    }
  }
  const bSnap = model.snaps[BREACH.strategy].find((s) => s.month === BREACH.snapshotMonth)!;
  const bBase = model.span(BREACH.snapshotMonth).last;
  const drifted = model.weightsAt(BREACH.strategy, bBase)!.get(BREACH.ticker)!;
  let maxOther = { strategy: '', date: '', ticker: '', weight: 0 };
  for (const strategy of ['MAJOR100', 'NEXT100'] as StrategyId[]) {
    for (let t = model.dayOf(FIRST_SNAPSHOT); t < model.D; t++) {
      const isBase = model.snapDays[strategy].has(t + 1) || t === model.D - 1;
      const isSnap = model.snapDays[strategy].has(t);
      if (!isBase && !isSnap) continue;
      const w = model.weightsAt(strategy, t)!;
      for (const [tk, v] of w) {
        const planned = strategy === BREACH.strategy && tk === BREACH.ticker && t >= bSnap.day && t <= bBase;
        if (tk === 'CASH' || planned) continue;
        if (v > maxOther.weight) maxOther = { strategy, date: model.days[t]!, ticker: tk, weight: v };
      }
    }
  }
  const snapshots = [...model.snaps.MAJOR100, ...model.snaps.NEXT100]
    .filter((s) => s.month >= '2026-02')
    .map((s) => ({ strategy: s.strategy, date: model.days[s.day]!, tickers: [...s.tickers, ...(s.cashMicro > 0 ? ['CASH'] : [])],
      weights: Object.fromEntries(s.weights) }));
  return {
    tradingDays: model.D, universe: model.secs.length, priceRows, snapshots,
    breach: { strategy: BREACH.strategy, ticker: BREACH.ticker, snapshotDate: model.days[bSnap.day]!,
      snapshotWeight: bSnap.weights.get(BREACH.ticker)!, baseDate: model.days[bBase]!, driftedWeight: drifted },
    maxOtherDriftedWeight: maxOther, months, weeks, factorMonths, attribution,
  };
}

// ================================================================ entry points

export function generateSample(opts: GenerateOptions): GenerateResult {
  const log = opts.log ?? (() => {});
  const seed = opts.seed ?? DEFAULT_SEED;
  const universe = opts.universe ?? DEFAULT_UNIVERSE;
  if (!Number.isInteger(universe) || universe < 1) throw new Error(`--universe must be a positive integer: ${universe}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`--seed must be an integer 0..4294967295: ${seed}`);
  const model = new Model(seed);
  const volScale = model.buildMarket();
  model.buildFactors(volScale);
  model.buildIndices();
  model.buildSecurities(universe);
  model.selectHoldings();
  let settled = false;
  for (let round = 1; round <= 12 && !settled; round++) {
    for (const strategy of ['MAJOR100', 'NEXT100'] as StrategyId[]) {
      model.snaps[strategy].forEach((s, i) => model.solveWeights(s, i === 0));
    }
    model.engineer();
    const notes = model.audit();
    if (notes.length === 0) settled = true;
    else log(`round ${round}: drift above ${DRIFT_LIMIT} → ${notes.join('; ')}`);
  }
  if (!settled) log('warning: the drift audit did not settle; a second maxWeight breach may exist');

  const out = resolve(opts.out);
  mkdirSync(join(out, 'commentary'), { recursive: true });
  const files: Record<string, number> = {};
  files['config.json'] = writeText(join(out, 'config.json'), CONFIG_JSON);
  const prices = writePrices(model, join(out, 'prices.csv'));
  files['prices.csv'] = prices.bytes;
  files['holdings.csv'] = writeHoldings(model, join(out, 'holdings.csv'));
  files['indices.csv'] = writeIndices(model, join(out, 'indices.csv'));
  files['securities.csv'] = writeSecurities(model, join(out, 'securities.csv'));
  files['factor_exposures.csv'] = writeExposures(model, join(out, 'factor_exposures.csv'));
  files['benchmark_exposures.csv'] = writeBenchmarkExposures(model, join(out, 'benchmark_exposures.csv'));
  files['factor_returns.csv'] = writeFactorReturns(model, join(out, 'factor_returns.csv'));
  for (const [month, text] of Object.entries(COMMENTARY)) {
    files[`commentary/${month}.md`] = writeText(join(out, 'commentary', `${month}.md`), text);
  }
  const facts = computeFacts(model, prices.rows);
  files['README.md'] = writeText(join(out, 'README.md'), readme(facts, { seed, universe }));
  return { files, facts };
}

function parseCli(argv: string[]): { out: string; universe: number; seed: number } {
  const opts = { out: 'fixtures/sample', universe: DEFAULT_UNIVERSE, seed: DEFAULT_SEED };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${name} needs a value`);
      return v;
    };
    if (name === '--out') opts.out = value();
    else if (name === '--universe') opts.universe = Number(value());
    else if (name === '--seed') opts.seed = Number(value());
    else if (name === '--help' || name === '-h') {
      process.stdout.write('usage: npx tsx scripts/generate-sample.ts [--out fixtures/sample] [--universe 300] [--seed 20240604]\n');
      process.exit(0);
    } else throw new Error(`unknown argument: ${arg}`);
  }
  return opts;
}

const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(2)}%`);

function main(): void {
  try {
    const opts = parseCli(process.argv.slice(2));
    const { files, facts } = generateSample({ ...opts, log: (s) => process.stderr.write(`${s}\n`) });
    const lines = [`wrote ${resolve(opts.out)} (universe ${facts.universe}, seed ${opts.seed}, ${facts.tradingDays} trading days, ${facts.priceRows} price rows)`];
    for (const [f, b] of Object.entries(files)) lines.push(`  ${f.padEnd(26)} ${String(b).padStart(11)} bytes`);
    lines.push(`breach: ${facts.breach.ticker} in ${facts.breach.strategy} ${pct(facts.breach.snapshotWeight)} on ${facts.breach.snapshotDate} → ${pct(facts.breach.driftedWeight)} on ${facts.breach.baseDate}`);
    lines.push(`largest other weight: ${facts.maxOtherDriftedWeight.strategy} ${facts.maxOtherDriftedWeight.ticker} ${pct(facts.maxOtherDriftedWeight.weight)} on ${facts.maxOtherDriftedWeight.date}`);
    for (const m of facts.months) lines.push(`  ${m.month}  MAJOR100 ${pct(m.MAJOR100).padStart(7)}  SPX ${pct(m.SPX).padStart(7)}  NEXT100 ${pct(m.NEXT100).padStart(7)}  RUT ${pct(m.RUT).padStart(7)}  DJI ${pct(m.DJI).padStart(7)}  IXIC ${pct(m.IXIC).padStart(7)}`);
    for (const w of facts.weeks) lines.push(`  ${w.start}..${w.end}  DJI ${pct(w.DJI)}  SPX ${pct(w.SPX)}  IXIC ${pct(w.IXIC)}`);
    for (const fm of facts.factorMonths) lines.push(`  factors ${fm.month}: ${Object.entries(fm.returns).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}`);
    for (const at of facts.attribution) lines.push(`  attribution ${at.month} ${at.strategy}: excess ${pct(at.excess)} specific ${pct(at.specific)}; ${Object.entries(at.contributions).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}\n    active: ${Object.entries(at.active).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (e) {
    process.stderr.write(`generate-sample: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

// ================================================================ commentary and README

const COMMENTARY: Record<string, string> = {
  '2025-12': `## 市況概況
12月の米国株式市場は、主要指数がまちまちの動きとなりました。月半ばの金融政策会合で追加利下げが決まり、景気の先行きに対する安心感が広がった一方、AI関連銘柄では設備投資の採算を見極めようとする動きから**選別色が強まり**、ハイテク株比率の高いNASDAQは小幅に下落しました。景気敏感株や大型の優良株には資金が向かい、ダウ平均は月間で上昇して年末を迎えました。

中小型株は、年末にかけて利益確定の売りに押され、Russell2000は小幅に下落しました。

## 第1週
利下げ観測の高まりを支えに、主要3指数は小幅に上昇しました。

週初は製造業の景況感指数が市場予想を下回り、様子見ムードで始まりました。その後、雇用関連指標の鈍化を受けて長期金利が低下すると、金利低下の恩恵を受けやすいハイテク株を中心に買い戻しが入り、NASDAQが相対的に堅調となりました。

## 第2週
金融政策会合では市場予想どおり0.25%の利下げが決定されました。ただ、今後の利下げペースに慎重な姿勢が示されたことに加え、大手ソフトウェア企業の決算で**AI関連の設備投資負担**が意識され、ハイテク株を中心に売りが優勢となりました。主要3指数はそろって下落しました。

## 第3週
物価指標が落ち着いた内容となり、金利の先高観が後退しました。ダウ平均は金融株や資本財株の上昇に支えられて堅調に推移した一方、NASDAQは半導体株の一部で利益確定の売りが続き、小幅に下落しました。

## 第4週
7-9月期のGDP改定値が上方修正され、個人消費の底堅さが確認されました。年末の休暇を前に商いは細りましたが、主要3指数はそろって上昇し、S&P500は週間で1%を超える上昇となりました。

## 第5週
年内最終週は持ち高調整の売りが出て、主要3指数はそろって下落して取引を終えました。新年の決算シーズンを前に、積極的に買い進む動きは限られました。

## ファクター動向
12月は、**大型で流動性が高く、値動きの大きい銘柄**が相対的に堅調でした。

ファクターリターンを見ると、規模・米国株感応度・流動性・成長性・変動性がプラスとなった一方、活動性とサプライズが大きくマイナスとなりました。決算内容が良好な銘柄でも材料出尽くしとして売られる場面が目立ち、割安性・株主還元性も振るいませんでした。各ファクターの定義は[ファクターの説明](https://example.com/wealth-growth/factors)をご参照ください。

## ファクター寄与度
メジャー100は、ポートフォリオの特徴である「高収益、好業績（＝ポジティブ・サプライズ）、EPS安定成長、高配当」といった特性がマイナスに寄与したものの、「大型、高流動」特性がプラスに寄与し、加えて個別銘柄の上昇が大きく貢献したことで、S&P500を上回りました。

ネクストメジャー100は、「高成長、高米国株感応度（＝ハイベータ）」特性がプラスに寄与したものの、「高活動性、好業績（＝ポジティブ・サプライズ）」といった特性が大きく足を引っ張り、Russell2000を下回る結果となりました。
`,
  '2026-03': `## 市況概況
3月の米国株式市場は、主要指数がそろって大きく下落しました。物価指標の上振れを受けて**利下げ期待が後退**し、長期金利が上昇したことに加え、AI関連の設備投資に対する収益化への疑問が再燃し、相場をけん引してきた大型ハイテク株を中心に売りが広がりました。月半ばには押し目買いで反発する場面もありましたが、月末にかけて景気減速への警戒感が強まり、S&P500は月間で5%を超える下落となりました。

一方で、決算内容が良好な銘柄や業績見通しを引き上げた銘柄には選別的な買いが入り、*業績を軸とした銘柄間の格差*が広がる1カ月となりました。

## 第1週
物価指標が市場予想を上回ったことで長期金利が上昇し、主要3指数はそろって下落しました。特に金利上昇に敏感なハイテク株の下げが大きく、NASDAQの下落率が最も大きくなりました。

## 第2週
消費者物価指数は前月から鈍化したものの、市場の期待ほどではなく、利下げ開始時期の後ずれが意識されました。ダウ平均は景気敏感株の売りで下げ幅を広げた一方、ハイテク株には一部で買い戻しも入り、NASDAQの下げは限定的でした。

## 第3週
金融政策会合では政策金利が据え置かれましたが、議長会見で景気への配慮が示されたことが安心材料となり、主要3指数はそろって反発しました。

好決算を発表した半導体関連銘柄が上昇をけん引しました。

## 第4週
個人消費関連の指標が弱含み、景気減速への警戒感が急速に強まりました。リスク回避の売りが幅広い銘柄に広がり、主要3指数は週間で2%を超える下落となりました。

## 第5週
月末・期末を迎え、年金基金などのリバランスに伴う買いが入り、主要3指数は小幅に上昇して月を終えました。

## ファクター動向
3月は、相場全体が下落するなかで**業績の裏付けのある成長株**が相対的に選好されました。

ファクターリターンを見ると、成長性・活動性・サプライズが大きくプラスとなり、割安性・財務安全性もプラスとなりました。一方、収益性・EPS安定性がマイナスとなったほか、規模・騰落率・変動性・米国株感応度・流動性もマイナスとなり、これまで買われてきた大型株や高ベータ銘柄から、好業績の中小型株へ資金が移ったことが見て取れます。

## ファクター寄与度
メジャー100は、「好業績（＝ポジティブ・サプライズ）、財務健全」といった特性がプラスに寄与したものの、「高収益、EPS安定成長」特性と大型株への偏りがマイナスに寄与し、S&P500を下回りました。

ネクストメジャー100は、市場全体の下落により「高米国株感応度（＝ハイベータ）」特性はマイナスに寄与したものの、ポートフォリオの特徴である「高成長、高活動性、好業績」特性が大きくプラスに寄与し、Russell2000を**大きくアウトパフォーム**しました。運用方針の詳細は[WEALTH GROWTHのご案内](https://example.com/wealth-growth)をご覧ください。
`,
};

function readme(facts: Facts, opts: { seed: number; universe: number }): string {
  const p2 = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(2)}%`);
  const holidays: string[] = [];
  for (let y = Number(START_DATE.slice(0, 4)); y <= Number(END_DATE.slice(0, 4)); y++) {
    for (const h of nyseHolidays(y)) if (h >= START_DATE && h <= END_DATE && !isWeekend(dateOf(h))) holidays.push(h);
  }
  const splitLines = Object.entries(SPLITS).flatMap(([t, xs]) => xs.map(([d, r]) => `\`${t}\` ${r}-for-1 on ${d}`));
  const cashLines = Object.entries(CASH).flatMap(([s, m]) => Object.entries(m).map(([mo, w]) => `${s} ${mo} (${(w * 100).toFixed(1)}%)`));
  const snapLines = facts.snapshots.map((s) => `- ${s.date} ${s.strategy} (${s.tickers.filter((t) => t !== 'CASH').length} names${s.tickers.includes('CASH') ? ' + CASH' : ''}): ${s.tickers.join(' ')}`);
  const monthRows = facts.months.map((m) => `| ${m.month} | ${p2(m.MAJOR100)} | ${p2(m.SPX)} | ${p2(m.NEXT100)} | ${p2(m.RUT)} | ${p2(m.DJI)} | ${p2(m.IXIC)} |`);
  const b = facts.breach;
  const o = facts.maxOtherDriftedWeight;
  const isDefault = opts.seed === DEFAULT_SEED;
  return `# SYNTHETIC sample data — 合成データ

**All data in this folder is SYNTHETIC.** It was generated by a program from a seeded random number
generator and a simple factor model; it is **not market data** and must not be read as the price,
dividend, index level or factor history of any real security or index.
本フォルダのデータはすべてプログラムで生成した合成データであり、実際の市場データではありません。

The held securities carry real US tickers, company names and short business descriptions (our own
wording) so that the report reads naturally; their prices, dividend amounts, exposures and returns are
invented. Tickers \`U0001\`… are fictional companies. Index levels (SPX, RUT, DJI, IXIC) are synthetic
series that start near the real levels of May 2024. The service provider 株式会社サンプル投資顧問 is fictional.
The commentary files were written for the default seed's data (the market they describe is fictional).

## How it was made

\`\`\`sh
npx tsx scripts/generate-sample.ts                 # = --out fixtures/sample --universe ${DEFAULT_UNIVERSE} --seed ${DEFAULT_SEED}
npx tsx scripts/generate-sample.ts --universe 5000 --out /tmp/big   # same strategies, 5,000 tickers (~70 MB)
\`\`\`

This copy: universe ${facts.universe} tickers, seed ${opts.seed}${isDefault ? ' (the default)' : ''}, ${facts.tradingDays} trading days
(${START_DATE} … ${END_DATE}), ${facts.priceRows} price rows. The generator is deterministic (its own
mulberry32 PRNG, no clock): the same arguments give byte-identical files, and a held security's data
do not depend on \`--universe\`.

Model: daily total return \`r = beta · m + Σ_k x_k · f_k + ε\` with a market factor \`m\` (volatility
clustering), the 14 configured factors \`f\` (factor_returns.csv) and the monthly z-scores \`x\`
(factor_exposures.csv, in effect from the day after their date). Index returns are \`beta · m + Σ_k b_k · f_k\`
plus a little noise, with \`b\` from benchmark_exposures.csv. Month (and, for 2025-12 and 2026-03, week)
targets steer the S&P 500; the two strategies' excess returns are steered in 2025-12 and 2026-03 only.

## What it exercises

- **Trading calendar**: the real NYSE calendar — weekends and these closures are absent:
  ${holidays.join(', ')} (2025-01-09: national day of mourning for President Carter; 2026-07-03 lies after the data).
- **Rebalances** on the first trading day of each month (the first snapshot is ${FIRST_SNAPSHOT}, then
  2024-07-01 … 2026-04-01). A snapshot dated inside the month (not at base) gives every month two
  buy-and-hold pieces, so the contribution linking of REPORT.md is exercised. Names change a little every
  month (1–3 out, 1–3 in); 20–25 names per snapshot; weights written with 6 decimals summing to exactly 1.
- **Splits** while held: ${splitLines.join(', ')} (the close drops accordingly; the \`split\` column is
  empty on every other row, so its default of 1 is exercised).
- **Dividends**: quarterly ex-dates for dividend payers; the \`dividend\` column is empty on all other rows.
- **CASH** rows in ${cashLines.join(', ')}.
- **Compliance breach (exactly one)**: ${b.ticker} is ${p2(b.snapshotWeight)} of ${b.strategy} in the ${b.snapshotDate}
  snapshot, rallies after its results and has drifted to **${(b.driftedWeight * 100).toFixed(4)}%** by the close of
  ${b.baseDate} — the base of 2026-03 — above maxWeight 10%. The 2026-03-02 snapshot brings it back under the
  limit. Apart from LLY in that month, every weight, in every snapshot and at every month-end, is at most ${p2(o.weight)}
  (${o.strategy} ${o.ticker} on ${o.date}); sector weights stay under 35%; holdings counts stay within 20–25.
- **securities.csv quoting**: descriptions with ASCII commas, 「」, double quotes and newlines; some
  fictional names have an empty description (none of them is held).
- **Universe**: most tickers are never held; about 2% are listed only from some date on and 2% stop
  trading before the end (never held), so prices.csv is not a full rectangle.
- The month 2026-04 is incomplete (data end ${END_DATE}): \`wg-report 2026-04\` needs \`--partial\`.

## Snapshots of 2026-02 and later (ticker order = file order, largest weight first)

${snapLines.join('\n')}

## Month returns as the generator computes them (REPORT.md's NAV rules, from the written closes)

| month | MAJOR100 | SPX | NEXT100 | RUT | DJI | IXIC |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${monthRows.join('\n')}
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
