/**
 * commentary/<YYYY-MM>.md (DATA.md): optional (absent → a warning). Level-2 headings name sections:
 * `市況概況`, `第N週` (N = 1..6), `ファクター動向`, `ファクター寄与度`. Any other heading is a warning
 * (a level-2 one's text is left out with it; another level's heading line alone is left out). Text
 * before the first section heading is left out with a warning. Empty sections are left out. Sections
 * hold the raw Markdown, trimmed; rendering (inline only, HTML escaped) is present's job.
 */
import type { Commentary } from '../types.js';
import type { LoadContext } from './context.js';
import { decodeText } from './text.js';

export function commentaryFile(month: string): string {
  return `commentary/${month}.md`;
}

export async function loadCommentary(ctx: LoadContext, month: string): Promise<Commentary | null> {
  const file = commentaryFile(month);
  const bytes = await ctx.read(file, false);
  if (bytes === null) {
    ctx.warn(`${file} is absent: the report shows the computed figures without the analysts' commentary`);
    return null;
  }
  const decoded = decodeText(bytes);
  if ('problem' in decoded) {
    ctx.error({ file, line: decoded.line, message: decoded.problem });
    return null;
  }
  return parseCommentary(decoded.text, (line, message) => ctx.warn({ file, line, message }));
}

const DIGITS: Record<string, number> = {
  '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6,
  '１': 1, '２': 2, '３': 3, '４': 4, '５': 5, '６': 6,
  '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6,
};

type Section = { kind: 'overview' } | { kind: 'week'; n: number } | { kind: 'factorTrends' } | { kind: 'factorAttribution' };

function sectionOf(title: string): Section | null {
  if (title === '市況概況') return { kind: 'overview' };
  if (title === 'ファクター動向') return { kind: 'factorTrends' };
  if (title === 'ファクター寄与度') return { kind: 'factorAttribution' };
  const m = /^第\s*(\S)\s*週$/.exec(title);
  const n = m === null ? undefined : DIGITS[m[1]!];
  return n === undefined ? null : { kind: 'week', n };
}

function keyOf(s: Section): string {
  return s.kind === 'week' ? `week${s.n}` : s.kind;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** A heading line of the analysts' Markdown: its level, title (closing #s dropped), raw text and line. */
export interface HeadingLine {
  level: number;
  title: string;
  raw: string;
  line: number;
}

/**
 * Walks the lines of a commentary file: `onHeading` for each ATX heading outside fenced code,
 * `onText` for every other line (fences and what they hold included).
 */
export function scanCommentary(
  text: string,
  onHeading: (h: HeadingLine) => void,
  onText: (raw: string, line: number) => void,
): void {
  let fence: string | null = null;
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = i + 1;
    const fenceMatch = FENCE.exec(raw);
    if (fence !== null) {
      if (fenceMatch !== null && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = null;
    } else if (fenceMatch !== null) {
      fence = fenceMatch[1]!;
    } else {
      const h = HEADING.exec(raw);
      if (h !== null) {
        onHeading({ level: h[1]!.length, title: (h[2] ?? '').replace(/(^|[ \t]+)#+$/, '').trim(), raw, line });
        return;
      }
    }
    onText(raw, line);
  });
}

export function parseCommentary(text: string, warn: (line: number, message: string) => void): Commentary {
  /** The text blocks of the recognised sections, in file order. */
  const blocks: { section: Section; lines: string[] }[] = [];
  const seen = new Set<string>();
  /** Where the current line goes; null: left out (before the first section, or an unknown section). */
  let current: string[] | null = null;
  let preambleLine = 0;

  scanCommentary(
    text,
    ({ level, title, raw, line }) => {
      const section = level === 2 ? sectionOf(title) : null;
      if (section === null) {
        warn(
          line,
          level === 2
            ? `heading "${raw.trim()}" is not a known section (市況概況, 第1週…第6週, ファクター動向, ファクター寄与度): its text is left out`
            : `heading "${raw.trim()}" is not a level-2 section heading: the heading line is left out`,
        );
        if (level === 2) current = null;
        return;
      }
      const key = keyOf(section);
      if (seen.has(key)) warn(line, `section "${title}" appears again: its texts are joined`);
      seen.add(key);
      current = [];
      blocks.push({ section, lines: current });
    },
    (raw, line) => {
      if (current !== null) current.push(raw);
      else if (blocks.length === 0 && preambleLine === 0 && raw.trim() !== '') preambleLine = line;
    },
  );
  if (preambleLine > 0) warn(preambleLine, 'text before the first section heading (## 市況概況 …) is left out');

  const bodies = new Map<string, { section: Section; parts: string[] }>();
  for (const b of blocks) {
    const body = b.lines.join('\n').trim();
    if (body === '') continue;
    const key = keyOf(b.section);
    const entry = bodies.get(key);
    if (entry === undefined) bodies.set(key, { section: b.section, parts: [body] });
    else entry.parts.push(body);
  }
  const out: Commentary = { weeks: new Map() };
  const weeks: [number, string][] = [];
  for (const { section, parts } of bodies.values()) {
    const body = parts.join('\n\n');
    if (section.kind === 'overview') out.overview = body;
    else if (section.kind === 'factorTrends') out.factorTrends = body;
    else if (section.kind === 'factorAttribution') out.factorAttribution = body;
    else weeks.push([section.n, body]);
  }
  weeks.sort((a, b) => a[0] - b[0]);
  for (const [n, body] of weeks) out.weeks.set(n, body);
  return out;
}
