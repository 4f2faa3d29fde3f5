/** DATA.md, commentary/<YYYY-MM>.md. */
import { describe, expect, it } from 'vitest';
import { parseCommentary } from '../../src/load/commentary.js';
import { filesWith, load } from './fixture.js';

function parse(text: string) {
  const warnings: string[] = [];
  const commentary = parseCommentary(text, (line, message) => warnings.push(`${line}: ${message}`));
  return { commentary, warnings };
}

describe('the file is optional', () => {
  it('a missing file is a warning, not an error: commentary null', async () => {
    const dataset = await load(filesWith({ 'commentary/2026-03.md': undefined }));
    expect(dataset.commentary).toBeNull();
    expect(dataset.warnings).toEqual([
      "commentary/2026-03.md is absent: the report shows the computed figures without the analysts' commentary",
    ]);
  });

  it('reads the requested month\'s file only', async () => {
    const dataset = await load(filesWith({ 'commentary/2026-02.md': '## 市況概況\n二月。\n' }));
    expect(dataset.commentary!.overview).toBe('月全体の概況。');
    expect(Object.keys(dataset.inputs)).not.toContain('commentary/2026-02.md');
  });
});

describe('level-2 headings name the sections', () => {
  it('splits 市況概況, 第N週, ファクター動向, ファクター寄与度 and keeps raw Markdown, trimmed', () => {
    const { commentary, warnings } = parse(
      [
        '## 市況概況',
        '',
        '**概況**の一段落目。',
        '',
        '二段落目は[リンク](https://example.com)つき。',
        '',
        '## 第1週',
        '見出しの一文',
        '',
        '本文。',
        '## 第2週 ',
        '第二週。',
        '## ファクター動向',
        'ファクター。',
        '## ファクター寄与度',
        '寄与度。',
        '',
      ].join('\n'),
    );
    expect(warnings).toEqual([]);
    expect(commentary.overview).toBe('**概況**の一段落目。\n\n二段落目は[リンク](https://example.com)つき。');
    expect([...commentary.weeks]).toEqual([
      [1, '見出しの一文\n\n本文。'],
      [2, '第二週。'],
    ]);
    expect(commentary.factorTrends).toBe('ファクター。');
    expect(commentary.factorAttribution).toBe('寄与度。');
  });

  it('recognises 第1週 … 第6週 (full-width and kanji numerals too), CRLF line endings', () => {
    const { commentary, warnings } = parse('## 第６週\r\n六。\r\n## 第三週\r\n三。\r\n## 第7週\r\n七。\r\n');
    expect([...commentary.weeks]).toEqual([
      [3, '三。'],
      [6, '六。'],
    ]);
    expect(warnings).toEqual(['5: heading "## 第7週" is not a known section (市況概況, 第1週…第6週, ファクター動向, ファクター寄与度): its text is left out']);
  });

  it('any other heading is a warning with its line', () => {
    const { commentary, warnings } = parse(['# 2026年3月', '## 市況概況', '概況。', '### 小見出し', '続き。', '## 雑感', '捨てられる。'].join('\n'));
    expect(warnings).toEqual([
      '1: heading "# 2026年3月" is not a level-2 section heading: the heading line is left out',
      '4: heading "### 小見出し" is not a level-2 section heading: the heading line is left out',
      '6: heading "## 雑感" is not a known section (市況概況, 第1週…第6週, ファクター動向, ファクター寄与度): its text is left out',
    ]);
    expect(commentary.overview).toBe('概況。\n続き。');
  });

  it('a section without text is left out', () => {
    const { commentary } = parse('## 市況概況\n\n   \n## 第1週\n\n## ファクター動向\nあり。\n');
    expect(commentary.overview).toBeUndefined();
    expect(commentary.weeks.size).toBe(0);
    expect(commentary.factorTrends).toBe('あり。');
  });

  it('text before the first heading is left out with a warning', () => {
    const { commentary, warnings } = parse('\n前置き。\n## 市況概況\n概況。');
    expect(warnings).toEqual(['2: text before the first section heading (## 市況概況 …) is left out']);
    expect(commentary.overview).toBe('概況。');
  });

  it('a heading inside a fenced code block is text', () => {
    const { commentary, warnings } = parse('## 市況概況\n```\n## 雑感\n```\n');
    expect(warnings).toEqual([]);
    expect(commentary.overview).toBe('```\n## 雑感\n```');
  });

  it('a section given twice is joined, with a warning', () => {
    const { commentary, warnings } = parse('## 第1週\n一。\n## 第1週\n二。\n');
    expect(commentary.weeks.get(1)).toBe('一。\n\n二。');
    expect(warnings).toEqual(['3: section "第1週" appears again: its texts are joined']);
  });

  it('warnings from the file name the file and line', async () => {
    const dataset = await load(filesWith({ 'commentary/2026-03.md': '## 市況概況\n概況。\n## その他\nx\n' }));
    expect(dataset.warnings).toEqual([
      'commentary/2026-03.md:3: heading "## その他" is not a known section (市況概況, 第1週…第6週, ファクター動向, ファクター寄与度): its text is left out',
    ]);
  });
});
