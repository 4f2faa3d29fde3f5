/**
 * commentary/notice-<YYYY-MM>-<id>.md (NOTICE.md "The analysts' text"): level-2 headings name the
 * sections `市況環境`, `運用方針`, `要因`, `他の戦略`, `今後の方針`, `Q&A`. Under 他の戦略 a level-3
 * heading names a strategy id (its 特徴・現状); under Q&A each level-3 heading is a question and the
 * text under it the answer. Same rules as the monthly commentary (commentary.ts): unknown headings
 * and text before the first section are left out with a warning, a repeated section is joined, empty
 * ones are dropped; the text stays raw Markdown (present renders it, inline only).
 * A missing file is a warning (every analysts' section is then to be written).
 */
import type { NoticeCommentary } from '../types.js';
import { scanCommentary } from './commentary.js';
import { LoadContext } from './context.js';
import { decodeText } from './text.js';

export function noticeCommentaryFile(month: string, strategy: string): string {
  return `commentary/notice-${month}-${strategy}.md`;
}

type Key = 'market' | 'policy' | 'factors' | 'others' | 'outlook' | 'qa';

const SECTIONS: Record<string, Key> = {
  市況環境: 'market',
  運用方針: 'policy',
  要因: 'factors',
  他の戦略: 'others',
  今後の方針: 'outlook',
  'Q&A': 'qa',
  'Q＆A': 'qa',
};

const SECTION_LIST = '市況環境, 運用方針, 要因, 他の戦略, 今後の方針, Q&A';

/**
 * The notice's commentary. `strategyIds`: the configured ids (a 他の戦略 heading naming another is
 * a warning and its text is left out).
 */
export function parseNoticeCommentary(
  text: string,
  strategyIds: readonly string[],
  warn: (line: number, message: string) => void,
): NoticeCommentary {
  /** Section key, or `others:<id>` / `qa:<n>` for a sub-block; the raw lines in order. */
  const blocks: { key: string; lines: string[] }[] = [];
  const questions: { title: string; line: number }[] = [];
  const seen = new Set<string>();
  let section: Key | null = null;
  let current: string[] | null = null;
  let preambleLine = 0;
  const open = (key: string) => {
    current = [];
    blocks.push({ key, lines: current });
  };

  scanCommentary(
    text,
    ({ level, title, raw, line }) => {
      if (level === 2) {
        const key = SECTIONS[title];
        if (key === undefined) {
          warn(line, `heading "${raw.trim()}" is not a notice section (${SECTION_LIST}): its text is left out`);
          section = null;
          current = null;
          return;
        }
        if (seen.has(key)) warn(line, `section "${title}" appears again: its texts are joined`);
        seen.add(key);
        section = key;
        open(key);
      } else if (level === 3 && section === 'others') {
        if (strategyIds.includes(title)) open(`others:${title}`);
        else {
          warn(line, `heading "${raw.trim()}" under 他の戦略 is not a strategy id (${strategyIds.join(', ')}): its text is left out`);
          current = null;
        }
      } else if (level === 3 && section === 'qa') {
        if (title !== '') {
          questions.push({ title, line });
          open(`qa:${questions.length - 1}`);
        } else {
          warn(line, 'a question heading under Q&A is empty: its text is left out');
          current = null;
        }
      } else {
        warn(line, `heading "${raw.trim()}" is not a section heading of the notice: the heading line is left out`);
      }
    },
    (raw, line) => {
      if (current !== null) (current as string[]).push(raw);
      else if (blocks.length === 0 && preambleLine === 0 && raw.trim() !== '') preambleLine = line;
    },
  );
  if (preambleLine > 0) warn(preambleLine, 'text before the first section heading (## 市況環境 …) is left out');

  const bodies = new Map<string, string>();
  for (const b of blocks) {
    const body = b.lines.join('\n').trim();
    if (body === '') continue;
    const before = bodies.get(b.key);
    bodies.set(b.key, before === undefined ? body : `${before}\n\n${body}`);
  }
  const out: NoticeCommentary = { strategies: new Map(), qa: [] };
  for (const key of ['market', 'policy', 'factors', 'others', 'outlook'] as const) {
    const body = bodies.get(key);
    if (body !== undefined) out[key] = body;
  }
  for (const id of strategyIds) {
    const body = bodies.get(`others:${id}`);
    if (body !== undefined) out.strategies.set(id, body);
  }
  questions.forEach(({ title, line }, n) => {
    const answer = bodies.get(`qa:${n}`);
    if (answer === undefined) warn(line, `the question "${title}" under Q&A has no answer: it is left out`);
    else out.qa.push({ question: title, answer });
  });
  return out;
}

export interface LoadedNoticeCommentary {
  /** null when the file is absent. */
  commentary: NoticeCommentary | null;
  /** The file's name → SHA-256, when it was read. */
  inputs: Record<string, string>;
  warnings: string[];
}

/**
 * Reads the notice's commentary from the data folder.
 * @throws DataError when the file is there but not readable text.
 */
export async function loadNoticeCommentary(dir: string, month: string, strategy: string, strategyIds: readonly string[]): Promise<LoadedNoticeCommentary> {
  const ctx = new LoadContext(dir);
  const file = noticeCommentaryFile(month, strategy);
  const bytes = await ctx.read(file, false);
  let commentary: NoticeCommentary | null = null;
  if (bytes === null) {
    if (ctx.errorCount === 0) ctx.warn(`${file} is absent: the notice shows （執筆中） where the analysts' text goes`);
  } else {
    const decoded = decodeText(bytes);
    if ('problem' in decoded) ctx.error({ file, line: decoded.line, message: decoded.problem });
    else {
      commentary = parseNoticeCommentary(decoded.text, strategyIds, (line, message) =>
        ctx.warn({ file, line, message }),
      );
    }
  }
  if (ctx.errorCount > 0) throw ctx.dataError();
  return { commentary, inputs: ctx.inputs(), warnings: [...ctx.warnings] };
}
