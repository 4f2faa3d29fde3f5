/** DATA.md, "Encoding": UTF-8 (BOM stripped) or Shift_JIS/CP932; anything else is an error. */
import { describe, expect, it } from 'vitest';
import { decodeChunks, detectEncoding } from '../../src/load/text.js';
import { DataError, formatIssue } from '../../src/errors.js';
import { appendLines, filesWith, lineOf, load, replaceLine, securitiesCsv, theProblem } from './fixture.js';

/** A few Shift_JIS (CP932) characters, by hand: Node has no Shift_JIS encoder. */
const SJIS: Record<string, number[]> = {
  ア: [0x83, 0x41],
  イ: [0x83, 0x43],
  ウ: [0x83, 0x45],
  ソ: [0x83, 0x5c], // second byte is ASCII "\"
  表: [0x95, 0x5c],
  株: [0x8a, 0x94],
  式: [0x8e, 0xae],
  会: [0x89, 0xef],
  社: [0x8e, 0xd0],
  金: [0x8b, 0xe0],
  融: [0x97, 0x5a],
  情: [0x8f, 0xee],
  報: [0x95, 0xf1],
  '～': [0x81, 0x60], // CP932: U+FF5E
  '①': [0x87, 0x40], // NEC special character
};

function shiftJis(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (SJIS[ch] !== undefined) bytes.push(...SJIS[ch]);
    else throw new Error(`no Shift_JIS bytes for ${ch}`);
  }
  return Buffer.from(bytes);
}

function utf16le(text: string, bom: boolean): Buffer {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

describe('UTF-8, with or without BOM', () => {
  it('strips a UTF-8 BOM so the first header name still matches', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(securitiesCsv(), 'utf8')]);
    const dataset = await load(filesWith({ 'securities.csv': bom }));
    expect(dataset.securities.get('AAA')?.name).toBe('エーエーエー');
  });

  it('strips a BOM from config.json too', async () => {
    const files = filesWith({});
    files['config.json'] = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(files['config.json'] as string)]);
    await expect(load(files)).resolves.toBeDefined();
  });

  it('reads a UTF-8 file larger than one read chunk (1 MiB), a character split between chunks', async () => {
    const long = 'あ'.repeat(400_000) + 'い'; // 1.2 MB of 3-byte characters: chunk edges fall inside them
    const text = replaceLine(securitiesCsv(), 'CCC,', `CCC,シーシーシー,ヘルスケア,"${long}\n二行目",`);
    const dataset = await load(filesWith({ 'securities.csv': appendLines(text, 'QQQ,"未閉') })).catch(
      (e: DataError) => e,
    );
    expect((dataset as DataError).issues.map(formatIssue)).toEqual([
      `securities.csv:${lineOf(text, 'ZZZ,') + 1}: a quoted field is never closed (missing closing ")`,
    ]);
    const ok = await load(filesWith({ 'securities.csv': text }));
    expect(ok.securities.get('CCC')!.description).toBe(`${long}\n二行目`);
  });

  it('detects UTF-8', () => {
    expect(detectEncoding(Buffer.from('名前,業種\n', 'utf8'))).toEqual({ encoding: 'utf-8' });
  });
});

describe('Shift_JIS / CP932 (what Excel in Japan saves)', () => {
  const csv = [
    'ticker,name,sector,description',
    'AAA,アイウ株式会社,情報,"ソ表～①"',
    'YYY,ウ,金融,',
    'BBB,イ,金融,',
    'CCC,ア,金融,',
    'DDD,ア,金融,',
    'ZZZ,ア,金融,',
  ].join('\r\n');

  it('decodes a Shift_JIS securities.csv (trail byte 0x5C, ～ and NEC ① included)', async () => {
    const dataset = await load(filesWith({ 'securities.csv': shiftJis(csv) }));
    expect(dataset.securities.get('AAA')).toEqual({
      ticker: 'AAA',
      market: 'US',
      name: 'アイウ株式会社',
      sector: '情報',
      description: 'ソ表\uff5e①',
    });
    expect(dataset.securities.get('BBB')?.sector).toBe('金融');
  });

  it('detects Shift_JIS when the bytes are not UTF-8', () => {
    expect(detectEncoding(shiftJis('アイウ'))).toEqual({ encoding: 'shift_jis' });
  });

  it('decodes in chunks without breaking a character split between chunks', () => {
    const bytes = shiftJis('ア'.repeat(700_000)); // 1.4 MB: more than one 1 MiB chunk
    expect([...decodeChunks(bytes, 'shift_jis')].join('')).toBe('ア'.repeat(700_000));
    const odd = Buffer.concat([Buffer.from('x'), bytes]); // one byte more: the chunk edge falls inside a character
    expect([...decodeChunks(odd, 'shift_jis')].join('')).toBe('x' + 'ア'.repeat(700_000));
  });
});

describe('anything else is an error naming the file and the encoding problem', () => {
  it('rejects UTF-16 with a byte order mark', async () => {
    expect(await theProblem(filesWith({ 'securities.csv': utf16le(securitiesCsv(), true) }))).toBe(
      'securities.csv: is UTF-16 (byte order mark 0xFF 0xFE): save it as UTF-8 or Shift_JIS (CP932)',
    );
  });

  it('rejects UTF-16 without a byte order mark (NUL bytes)', async () => {
    expect(await theProblem(filesWith({ 'securities.csv': utf16le(securitiesCsv(), false) }))).toBe(
      'securities.csv:1: contains NUL bytes (UTF-16 or binary?): save it as UTF-8 or Shift_JIS (CP932)',
    );
  });

  it('rejects bytes that are neither UTF-8 nor Shift_JIS, naming the line', async () => {
    const bad = Buffer.concat([Buffer.from(securitiesCsv().replace(/\n$/, ''), 'utf8'), Buffer.from('\nQQQ,\xff\xfe\xfd,x,y\n', 'latin1')]);
    expect(await theProblem(filesWith({ 'securities.csv': bad }))).toBe(
      'securities.csv:9: is neither valid UTF-8 (invalid byte 0xFF) nor valid Shift_JIS (CP932)',
    );
  });

  it('rejects a config.json in UTF-16', async () => {
    const files = filesWith({});
    files['config.json'] = utf16le(files['config.json'] as string, true);
    expect(await theProblem(files)).toBe('config.json: is UTF-16 (byte order mark 0xFF 0xFE): save it as UTF-8 or Shift_JIS (CP932)');
  });
});
