import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/types.js';
import { placeholderCharts } from '../helpers/report-fixture.js';
import { expectedFigures, missing, renderFixture } from './helpers.js';

const HEADINGS = [
  '当月のパフォーマンス', '運用コース毎の当月パフォーマンス', 'パフォーマンス推移', '設定来の騰落率', '当月の市況概況',
  '月間パフォーマンスの背景', '個別銘柄寄与度', '戦略の目的・特色', 'ファクターの説明', 'リスク管理',
  '免責事項・ご留意事項',
];
/** Sub-headings of the firm's report: ➤米国市場 under 市況概況; ファクター動向 and ファクター寄与度 under ■月間パフォーマンスの背景. */
const SUBHEADINGS: [string, string][] = [
  ['当月の市況概況', '米国市場'],
  ['月間パフォーマンスの背景', 'ファクター動向'],
  ['月間パフォーマンスの背景', 'ファクター寄与度'],
];

let html: string;
let md: string;
let report: ReportModel;
beforeAll(async () => {
  ({ html, md, report } = await renderFixture());
});

/** HTML text as a reader sees it: tags dropped, the few entities decoded. */
function visibleText(doc: string): string {
  return doc
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('report.html', () => {
  it('is one self-contained Japanese document titled with the report title', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ja">')).toBe(true);
    expect(html).toContain('<title>WEALTH GROWTH 月間運用実績レポート（2026年3月）</title>');
    expect(html).toContain('<meta charset="utf-8">');
    // No external resource: no src/href to anything, no @import or url() in the stylesheet.
    expect(html).not.toMatch(/\s(?:src|href)=/);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).not.toMatch(/<(?:script|link|img|iframe)\b/i);
  });

  it('shows the sections in REPORT.md order, each an h2 (bookmarks)', () => {
    const positions = HEADINGS.map((h) => html.indexOf(`<h2>${h}</h2>`));
    expect(positions.every((p) => p > 0), HEADINGS.filter((_, i) => positions[i]! < 0).join()).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const [parent, child] of SUBHEADINGS) {
      const at = html.search(new RegExp(`<h3[^>]*>${child}</h3>`));
      const next = HEADINGS[HEADINGS.indexOf(parent) + 1]!;
      expect(at, child).toBeGreaterThan(html.indexOf(`<h2>${parent}</h2>`));
      expect(at, child).toBeLessThan(html.indexOf(`<h2>${next}</h2>`));
    }
    expect(html).toContain('<h1>WEALTH GROWTH 月間運用実績レポート（2026年3月）</h1>');
    expect(html).toContain('※本レポートは、2026年4月6日時点の情報に基づき作成されております。');
  });

  it('prints every table figure exactly as formatted from the model', () => {
    expect(missing(visibleText(html), expectedFigures(report))).toEqual([]);
  });

  it('shows the commentary\'s <script> as text and never as a tag', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('example.com');
  });

  it('inlines the chart SVGs and the stylesheet with the page set-up', () => {
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toMatch(/@page \{\s*size: A4;/);
    expect(html).toContain('counter(page) " / " counter(pages)');
    expect(html).toContain('@top-left { content: "WEALTH GROWTH 月間運用実績レポート（2026年3月）"; font-size: 7.5pt; }');
    expect(html).toContain("font-family: 'BIZ UDPGothic', sans-serif;");
    expect(html).toContain('thead { display: table-header-group; }');
  });

  it('uses one font family only, and only weights 400/700 with no italics', () => {
    const css = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    const families = new Set(Array.from(css.matchAll(/font-family:\s*([^;]+);/g), (m) => m[1]!.trim()));
    expect([...families]).toEqual(["'BIZ UDPGothic', sans-serif"]);
    const weights = new Set(Array.from(css.matchAll(/font-weight:\s*([^;]+);/g), (m) => m[1]!.trim()));
    for (const w of weights) expect(['400', '700']).toContain(w);
    expect(css).not.toMatch(/font-style:\s*(italic|oblique)/);
  });

  it('marks a partial month 速報 on the cover and in the running header', async () => {
    const partial = (await renderFixture({ partial: true })).html;
    expect(partial).toContain('<p class="partial-mark">速報</p>');
    expect(partial).toContain('【速報】"; font-size: 7.5pt; }');
    expect(partial).toContain('2026年3月27日までのデータに基づく速報版');
    expect(html).not.toContain('<p class="partial-mark">');
  });

  it('leaves out the factor sections without factor data', async () => {
    const none = (await renderFixture({ factors: false })).html;
    expect(none).not.toContain('<h2>月間パフォーマンスの背景</h2>');
    expect(none).not.toContain('<h3>ファクター動向</h3>');
    expect(none).not.toContain('<h3>ファクター寄与度</h3>');
    expect(none).toContain('<h2>個別銘柄寄与度</h2>');
  });
});

describe('structure without commentary, and the disclosures', () => {
  it('without commentary: each week is its computed line, and no sentence refers to absent prose', async () => {
    const bare = await renderFixture({ commentary: null });
    expect(bare.html).not.toContain('<h4 class="week">');
    expect(bare.html).toContain('<p class="week-line">第1週（3月2日～3月6日）／ダウ平均：△3.01%、S&amp;P500：△2.02%、NASDAQ：△1.24%</p>');
    expect(bare.md).toContain('\n- 第1週（3月2日～3月6日）／ダウ平均：△3.01%、S&P500：△2.02%、NASDAQ：△1.24%\n');
    for (const doc of [bare.html, bare.md]) {
      expect(doc).not.toContain('こうした');
      expect(doc).toContain('3月の米国市場は、主要指数が');
      expect(doc).toContain('当月、WEALTH GROWTH（ウェルスグロース）がご提供している5戦略');
    }
    // With commentary, the week heads its paragraph.
    expect(html).toMatch(/<h4 class="week">第1週（3月2日～3月6日）[^<]*<\/h4>\n<div class="commentary">/);
    expect(html).toContain('こうした市場環境のなか');
  });

  it('prints service.disclosures on the disclaimer page, before the as-of line, in HTML and Markdown', async () => {
    const lines = ['金融商品取引業者 関東財務局長（金商）第0000号', '加入協会：日本証券業協会 <b>'];
    const withLines = await renderFixture({ disclosures: lines });
    const h = withLines.html.slice(withLines.html.indexOf('<section id="disclaimer"'));
    expect(h).toContain('<div class="disclosures">\n<p>金融商品取引業者 関東財務局長（金商）第0000号</p>\n<p>加入協会：日本証券業協会 &lt;b&gt;</p>\n</div>');
    expect(h.indexOf('class="disclosures"')).toBeLessThan(h.indexOf('※本レポートは'));
    const m = withLines.md.slice(withLines.md.indexOf('## 免責事項・ご留意事項'));
    expect(m).toContain('\n\n金融商品取引業者 関東財務局長（金商）第0000号\n\n加入協会：日本証券業協会 \\<b\\>\n\n※本レポートは');
    expect(html).not.toContain('class="disclosures"');
  });
});

describe('report.md', () => {
  const reader = new MarkdownIt('default', { html: true });

  it('has the title, the section headings and the as-of line', () => {
    expect(md.startsWith('# WEALTH GROWTH 月間運用実績レポート（2026年3月）\n')).toBe(true);
    for (const h of HEADINGS) expect(md).toContain(`\n## ${h}\n`);
    for (const [, h] of SUBHEADINGS) expect(md).toContain(`\n### ${h}\n`);
    expect(md).toContain('※本レポートは、2026年4月6日時点の情報に基づき作成されております。');
    expect(md).toContain('#### 第1週（3月2日～3月6日）／ダウ平均：△3.01%、S&P500：△2.02%、NASDAQ：△1.24%');
  });

  it('prints every figure, the charts\' included, exactly as formatted from the model', () => {
    expect(missing(md, expectedFigures(report, '△', { chartFigures: true }))).toEqual([]);
  });

  it('uses pipe tables that a GFM reader parses with the right number of cells', () => {
    const rendered = reader.render(md);
    const tables = rendered.match(/<table>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(9);
    expect(md).toContain('| 順位 | 戦略名 | 月間パフォーマンス | ベンチマーク | ベンチマーク (%) | 超過収益 |\n| --- | --- | ---: | --- | ---: | ---: |');
    expect(md).toContain('| 1位 | ネクストメジャー100 | -0.69% | Russell2000 | -5.17% | 4.48% |');
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      expect(line.endsWith(' |'), line).toBe(true);
    }
  });

  it('escapes | in a cell so the table keeps its columns', async () => {
    const { md: piped } = await renderFixture({
      charts: (f) => {
        const s = f.result.report.strategies[0]!;
        s.topContributors[0] = { ...s.topContributors[0]!, name: 'A|B 社' };
        return placeholderCharts(f.result);
      },
    });
    expect(piped).toContain('| 1 | XOM | A\\|B 社 | 5.20% | 0.42% |');
    const row = reader.render(piped).match(/<tr>\s*<td>1<\/td>[\s\S]*?<\/tr>/)![0];
    expect(row.match(/<td/g)).toHaveLength(5);
  });

  it('links each chart relatively and follows each factor chart with a table of its figures', () => {
    const links = Array.from(md.matchAll(/!\[[^\]]*\]\((charts\/[^)]+)\)/g), (m) => m[1]);
    expect(links).toEqual([
      'charts/performance-3m.svg',
      'charts/performance-since-launch.svg',
      'charts/factor-returns.svg',
      'charts/factor-contribution-MAJOR100.svg',
      'charts/factor-contribution-NEXT100.svg',
    ]);
    for (const link of links.slice(2)) {
      const after = md.slice(md.indexOf(`(${link})`) + link!.length + 2);
      expect(after.startsWith('\n\n| '), link).toBe(true);
    }
    expect(md).toContain('| **超過収益** | **-1.51%** |');
  });

  it('keeps the commentary\'s HTML and links inert', () => {
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    const rendered = reader.render(md);
    expect(rendered).not.toMatch(/<script|<a /);
    // The only images are the report's own charts.
    for (const img of rendered.match(/<img [^>]*>/g) ?? []) expect(img).toMatch(/src="charts\/[^"]+\.svg"/);
    expect(md).not.toContain('example.com');
  });

  it('lists each top contributor\'s description under its table', () => {
    expect(md).toContain('**1. XOM（エクソンモービル）**\n\n世界最大級の総合エネルギー企業です。');
    expect(md).toContain('\\<b\\>AI\\</b\\>');
    expect(md).not.toContain('BCRX（'); // empty description: no entry
  });
});
