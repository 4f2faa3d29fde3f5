/**
 * Just enough of a PDF reader to see which fonts a PDF uses and which glyphs it draws with them:
 * the classic xref table, the object syntax and Flate streams. Chromium (Skia)
 * writes exactly that (rendering-notes.md §4: no object streams, no xref stream), so this reads its
 * output without poppler, which a user's machine may lack.
 *
 * Not a general PDF library: encryption, xref streams, incremental updates beyond the last xref
 * and filters other than Flate are out of scope; whatever is not understood throws PdfReadError, so
 * a check built on this fails closed instead of passing a PDF it could not read.
 */
import { inflateSync } from 'node:zlib';

export class PdfReadError extends Error {}

export class PdfName {
  constructor(readonly name: string) {}
}
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
/** A string's bytes, as latin1 characters (one char per byte). */
export class PdfString {
  constructor(
    readonly bytes: string,
    readonly hex: boolean,
  ) {}
}
/** An operator or keyword in a content stream (`Tj`, `BT`…). */
export class PdfOperator {
  constructor(readonly op: string) {}
}
export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfString | PdfOperator | PdfValue[] | PdfDict;
export type PdfDict = Map<string, PdfValue>;

export interface PdfObject {
  value: PdfValue;
  /** The decoded stream data, when the object is a stream. */
  stream?: () => Buffer;
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

/** A tokenizer and parser over latin1 text, for object bodies and content streams alike. */
export class PdfLexer {
  pos: number;
  constructor(
    readonly text: string,
    start = 0,
  ) {
    this.pos = start;
  }

  private skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (WHITESPACE.has(c)) this.pos++;
      else if (c === 0x25 /* % */) {
        while (this.pos < t.length && t[this.pos] !== '\n' && t[this.pos] !== '\r') this.pos++;
      } else break;
    }
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.text.length;
  }

  private regular(): string {
    const t = this.text;
    const start = this.pos;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (WHITESPACE.has(c) || DELIMITERS.has(c)) break;
      this.pos++;
    }
    return t.slice(start, this.pos);
  }

  private literalString(): PdfString {
    const t = this.text;
    let depth = 1;
    let out = '';
    this.pos++; // (
    while (this.pos < t.length) {
      const ch = t[this.pos++]!;
      if (ch === '\\') {
        const n = t[this.pos++] ?? '';
        const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
        if (n in simple) out += simple[n];
        else if (/[0-7]/.test(n)) {
          let oct = n;
          while (oct.length < 3 && /[0-7]/.test(t[this.pos] ?? '')) oct += t[this.pos++];
          out += String.fromCharCode(parseInt(oct, 8) & 0xff);
        } else if (n === '\r') {
          if (t[this.pos] === '\n') this.pos++;
        } else if (n !== '\n') out += n;
      } else if (ch === '(') {
        depth++;
        out += ch;
      } else if (ch === ')') {
        if (--depth === 0) return new PdfString(out, false);
        out += ch;
      } else out += ch;
    }
    throw new PdfReadError('unterminated string');
  }

  /** The next value; `>>` and `]` come back as operators so the callers can close dicts and arrays. */
  next(): PdfValue {
    this.skipSpace();
    const t = this.text;
    if (this.pos >= t.length) throw new PdfReadError('unexpected end of data');
    const c = t[this.pos]!;
    if (c === '/') {
      this.pos++;
      return new PdfName(this.regular().replace(/#([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))));
    }
    if (c === '(') return this.literalString();
    if (c === '<') {
      if (t[this.pos + 1] === '<') {
        this.pos += 2;
        const dict: PdfDict = new Map();
        for (;;) {
          const key = this.next();
          if (key instanceof PdfOperator && key.op === '>>') return dict;
          if (!(key instanceof PdfName)) throw new PdfReadError('dictionary key is not a name');
          dict.set(key.name, this.nextComplete());
        }
      }
      const end = t.indexOf('>', this.pos);
      if (end < 0) throw new PdfReadError('unterminated hex string');
      const from = this.pos + 1;
      this.pos = end + 1;
      return new PdfString(hexBytes(t, from, end), true);
    }
    if (c === '>' && t[this.pos + 1] === '>') {
      this.pos += 2;
      return new PdfOperator('>>');
    }
    if (c === '[') {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        const v = this.nextComplete(true);
        if (v instanceof PdfOperator && v.op === ']') return items;
        items.push(v);
      }
    }
    if (c === ']') {
      this.pos++;
      return new PdfOperator(']');
    }
    if (c === '{' || c === '}') {
      this.pos++;
      return new PdfOperator(c);
    }
    const word = this.regular();
    if (word === '') {
      this.pos++;
      return new PdfOperator(c);
    }
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return Number(word);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return new PdfOperator(word);
  }

  /** Like next(), but folds `N G R` into a reference (inside object bodies, not content streams). */
  nextComplete(inArray = false): PdfValue {
    const v = this.next();
    if (typeof v === 'number' && Number.isInteger(v)) {
      const save = this.pos;
      try {
        const g = this.next();
        if (typeof g === 'number' && Number.isInteger(g)) {
          const r = this.next();
          if (r instanceof PdfOperator && r.op === 'R') return new PdfRef(v, g);
        }
      } catch {
        // end of data: a plain number
      }
      this.pos = save;
    }
    if (v instanceof PdfOperator && v.op === ']' && !inArray) throw new PdfReadError('unexpected ]');
    return v;
  }
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** The bytes of the hex digits in text[from, to), whitespace skipped, an odd last digit padded with 0. */
function hexBytes(text: string, from: number, to: number): string {
  const codes: number[] = [];
  let high = -1;
  for (let i = from; i < to; i++) {
    const v = hexValue(text.charCodeAt(i));
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      codes.push((high << 4) | v);
      high = -1;
    }
  }
  if (high >= 0) codes.push(high << 4);
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}

export function asArray(value: PdfValue | undefined): PdfValue[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

export function dictGet(dict: PdfValue | undefined, key: string): PdfValue | undefined {
  return dict instanceof Map ? dict.get(key) : undefined;
}

export function nameOf(value: PdfValue | undefined): string | undefined {
  return value instanceof PdfName ? value.name : undefined;
}

/** A parsed PDF: objects by number, resolved lazily. */
export class PdfDocument {
  private readonly text: string;
  private readonly offsets = new Map<number, number>();
  private readonly cache = new Map<number, PdfObject>();
  readonly trailer: PdfDict;

  constructor(bytes: Uint8Array) {
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (!this.text.startsWith('%PDF-')) throw new PdfReadError('not a PDF (no %PDF- header)');
    const sx = this.text.lastIndexOf('startxref');
    if (sx < 0) throw new PdfReadError('no startxref');
    const xrefAt = Number(/startxref\s+(\d+)/.exec(this.text.slice(sx, sx + 40))?.[1]);
    if (!this.text.startsWith('xref', xrefAt)) throw new PdfReadError('no classic xref table (xref streams are not supported)');
    this.trailer = this.readXref(xrefAt);
    if (this.trailer.has('Encrypt')) throw new PdfReadError('encrypted PDF');
    // A classic table cannot point into object streams; a hybrid file's /XRefStm could.
    if (this.trailer.has('XRefStm')) throw new PdfReadError('hybrid xref (object streams) is not supported');
  }

  private readXref(at: number): PdfDict {
    const lines = this.text.slice(at, this.text.indexOf('trailer', at)).split(/\r\n|\r|\n/);
    let next = 0;
    for (const line of lines.slice(1)) {
      const m = /^(\d+) (\d+)\s*$/.exec(line.trim());
      if (m) {
        next = Number(m[1]);
        continue;
      }
      const e = /^(\d{10}) (\d{5}) ([nf])/.exec(line.trim());
      if (e) {
        if (e[3] === 'n' && !this.offsets.has(next)) this.offsets.set(next, Number(e[1]));
        next++;
      }
    }
    const lexer = new PdfLexer(this.text, this.text.indexOf('trailer', at) + 'trailer'.length);
    const trailer = lexer.next();
    if (!(trailer instanceof Map)) throw new PdfReadError('no trailer dictionary');
    return trailer;
  }

  /** The page dictionaries, in order, from the catalog's page tree. */
  pages(): PdfDict[] {
    const pages: PdfDict[] = [];
    const seen = new Set<PdfValue>();
    const visit = (node: PdfValue | undefined, depth: number): void => {
      const dict = this.resolve(node);
      if (!(dict instanceof Map) || seen.has(dict) || depth > 64) return;
      seen.add(dict);
      if (nameOf(dict.get('Type')) === 'Page') pages.push(dict);
      else for (const kid of asArray(this.resolve(dict.get('Kids')))) visit(kid, depth + 1);
    };
    visit(dictGet(this.resolve(this.trailer.get('Root')), 'Pages'), 0);
    return pages;
  }

  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return value instanceof PdfRef ? this.get(value.num)?.value : value;
  }

  get(num: number): PdfObject | undefined {
    const cached = this.cache.get(num);
    if (cached) return cached;
    const offset = this.offsets.get(num);
    const obj = offset === undefined ? undefined : this.readAt(offset);
    if (obj) this.cache.set(num, obj);
    return obj;
  }

  private readAt(offset: number): PdfObject {
    const lexer = new PdfLexer(this.text, offset);
    lexer.next(); // number
    lexer.next(); // generation
    const kw = lexer.next();
    if (!(kw instanceof PdfOperator) || kw.op !== 'obj') throw new PdfReadError(`no object at offset ${offset}`);
    const value = lexer.nextComplete();
    const after = new PdfLexer(this.text, lexer.pos);
    const kw2 = after.next();
    if (!(kw2 instanceof PdfOperator) || kw2.op !== 'stream' || !(value instanceof Map)) return { value };
    let start = after.pos;
    if (this.text[start] === '\r') start++;
    if (this.text[start] === '\n') start++;
    return { value, stream: () => this.decode(value, start) };
  }

  private decode(dict: PdfDict, start: number): Buffer {
    const length = this.resolve(dict.get('Length'));
    if (typeof length !== 'number') throw new PdfReadError('stream without a /Length');
    const raw = Buffer.from(this.text.slice(start, start + length), 'latin1');
    const filter = this.resolve(dict.get('Filter'));
    const filters = Array.isArray(filter) ? filter.map(nameOf) : filter === undefined ? [] : [nameOf(filter)];
    let data = raw;
    for (const f of filters) {
      if (f !== 'FlateDecode') throw new PdfReadError(`unsupported stream filter ${String(f)}`);
      if (dictGet(dict, 'DecodeParms') !== undefined) throw new PdfReadError('unsupported /DecodeParms');
      data = inflateSync(data);
    }
    return data;
  }
}

const IS_SPACE = new Uint8Array(256);
for (const c of WHITESPACE) IS_SPACE[c] = 1;
const IS_DELIM = new Uint8Array(256);
for (const c of DELIMITERS) IS_DELIM[c] = 1;

/**
 * Calls `onOperator(op, operands)` for every operator of a content stream. Much faster than
 * PdfLexer on the large path data of charts and tables: numbers are skipped, not parsed (they come
 * through as 0), and the operand array is reused between calls.
 */
export function scanContent(content: string, onOperator: (op: string, operands: readonly PdfValue[]) => void): void {
  const lexer = new PdfLexer(content);
  const n = content.length;
  const operands: PdfValue[] = [];
  const arrays: number[] = [];
  let i = 0;
  while (i < n) {
    const c = content.charCodeAt(i);
    if (IS_SPACE[c]) {
      i++;
    } else if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0x2b) {
      i++;
      while (i < n) {
        const d = content.charCodeAt(i);
        if ((d >= 0x30 && d <= 0x39) || d === 0x2e) i++;
        else break;
      }
      operands.push(0);
    } else if (c === 0x5b /* [ */) {
      arrays.push(operands.length);
      i++;
    } else if (c === 0x5d /* ] */) {
      const start = arrays.pop() ?? 0;
      operands.push(operands.splice(start));
      i++;
    } else if (c === 0x25 /* % */) {
      while (i < n && content[i] !== '\n' && content[i] !== '\r') i++;
    } else if (c === 0x2f /* / */ || c === 0x28 /* ( */ || c === 0x3c /* < */) {
      lexer.pos = i;
      operands.push(lexer.next());
      i = lexer.pos;
    } else {
      const start = i;
      while (i < n && !IS_SPACE[content.charCodeAt(i)] && !IS_DELIM[content.charCodeAt(i)]) i++;
      if (i === start) i++; // a stray delimiter: `>`, `{`, `}`
      const op = content.slice(start, i);
      if (op === 'BI') {
        // Inline image data is binary: skip to EI.
        const end = content.indexOf('EI', i);
        i = end < 0 ? n : end + 2;
      }
      if (arrays.length === 0) {
        onOperator(op, operands);
        operands.length = 0;
      }
    }
  }
}
