/**
 * Bytes → text (DATA.md, "Encoding"): UTF-8 when the bytes are valid UTF-8 (a BOM is stripped), else
 * Shift_JIS/CP932 when valid and free of NUL bytes, else a problem naming the encoding trouble.
 * Node's WHATWG `shift_jis` decoder is the CP932 table (NEC/IBM extensions, ～ → U+FF5E).
 */
import { isUtf8 } from 'node:buffer';

export type TextEncoding = 'utf-8' | 'shift_jis';

export type Detected = { encoding: TextEncoding } | { problem: string; line?: number };

/** A data file's text, decoded chunk by chunk (a 70 MB prices.csv never becomes one string). */
export interface TextSource {
  /** Path relative to the data folder. */
  readonly file: string;
  chunks(): AsyncIterable<string> | Iterable<string>;
}

/** Whether the first bytes are a UTF-16 byte order mark. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** A data file's raw bytes, chunk by chunk (hashed by whoever hands them out). */
export interface ByteSource {
  readonly file: string;
  /**
   * Each chunk is valid until the next one is asked for (its buffer may be read into again).
   * @throws UnreadableError when reading fails part-way.
   */
  chunks(): AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

/** Reading a file failed part-way (the pass is void). */
export class UnreadableError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(`${file} cannot be read (${code})`);
  }
}

export const CHUNK = 1 << 20;

export function detectEncoding(bytes: Uint8Array): Detected {
  if (hasUtf16Bom(bytes)) {
    return { problem: `is UTF-16 (byte order mark ${hex(bytes[0]!)} ${hex(bytes[1]!)}): save it as UTF-8 or Shift_JIS (CP932)` };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      problem: 'contains NUL bytes (UTF-16 or binary?): save it as UTF-8 or Shift_JIS (CP932)',
      line: lineAt(bytes, nul),
    };
  }
  if (isUtf8(bytes)) return { encoding: 'utf-8' };
  if (isValidCp932(bytes)) return { encoding: 'shift_jis' };
  const bad = firstInvalidUtf8(bytes);
  return {
    problem: `is neither valid UTF-8 (invalid byte ${hex(bytes[bad] ?? 0)}) nor valid Shift_JIS (CP932)`,
    line: lineAt(bytes, bad),
  };
}

function isValidCp932(bytes: Uint8Array): boolean {
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  try {
    for (let i = 0; i < bytes.length; i += CHUNK) decoder.decode(bytes.subarray(i, i + CHUNK), { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/** Decode in chunks so a large file never becomes one giant string. */
export function* decodeChunks(bytes: Uint8Array, encoding: TextEncoding): Generator<string> {
  // ignoreBOM false (the default): a UTF-8 BOM at the start is stripped.
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const s = decoder.decode(bytes.subarray(i, i + CHUNK), { stream: true });
    if (s.length > 0) yield s;
  }
  const tail = decoder.decode();
  if (tail.length > 0) yield tail;
}

/** The whole text, for small files (config.json, commentary). */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: string; line?: number } {
  const detected = detectEncoding(bytes);
  if ('problem' in detected) return detected;
  return { text: new TextDecoder(detected.encoding, { fatal: true }).decode(bytes) };
}

function hex(b: number): string {
  return '0x' + b.toString(16).toUpperCase().padStart(2, '0');
}

/** 1-based line of a byte offset (LF, CRLF and CR each end a line). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

/** Offset of the first byte that breaks UTF-8 (only called on the error path). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return 0;
}
