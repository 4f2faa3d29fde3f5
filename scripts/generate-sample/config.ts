/** The sample's config.json: written verbatim, so a change here is a change to fixtures/sample/config.json. */

/** config.json: DATA.md's example, plus the firm's trait labels (factors[].high/.low) and synthetic disclosures. */
export const CONFIG_JSON = `{
  "service": {
    "name": "WEALTH GROWTH",
    "reading": "ウェルスグロース",
    "provider": "株式会社サンプル投資顧問",
    "launchDate": "2025-02-13",
    "ratioStartDate": "2024-06-04",
    "disclosures": [
      "【以下はサンプルデータ用の架空の表示です。実在の登録番号・会社ではありません】",
      "[投資一任業者] 株式会社サンプル投資顧問　金融商品取引業者 関東財務局長（金商）第0000号",
      "加入協会：日本証券業協会、一般社団法人日本投資顧問業協会",
      "[投資一任契約の媒介業者] サンプル証券株式会社　金融商品取引業者 関東財務局長（金商）第0000号",
      "加入協会：日本証券業協会"
    ]
  },
  "riskFreeRate": 0.0,
  "negativeMark": "△",
  "markets": [{ "id": "US", "name": "米国市場" }, { "id": "JP", "name": "日本市場" }],
  "factorMarket": "US",
  "strategies": [
    { "id": "MAJOR100", "name": "メジャー100", "group": "メジャー", "style": "大型ハイクオリティ",
      "benchmark": "SPX", "traits": ["profitability", "eps_stability", "financial_safety", "shareholder_return", "surprise"] },
    { "id": "NEXT100", "name": "ネクストメジャー100", "group": "ネクストメジャー", "style": "中小型ハイグロース",
      "benchmark": "RUT", "traits": ["growth", "activity", "surprise", "us_beta"] },
    { "id": "SAMURAI25", "name": "SAMURAI25", "group": "SAMURAI", "style": "日本株バリュー", "market": "JP",
      "launchDate": "2020-12-01", "benchmark": "TOPIX", "traits": ["value", "shareholder_return", "profitability"] }
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
    { "id": "IXIC", "name": "NASDAQ", "short": "NASDAQ" },
    { "id": "TOPIX", "name": "TOPIX", "short": "TOPIX", "market": "JP" }
  ],
  "weeklyIndices": ["DJI", "SPX", "IXIC"],
  "factors": [
    { "id": "profitability", "name": "収益性", "high": "高収益", "low": "低収益" },
    { "id": "growth", "name": "成長性", "high": "高成長", "low": "低成長" },
    { "id": "activity", "name": "活動性", "high": "高活動性", "low": "低活動性" },
    { "id": "financial_safety", "name": "財務安全性", "high": "財務健全", "low": "高レバレッジ" },
    { "id": "value", "name": "割安性", "high": "割安", "low": "割高" },
    { "id": "shareholder_return", "name": "株主還元性", "high": "高配当（＝高株主還元）", "low": "低配当" },
    { "id": "surprise", "name": "サプライズ", "high": "好業績（＝ポジティブ・サプライズ）", "low": "業績下振れ（＝ネガティブ・サプライズ）" },
    { "id": "eps_stability", "name": "EPS安定性", "high": "安定収益（＝EPS安定成長）", "low": "収益変動大" },
    { "id": "us_beta", "name": "米国株感応度", "high": "高米国株感応度（＝ハイベータ）", "low": "低ベータ" },
    { "id": "size", "name": "規模", "high": "大型", "low": "小型" },
    { "id": "price_level", "name": "価格水準", "high": "高株価", "low": "低株価" },
    { "id": "momentum", "name": "騰落率", "high": "直近上昇（＝高モメンタム）", "low": "直近下落（＝低モメンタム）" },
    { "id": "volatility", "name": "変動性", "high": "高変動性（＝ハイリスク）", "low": "低変動性（＝ローリスク）" },
    { "id": "liquidity", "name": "流動性", "high": "高流動", "low": "低流動" }
  ],
  "limits": { "minHoldings": 20, "maxHoldings": 25, "maxWeight": 0.10, "maxSectorWeight": 0.35 }
}
`;
