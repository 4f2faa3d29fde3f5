/** The sample's config.json: written verbatim, so a change here is a change to fixtures/sample/config.json. */

/** config.json, verbatim from DATA.md's example. */
export const CONFIG_JSON = `{
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
