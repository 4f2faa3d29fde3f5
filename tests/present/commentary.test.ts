import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownInline, renderCommentary, renderPlainText } from '../../src/present/commentary.js';

/** How a GFM-like reader would show the Markdown we emit (html off, as GitHub sanitises it anyway). */
const reader = new MarkdownIt('default', { html: true, linkify: false });

describe('renderCommentary', () => {
  it('keeps paragraphs, emphasis and code; escapes raw HTML', () => {
    const m = renderCommentary('**強調**と*斜体*と`code`。\n\n<script>alert(1)</script>')!;
    expect(m.html).toBe('<p><strong>強調</strong>と<em>斜体</em>と<code>code</code>。</p>\n<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(m.html).not.toContain('<script');
    expect(m.markdown).toBe('**強調**と*斜体*と`code`。\n\n\\<script\\>alert(1)\\</script\\>');
    // Read back as Markdown, the script is text, not a tag.
    expect(reader.render(m.markdown)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(reader.render(m.markdown)).not.toContain('<script');
  });

  it('shows links as their text and images as their alt text, with no URL left to fetch', () => {
    const m = renderCommentary('[当社サイト](https://example.com/a) ![図](https://example.com/x.png) <https://example.com/b>')!;
    expect(m.html).not.toMatch(/<a |<img |src=|href=/);
    expect(m.html).toContain('当社サイト');
    expect(m.html).toContain('図');
    expect(m.html).not.toContain('example.com/a');
    expect(m.html).not.toContain('x.png');
    expect(m.markdown).not.toContain('](');
    expect(reader.render(m.markdown)).not.toMatch(/<a |<img /);
  });

  it('treats block syntax as text: no headings, lists, quotes or tables', () => {
    const m = renderCommentary('# 見出し\n- 項目\n1. 番号\n> 引用\n| a | b |')!;
    expect(m.html).not.toMatch(/<h1|<ul|<ol|<blockquote|<table/);
    const back = reader.render(m.markdown);
    expect(back).not.toMatch(/<h1|<ul|<ol|<blockquote|<table/);
    expect(back).toContain('# 見出し');
    expect(back).toContain('1. 番号');
  });

  it('keeps a line break as a line break', () => {
    const m = renderCommentary('一行目\n二行目')!;
    expect(m.html).toBe('<p>一行目<br>\n二行目</p>');
    expect(m.markdown).toBe('一行目\n二行目');
  });

  it('gives null for absent or blank text', () => {
    expect(renderCommentary(undefined)).toBeNull();
    expect(renderCommentary(null)).toBeNull();
    expect(renderCommentary(' \n\n ')).toBeNull();
  });

  it('escapes entities and pipes in the Markdown it re-emits', () => {
    const m = renderCommentary('A &lt;b&gt; | S&P500')!;
    expect(m.html).toBe('<p>A &lt;b&gt; | S&amp;P500</p>');
    expect(m.markdown).toBe('A \\<b\\> \\| S&P500');
  });
});

describe('renderPlainText', () => {
  it('escapes everything and keeps paragraphs and line breaks', () => {
    const m = renderPlainText('<b>AI</b> | 基盤\n二行目\n\n第二段落 *星*')!;
    expect(m.html).toBe('<p>&lt;b&gt;AI&lt;/b&gt; | 基盤<br>\n二行目</p>\n<p>第二段落 *星*</p>');
    expect(m.markdown).toBe('\\<b\\>AI\\</b\\> \\| 基盤\n二行目\n\n第二段落 \\*星\\*');
    expect(renderPlainText('')).toBeNull();
  });
});

describe('Markdown escaping', () => {
  it('escapes inline syntax but leaves figures alone', () => {
    expect(escapeMarkdownInline('-2.27%')).toBe('-2.27%');
    expect(escapeMarkdownInline('△2.27%')).toBe('△2.27%');
    expect(escapeMarkdownInline('S&P500 (70%)')).toBe('S&P500 (70%)');
    expect(escapeMarkdownInline('a|b')).toBe('a\\|b');
    expect(escapeMarkdownInline('&amp;')).toBe('\\&amp;');
    expect(escapeMarkdownInline('<x>_*`[]~\\')).toBe('\\<x\\>\\_\\*\\`\\[\\]\\~\\\\');
  });

  it('defuses line starts that would make headings or lists', () => {
    expect(escapeMarkdown('# a\n- b\n+ c\n12. d\n= e')).toBe('\\# a\n\\- b\n\\+ c\n12\\. d\n\\= e');
  });
});
