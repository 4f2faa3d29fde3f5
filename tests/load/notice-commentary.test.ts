/** commentary/notice-<YYYY-MM>-<id>.md (NOTICE.md "The analysts' text"): sections, strategies, questions. */
import { describe, expect, it } from 'vitest';
import { parseNoticeCommentary } from '../../src/load/notice-commentary.js';

const IDS = ['MAJOR100', 'NEXT100', 'SAMURAI25'];

function parse(text: string) {
  const warnings: string[] = [];
  const c = parseNoticeCommentary(text, IDS, (line, m) => warnings.push(`${line}: ${m}`));
  return { c, warnings };
}

describe('parseNoticeCommentary', () => {
  it('reads every section, the strategies under 他の戦略 and the questions under Q&A', () => {
    const { c, warnings } = parse(
      [
        '## 市況環境', '市況の本文。', '', '二段落目。',
        '## 運用方針', '方針の本文。',
        '## 要因', '要因の本文。',
        '## 他の戦略', '全体の本文。', '### SAMURAI25', 'サムライの現状。', '### MAJOR100', 'メジャーの現状。',
        '## 今後の方針', '今後の本文。',
        '## Q&A', '### なぜ下落したのですか？', '回答1。', '### いつ回復しますか？', '回答2。',
      ].join('\n'),
    );
    expect(warnings).toEqual([]);
    expect(c.market).toBe('市況の本文。\n\n二段落目。');
    expect(c.policy).toBe('方針の本文。');
    expect(c.factors).toBe('要因の本文。');
    expect(c.others).toBe('全体の本文。');
    expect([...c.strategies]).toEqual([['MAJOR100', 'メジャーの現状。'], ['SAMURAI25', 'サムライの現状。']]);
    expect(c.outlook).toBe('今後の本文。');
    expect(c.qa).toEqual([
      { question: 'なぜ下落したのですか？', answer: '回答1。' },
      { question: 'いつ回復しますか？', answer: '回答2。' },
    ]);
  });

  it('a missing section is simply absent (the view model shows （執筆中） for it)', () => {
    const { c, warnings } = parse('## 市況環境\n本文。\n');
    expect(warnings).toEqual([]);
    expect(c.outlook).toBeUndefined();
    expect(c.qa).toEqual([]);
    expect(c.strategies.size).toBe(0);
  });

  it('an unknown section, an unknown strategy id, a preamble and a question without an answer are warnings', () => {
    const { c, warnings } = parse(
      ['前置き', '## 概況', '載らない。', '## 他の戦略', '### OTHER', '載らない。', '## Q&A', '### 質問だけ', '## 今後の方針', '### 小見出し', '本文。'].join('\n'),
    );
    expect(c.others).toBeUndefined();
    expect(c.qa).toEqual([]);
    expect(c.outlook).toBe('本文。');
    expect(warnings).toEqual([
      '2: heading "## 概況" is not a notice section (市況環境, 運用方針, 要因, 他の戦略, 今後の方針, Q&A): its text is left out',
      '5: heading "### OTHER" under 他の戦略 is not a strategy id (MAJOR100, NEXT100, SAMURAI25): its text is left out',
      '10: heading "### 小見出し" is not a section heading of the notice: the heading line is left out',
      '1: text before the first section heading (## 市況環境 …) is left out',
      '8: the question "質問だけ" under Q&A has no answer: it is left out',
    ]);
  });

  it('a repeated section is joined with a warning; headings inside a code fence are text', () => {
    const { c, warnings } = parse('## 要因\n一つ目。\n```\n## 市況環境\n```\n## 要因\n二つ目。\n');
    expect(c.market).toBeUndefined();
    expect(c.factors).toBe('一つ目。\n```\n## 市況環境\n```\n\n二つ目。');
    expect(warnings).toEqual(['6: section "要因" appears again: its texts are joined']);
  });
});
