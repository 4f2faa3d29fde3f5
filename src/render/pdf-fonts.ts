/**
 * Which fonts a printed PDF really uses, and whether every glyph came from the report font.
 *
 * Chromium never fails when a font is missing: fontconfig hands it whatever it has (DejaVu, or
 * nothing at all), and Japanese text comes out as boxes or in a font without Japanese glyphs, with
 * exit 0. So after printing, the PDF itself is read (in-process, pdf-reader.ts; poppler is not
 * required at run time): every text-showing operator of every page and form XObject is followed to
 * the font it draws with.
 */
import {
  asArray,
  dictGet,
  nameOf,
  PdfDocument,
  PdfReadError,
  PdfRef,
  PdfString,
  scanContent,
  type PdfDict,
  type PdfValue,
} from './pdf-reader.js';
import { RenderError } from '../errors.js';

/**
 * The report font: templates/html/style.css and the charts (present/charts/render.ts) name the family;
 * Chromium embeds its faces under these PostScript names.
 */
export const REPORT_FONT = {
  family: 'BIZ UDPGothic',
  postScriptNames: ['BIZUDPGothic-Regular', 'BIZUDPGothic-Bold'],
  package: 'fonts-morisawa-bizud-gothic',
  install: 'apt-get install fonts-morisawa-bizud-gothic',
} as const;

export interface FontUse {
  /** /BaseFont without the subset tag (`BIZUDPGothic-Regular`); `Type3#<obj>` for unnamed Type 3 fonts. */
  name: string;
  /** `Type0`, `Type3`, `TrueType`, `Type1`… */
  subtype: string;
  /** Glyphs drawn with it. */
  glyphs: number;
  /** Of those, how many were glyph 0 (.notdef: the "tofu" box, or nothing). */
  notdef: number;
  /** The distinct characters it drew, from its ToUnicode map. */
  chars: string[];
  /** The characters of its .notdef glyphs, where the PDF says (ActualText). */
  missing: string[];
}

interface FontInfo {
  use: FontUse;
  twoByte: boolean;
  toUnicode: Map<number, string>;
  chars: Set<string>;
  missing: Set<string>;
}

function stripSubsetTag(name: string): string {
  return name.replace(/^[A-Z]{6}\+/, '');
}

/** bfchar/bfrange of a ToUnicode CMap: code → text. */
function parseToUnicode(text: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(parseInt(m[1]!, 16), utf16(m[2]!));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      if (hi - lo > 0xffff) continue;
      const dst = m[3]!;
      if (dst.startsWith('[')) {
        [...dst.matchAll(/<([0-9a-fA-F]*)>/g)].forEach((d, i) => map.set(lo + i, utf16(d[1]!)));
      } else {
        const base = Buffer.from(dst.slice(1, -1), 'hex');
        for (let c = lo; c <= hi; c++) {
          const b = Buffer.from(base);
          b.writeUInt16BE((b.readUInt16BE(b.length - 2) + (c - lo)) & 0xffff, b.length - 2);
          map.set(c, b.swap16().toString('utf16le'));
        }
      }
    }
  }
  return map;
}

/**
 * Every font the PDF draws text with, with glyph counts.
 * @throws PdfReadError when the PDF is not in a form this reader understands.
 */
export function fontsUsed(pdf: Uint8Array): FontUse[] {
  const doc = new PdfDocument(pdf);
  const fonts = new Map<string, FontInfo>();

  const fontInfo = (ref: PdfValue): FontInfo | undefined => {
    const key = ref instanceof PdfRef ? `${ref.num}` : undefined;
    if (key !== undefined && fonts.has(key)) return fonts.get(key);
    const dict = doc.resolve(ref);
    if (!(dict instanceof Map)) return undefined;
    const subtype = nameOf(dictGet(dict, 'Subtype')) ?? '?';
    const base = nameOf(doc.resolve(dictGet(dict, 'BaseFont')));
    const toUnicodeRef = dictGet(dict, 'ToUnicode');
    let toUnicode = new Map<number, string>();
    if (toUnicodeRef instanceof PdfRef) {
      const stream = doc.get(toUnicodeRef.num)?.stream;
      if (stream) toUnicode = parseToUnicode(stream().toString('latin1'));
    }
    const info: FontInfo = {
      use: { name: base ? stripSubsetTag(base) : `${subtype}#${key ?? '?'}`, subtype, glyphs: 0, notdef: 0, chars: [], missing: [] },
      // Chromium writes TrueType as Type0 with Identity-H: two bytes per glyph id.
      twoByte: subtype === 'Type0',
      toUnicode,
      chars: new Set(),
      missing: new Set(),
    };
    fonts.set(key ?? `direct${fonts.size}`, info);
    return info;
  };

  const visited = new Set<number>();
  const walk = (content: Buffer, resources: PdfValue | undefined): void => {
    const res = doc.resolve(resources);
    const fontRes = doc.resolve(dictGet(res, 'Font'));
    const xobjects = doc.resolve(dictGet(res, 'XObject'));
    const actualText: (string | undefined)[] = [];
    let font: FontInfo | undefined;
    const show = (s: PdfString): void => {
      if (!font) throw new PdfReadError('text shown before any Tf');
      const step = font.twoByte ? 2 : 1;
      for (let i = 0; i + step <= s.bytes.length; i += step) {
        const code = step === 2 ? (s.bytes.charCodeAt(i) << 8) | s.bytes.charCodeAt(i + 1) : s.bytes.charCodeAt(i);
        font.use.glyphs++;
        if (font.twoByte && code === 0) {
          font.use.notdef++;
          const alt = actualText.findLast((t) => t !== undefined);
          if (alt) font.missing.add(alt);
          continue;
        }
        const ch = font.toUnicode.get(code);
        if (ch) font.chars.add(ch);
      }
    };
    scanContent(content.toString('latin1'), (op, operands) => {
      const last = operands[operands.length - 1];
      switch (op) {
        case 'Tf': {
          const name = nameOf(operands[operands.length - 2]);
          const ref = name === undefined ? undefined : dictGet(fontRes, name);
          font = ref === undefined ? undefined : fontInfo(ref);
          if (!font) throw new PdfReadError(`font resource /${String(name)} not found`);
          break;
        }
        case 'Tj':
        case "'":
        case '"':
          if (last instanceof PdfString) show(last);
          break;
        case 'TJ':
          if (Array.isArray(last)) for (const s of last) if (s instanceof PdfString) show(s);
          break;
        case 'BDC': {
          const alt = dictGet(last, 'ActualText');
          actualText.push(alt instanceof PdfString ? decodeTextString(alt.bytes) : undefined);
          break;
        }
        case 'BMC':
          actualText.push(undefined);
          break;
        case 'EMC':
          actualText.pop();
          break;
        case 'Do': {
          const name = nameOf(last);
          const ref = name === undefined ? undefined : dictGet(xobjects, name);
          if (ref instanceof PdfRef && !visited.has(ref.num)) {
            visited.add(ref.num);
            const xo = doc.get(ref.num);
            if (xo?.stream && nameOf(dictGet(xo.value, 'Subtype')) === 'Form') walk(xo.stream(), dictGet(xo.value, 'Resources') ?? resources);
          }
          break;
        }
        default:
          break;
      }
    });
  };

  const inherited = (page: PdfDict, key: string): PdfValue | undefined => {
    let node: PdfValue | undefined = page;
    for (let depth = 0; node instanceof Map && depth < 64; depth++) {
      const v = node.get(key);
      if (v !== undefined) return v;
      node = doc.resolve(node.get('Parent'));
    }
    return undefined;
  };

  const pages = doc.pages();
  for (const page of pages) {
    // /Contents is one stream or an array of streams; either may be an indirect reference.
    const contents = doc.resolve(page.get('Contents'));
    const data = (Array.isArray(contents) ? contents : asArray(page.get('Contents')))
      .filter((p): p is PdfRef => p instanceof PdfRef)
      .map((p) => doc.get(p.num)?.stream?.() ?? Buffer.alloc(0));
    walk(Buffer.concat(data.flatMap((d) => [d, Buffer.from('\n')])), inherited(page, 'Resources'));
  }
  if (pages.length === 0) throw new PdfReadError('no pages');
  return [...fonts.values()].map((f) => ({ ...f.use, chars: [...f.chars], missing: [...f.missing] }));
}

/** A PDF text string: UTF-16BE with a BOM, else (close enough for this purpose) latin1. */
function decodeTextString(bytes: string): string {
  if (bytes.startsWith('\xfe\xff')) return Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le');
  return bytes;
}

function describeChars(chars: readonly string[], max = 10): string {
  const shown = chars.slice(0, max).map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
  return shown.join(', ') + (chars.length > max ? ` and ${chars.length - max} more` : '');
}

const INSTALL_HINT =
  `The report font ${REPORT_FONT.family} is in the Debian package ${REPORT_FONT.package}; install it with:\n` +
  `  ${REPORT_FONT.install}\n(fontconfig must see it: fc-list | grep '${REPORT_FONT.family}')`;

/**
 * The characters of an HTML document's text, roughly (tags, comments, <style> dropped, entities decoded):
 * enough to name the characters behind .notdef glyphs that the PDF itself does not identify.
 */
export function htmlTextChars(html: string): Set<string> {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_m, e: string) => {
      const k = e.toLowerCase();
      if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
      if (k.startsWith('#')) return String.fromCodePoint(Number(k.slice(1)));
      return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[k] ?? '';
    });
  return new Set([...text].filter((c) => !/\s/u.test(c)));
}

/**
 * Fails unless every glyph of the PDF was drawn from the report font. `html`, the page that was
 * printed, lets the message name characters that came out as boxes without the PDF saying which.
 * @throws RenderError (exit 3) naming the font package and the install command when the report font
 *   is not embedded, another font was used, or a glyph came out as .notdef.
 */
export function verifyReportFonts(pdf: Uint8Array, html?: string): void {
  let fonts: FontUse[];
  try {
    fonts = fontsUsed(pdf);
  } catch (e) {
    if (!(e instanceof PdfReadError)) throw e;
    throw new RenderError(`PDF: cannot check its fonts (${e.message}); the PDF is not written`);
  }
  const ours = (f: FontUse) => f.subtype === 'Type0' && (REPORT_FONT.postScriptNames as readonly string[]).includes(f.name);
  const drawn = fonts.filter((f) => f.glyphs > 0);
  const others = drawn.filter((f) => !ours(f));
  if (!drawn.some(ours)) {
    const used = others.length === 0 ? 'no font at all' : others.map((f) => f.name).join(', ');
    throw new RenderError(
      `PDF: the Japanese font ${REPORT_FONT.family} is not embedded (Chromium drew the text with ${used}); ` +
        `Japanese text would print as boxes or not at all.\n${INSTALL_HINT}`,
    );
  }
  const problems: string[] = [];
  for (const f of others) {
    const what = f.subtype === 'Type3' ? 'as Type 3 outlines (a synthesized or fallback face)' : `with the fallback font ${f.name}`;
    problems.push(`${f.glyphs} glyph(s) drawn ${what}${f.chars.length > 0 ? `: ${describeChars(f.chars)}` : ''}`);
  }
  // Characters of the page that no font drew: those behind .notdef glyphs the PDF does not label.
  const drawnChars = new Set(drawn.flatMap((f) => f.chars));
  const unlabelled = html === undefined ? [] : [...htmlTextChars(html)].filter((c) => !drawnChars.has(c));
  for (const f of drawn.filter((x) => x.notdef > 0)) {
    const chars = [...new Set([...f.missing, ...unlabelled])];
    problems.push(`${f.notdef} glyph(s) missing from ${f.name} (printed as a box)${chars.length > 0 ? `: ${describeChars(chars)}` : ''}`);
  }
  if (problems.length > 0) {
    throw new RenderError(
      `PDF: not every character is in the Japanese font ${REPORT_FONT.family}:\n  ${problems.join('\n  ')}\n` +
        `Replace characters the font lacks in the data or templates, or, if the font is incomplete, reinstall it.\n${INSTALL_HINT}`,
    );
  }
}
