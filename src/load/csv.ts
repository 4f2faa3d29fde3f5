/**
 * CSV reading (DATA.md, "Common CSV rules"): RFC 4180 quoting, LF / CRLF / CR line endings, a header
 * row matched after trimming, blank lines skipped, every field trimmed, and the physical line on which
 * each record STARTS (header = 1, blank lines and newlines inside quoted fields counted).
 *
 * The parser is hand-written rather than csv-parse: csv-parse's `info.lines` is the line where a record
 * ends and counts a CRLF inside a quoted field as two lines, so start lines drift; and on a 2.4M-row
 * prices.csv it takes ~10 s (~20 s with `info`) where this takes ~1 s. It is streamed: text goes in as
 * chunks, each record is handed to a callback and dropped.
 */
import type { LoadContext } from './context.js';
import { Buffer, isUtf8 } from 'node:buffer';
import type { ByteSource, TextSource } from './text.js';

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** Line breaks in a string: CRLF, LF and a lone CR count one each. */
export function countLineBreaks(s: string): number {
  if (s.indexOf('\n') === -1 && s.indexOf('\r') === -1) return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF) n++;
    else if (c === CR) {
      n++;
      if (s.charCodeAt(i + 1) === LF) i++;
    }
  }
  return n;
}

/**
 * Streaming RFC 4180 parser. `push` text chunks, then `end`. Records come out with fields trimmed;
 * blank records (only empty fields, e.g. an empty line or `,,,`) are skipped but their lines counted.
 */
export class CsvParser {
  private rest = '';
  private stopped = false;

  constructor(
    private readonly onRecord: (fields: string[], line: number) => void,
    private readonly onError: (line: number, message: string) => void,
    /** The physical line the first text pushed starts on. */
    private line = 1,
  ) {}

  push(chunk: string): void {
    if (this.stopped) return;
    this.parse(this.rest.length === 0 ? chunk : this.rest + chunk, false);
  }

  end(): void {
    if (this.stopped) return;
    this.parse(this.rest, true);
    this.rest = '';
  }

  private parse(text: string, final: boolean): void {
    const n = text.length;
    let i = 0;
    let line = this.line;
    while (i < n) {
      const recStart = i;
      const recLine = line;
      const fields: string[] = [];
      let breaks = 0;
      let error: string | null = null;
      let incomplete = false;

      fields: for (;;) {
        let j = i;
        let c = 0;
        while (j < n && ((c = text.charCodeAt(j)) === SPACE || c === TAB)) j++;
        if (j < n && c === QUOTE) {
          // Quoted field: up to the quote not followed by another quote.
          let k = j + 1;
          let seg = k;
          let value = '';
          for (;;) {
            const q = text.indexOf('"', k);
            if (q === -1 || (q + 1 >= n && !final)) {
              if (!final) {
                incomplete = true;
                break fields;
              }
              this.onError(recLine, 'a quoted field is never closed (missing closing ")');
              this.stopped = true;
              this.rest = '';
              return;
            }
            if (text.charCodeAt(q + 1) === QUOTE) {
              value += text.slice(seg, q + 1);
              k = q + 2;
              seg = k;
              continue;
            }
            value += text.slice(seg, q);
            k = q + 1;
            break;
          }
          breaks += countLineBreaks(value);
          while (k < n && ((c = text.charCodeAt(k)) === SPACE || c === TAB)) k++;
          if (k >= n) {
            if (!final) {
              incomplete = true;
              break fields;
            }
            fields.push(value);
            i = k;
            break fields;
          }
          c = text.charCodeAt(k);
          if (c === COMMA) {
            fields.push(value);
            i = k + 1;
            continue;
          }
          if (c === LF || c === CR) {
            fields.push(value);
            i = k;
            break fields;
          }
          error = `unexpected text after the closing quote of field ${fields.length + 1} (a quote inside a quoted field is written "")`;
          // Resynchronise at the end of this physical line.
          while (k < n && (c = text.charCodeAt(k)) !== LF && c !== CR) k++;
          if (k >= n && !final) {
            incomplete = true;
            break fields;
          }
          i = k;
          break fields;
        } else {
          let k = j;
          while (k < n && (c = text.charCodeAt(k)) !== COMMA && c !== LF && c !== CR) k++;
          if (k >= n && !final) {
            incomplete = true;
            break fields;
          }
          fields.push(text.slice(j, k));
          if (k < n && c === COMMA) {
            i = k + 1;
            continue;
          }
          i = k;
          break fields;
        }
      }

      if (!incomplete && i < n) {
        // The record's line break.
        if (text.charCodeAt(i) === CR) {
          if (i + 1 < n) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
          else if (final) i += 1;
          else incomplete = true;
        } else {
          i += 1;
        }
        breaks++;
      }
      if (incomplete) {
        this.rest = text.slice(recStart);
        this.line = recLine;
        return;
      }
      line = recLine + breaks;
      if (error !== null) {
        this.onError(recLine, error);
        continue;
      }
      let blank = true;
      for (let f = 0; f < fields.length; f++) {
        let v = fields[f] as string;
        const last = v.length - 1;
        // trim() only when an end is not plain ASCII (it is hot; JS whitespace is <= 32 or non-ASCII).
        if (last >= 0 && (v.charCodeAt(0) <= 32 || v.charCodeAt(0) >= 127 || v.charCodeAt(last) <= 32 || v.charCodeAt(last) >= 127)) {
          v = v.trim();
          fields[f] = v;
        }
        if (v.length > 0) blank = false;
      }
      if (blank) continue;
      this.onRecord(fields, recLine);
      if (this.stopped) return;
    }
    this.rest = '';
    this.line = line;
  }

  /** Stop parsing: later chunks are ignored. */
  stop(): void {
    this.stopped = true;
  }
}

/** Column name → field index; -1 for an optional column the file lacks. */
export type Columns<K extends string> = Record<K, number>;

export interface CsvSpec<R extends string, O extends string> {
  required: readonly R[];
  optional?: readonly O[];
}

/** What a reader does with each record: the header check, the width check, then `onRow`. */
class RecordSink<R extends string, O extends string> {
  cols: Columns<R | O> | null = null;
  width = 0;
  ok = true;

  constructor(
    private readonly ctx: LoadContext,
    private readonly file: string,
    private readonly spec: CsvSpec<R, O>,
    private readonly onRow: (fields: string[], line: number, cols: Columns<R | O>) => void,
  ) {}

  /** Returns false when the header is unusable (reading stops). */
  record(fields: string[], line: number): boolean {
    if (this.cols === null) {
      const header = checkHeader(this.ctx, this.file, fields, line, this.spec);
      if (header === null) {
        this.ok = false;
        return false;
      }
      this.cols = header;
      this.width = fields.length;
      return true;
    }
    if (fields.length !== this.width) {
      let extraEmpty = fields.length > this.width;
      for (let f = this.width; extraEmpty && f < fields.length; f++) if (fields[f] !== '') extraEmpty = false;
      if (!extraEmpty) {
        this.ctx.error({ file: this.file, line, message: `has ${fields.length} fields, the header has ${this.width}` });
        return true;
      }
    }
    this.onRow(fields, line, this.cols);
    return true;
  }

  /** True when the file was read as a table (a header, and a usable one). */
  finish(): boolean {
    if (this.ok && this.cols === null) {
      this.ctx.error({ file: this.file, message: 'is empty: the header row is missing' });
      return false;
    }
    return this.ok;
  }
}

/**
 * Read one CSV file: check its header, and hand each data record to `onRow` with the column indexes.
 * Returns false when the file could not be read as a table at all (empty, a required column
 * missing); row-level problems are the caller's to report.
 */
export async function readCsv<R extends string, O extends string = never>(
  ctx: LoadContext,
  source: TextSource,
  spec: CsvSpec<R, O>,
  onRow: (fields: string[], line: number, cols: Columns<R | O>) => void,
): Promise<boolean> {
  const sink = new RecordSink(ctx, source.file, spec, onRow);
  const parser = new CsvParser(
    (fields, line) => {
      if (!sink.record(fields, line)) parser.stop();
    },
    (line, message) => ctx.error({ file: source.file, line, message }),
  );
  for await (const chunk of source.chunks()) {
    if (!sink.ok) break;
    parser.push(chunk);
  }
  parser.end();
  return sink.finish();
}

/**
 * A row the caller may take straight from the bytes: the line starting at `bytes[start]`, which the
 * hook reads field by field up to its end, an LF or a CRLF. The hook returns the offset of that LF
 * when it handled the row, or -1 to hand the row to the text path (decoded, split at commas, trimmed,
 * `onRow`). It must decline a row whose line does not end before `limit`: what lies before `limit`
 * holds no quote and no lone CR, and is valid UTF-8; anything else (spaces, the wrong number of
 * fields) is the hook's to check. Finding the line's end in the same walk as its fields spares a
 * second scan of every byte.
 */
export type FastRow<K extends string> = (bytes: Uint8Array, start: number, limit: number, line: number, cols: Columns<K>, width: number) => number;

/** The file turned out not to be UTF-8 (or to hold NUL bytes, or a UTF-16 BOM): read it another way. */
export const NOT_UTF8 = Symbol('not UTF-8');

/**
 * readCsv on raw bytes, in one pass, for the universe-sized files. Lines are cut at LF (a CR before it
 * is dropped); each data line goes to `fast` first, which may handle it on its bytes alone. A line it
 * declines is decoded as UTF-8 and split at commas (every field trimmed): exactly what the RFC 4180
 * parser makes of a line without quotes or lone CRs. From the first line with a quote or a lone CR on,
 * the rest of the file goes to CsvParser itself (quoted fields may span lines), so start lines,
 * records and errors are those of readCsv. Returns NOT_UTF8 as soon as the bytes are not valid UTF-8
 * or hold a NUL byte: what was reported by then must be forgotten and the file read by readCsv on a
 * decoded source (Shift_JIS, or the encoding problem).
 */
export async function readCsvBytes<R extends string, O extends string = never>(
  ctx: LoadContext,
  source: ByteSource,
  spec: CsvSpec<R, O>,
  onRow: (fields: string[], line: number, cols: Columns<R | O>) => void,
  fast: FastRow<R | O>,
): Promise<boolean | typeof NOT_UTF8> {
  const file = source.file;
  const sink = new RecordSink(ctx, file, spec, onRow);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let parser: CsvParser | null = null; // once a quote or a lone CR is seen
  let rest: Uint8Array | null = null; // a line cut by the chunk's end
  let line = 1;
  let first = true;

  /** The text path for one line without quotes or lone CRs. */
  const slowLine = (view: Buffer, start: number, end: number): void => {
    // The bytes were checked to be UTF-8 (lines): Buffer's decoder, without a TextDecoder's cost per call.
    const fields = view.toString('utf8', start, end).split(',');
    let blank = true;
    for (let f = 0; f < fields.length; f++) {
      const v = fields[f]!.trim();
      fields[f] = v;
      if (v.length > 0) blank = false;
    }
    if (!blank) sink.record(fields, line);
  };

  const toParser = (bytes: Uint8Array, from: number): CsvParser => {
    const p = new CsvParser(
      (fields, at) => {
        if (!sink.record(fields, at)) p.stop();
      },
      (at, message) => ctx.error({ file, line: at, message }),
      line,
    );
    p.push(utf8.decode(bytes.subarray(from), { stream: true }));
    return p;
  };

  /**
   * The whole lines of `bytes[0, stop)` (stop: just after an LF, or the end of the file). A line from
   * `special` on (the first quote or lone CR) and all after it go to the parser.
   */
  const lines = (bytes: Uint8Array, stop: number): void => {
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, stop);
    if (!isUtf8(view)) throw new TypeError('not UTF-8');
    const special = firstSpecial(view, stop);
    let i = 0;
    while (i < stop) {
      const cols = sink.cols;
      if (cols !== null && i < special) {
        const lf = fast(bytes, i, special, line, cols, sink.width);
        if (lf >= 0) {
          line++;
          i = lf + 1;
          continue;
        }
      }
      let lf = bytes.indexOf(LF, i);
      if (lf === -1 || lf >= stop) lf = stop; // the file's last line, without a line break
      if (special < lf) {
        parser = toParser(bytes, i);
        return;
      }
      slowLine(view, i, lf > i && bytes[lf - 1] === CR ? lf - 1 : lf);
      if (!sink.ok) return;
      line++;
      i = lf + 1;
    }
  };

  try {
    for await (let chunk of source.chunks()) {
      if (chunk.indexOf(0) !== -1) return NOT_UTF8;
      if (first) {
        first = false;
        if (hasUtf16BomBytes(chunk)) return NOT_UTF8;
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      }
      if (!sink.ok || parser !== null) {
        // Once in the parser, or once the header failed (the bytes are still checked to the end).
        const text = utf8.decode(chunk, { stream: true });
        if (sink.ok) (parser as unknown as CsvParser).push(text);
        continue;
      }
      // One kind of array for the hot loops (a Buffer and a plain Uint8Array would make them polymorphic).
      let bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
      if (rest !== null) {
        const joined = new Uint8Array(rest.length + chunk.length);
        joined.set(rest);
        joined.set(chunk, rest.length);
        bytes = joined;
        rest = null;
      }
      const stop = bytes.lastIndexOf(LF) + 1;
      if (stop > 0) lines(bytes, stop);
      if (!sink.ok) utf8.decode(bytes.subarray(stop), { stream: true }); // the header failed: still checked, to the end
      else if (parser === null && stop < bytes.length) rest = bytes.slice(stop);
    }
    if (sink.ok && parser === null && rest !== null) lines(rest, rest.length);
    const tail = utf8.decode(); // end of input: a cut multi-byte character throws
    if (sink.ok && parser !== null) {
      const p = parser as unknown as CsvParser;
      if (tail.length > 0) p.push(tail);
      p.end();
    }
  } catch (e) {
    if (e instanceof TypeError) return NOT_UTF8; // the decoder met bytes that are not UTF-8
    throw e;
  }
  return sink.finish();
}

/**
 * Offset of the first quote or lone CR (one not before an LF) in `buf[0, stop)`; `stop` if none.
 * (Buffer's indexOf is memchr; a Uint8Array's is a loop several times slower.)
 */
function firstSpecial(buf: Buffer, stop: number): number {
  let q = buf.indexOf(QUOTE);
  if (q === -1) q = stop;
  let cr = buf.indexOf(CR);
  while (cr !== -1 && cr < q && buf[cr + 1] === LF) cr = buf.indexOf(CR, cr + 2);
  return cr !== -1 && cr < q ? cr : q;
}

function hasUtf16BomBytes(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

function checkHeader<R extends string, O extends string>(
  ctx: LoadContext,
  file: string,
  names: readonly string[],
  line: number,
  spec: CsvSpec<R, O>,
): Columns<R | O> | null {
  const index = new Map<string, number>();
  let ok = true;
  names.forEach((name, i) => {
    if (name === '') return;
    if (index.has(name)) {
      ctx.error({ file, line, column: name, message: 'appears twice in the header' });
      ok = false;
    } else index.set(name, i);
  });
  const cols = {} as Record<string, number>;
  for (const name of spec.required) {
    const i = index.get(name);
    if (i === undefined) {
      ctx.error({ file, line, column: name, message: 'required column is missing from the header' });
      ok = false;
    } else cols[name] = i;
  }
  for (const name of spec.optional ?? []) cols[name] = index.get(name) ?? -1;
  return ok ? (cols as Columns<R | O>) : null;
}
