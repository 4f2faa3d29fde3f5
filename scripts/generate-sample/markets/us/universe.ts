/** The US market's fictional tickers (U0001…): sector mix, name parts and style tilts. */
import { vec } from '../../factors.js';
import type { SyntheticUniverse } from '../../market.js';
import { S } from '../../sectors.js';

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

export const US_SYNTHETIC: SyntheticUniverse = {
  tickerPrefix: 'U', sectors: SYN_SECTORS, prefixes: SYN_PREFIX, suffixes: SYN_SUFFIX, tiltLarge: TILT_LARGE, tiltSmall: TILT_SMALL,
};
