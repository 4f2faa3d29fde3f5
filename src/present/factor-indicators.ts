/**
 * ファクターの説明: what each factor measures, as a short list of representative indicators.
 * Keyed by factor id (config.factors[].id); a factor not listed here is shown without indicators.
 * The table itself is laid out by templates/text/factors.hbs, which a firm can override.
 */
export const FACTOR_INDICATORS: Readonly<Record<string, string>> = {
  profitability: '売上高営業利益率、自己資本利益率（ROE）、総資産利益率（ROA）など',
  growth: '売上高や経常利益の伸び率など',
  activity: '総資産回転率など、資産を売上につなげる効率',
  financial_safety: '自己資本比率、有利子負債の大きさ、営業キャッシュフローと負債の比率など',
  value: '利益や純資産に対する株価の割安さ（益利回り、純資産株価倍率の逆数など）',
  shareholder_return: '配当利回り、自社株買いを含めた株主還元の大きさなど',
  surprise: '業績予想の修正率、決算が市場予想を上回った度合いなど',
  eps_stability: '1株当たり利益（EPS）の変動の小ささ（過去数年の推移）など',
  us_beta: '米国株式市場全体の値動きに対する感応度（ベータ、過去60営業日）など',
  size: '時価総額など',
  price_level: '株価の水準など',
  momentum: '過去60営業日の株価騰落率など',
  volatility: '株価の変動の大きさ（過去60営業日のヒストリカル・ボラティリティ）など',
  liquidity: '1日当たり売買代金の平均（過去20営業日）など',
};
