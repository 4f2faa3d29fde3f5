/** config.json syntax: where the first error is and how it is worded; keys written twice, with their path. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkJsonSyntax } from '../../src/load/config.js';

describe('the first syntax error, located at the character a person must fix', () => {
  it.each([
    // [text, offset, message]: offsets counted by hand from the start of the text.
    ['{"a": "x\\q"}', 8, 'bad escape in a string'],
    ['{"a": "\\\\", "b": "\\u12"}', 18, 'bad \\u escape in a string'],
    ['{"a": "x\ty"}', 8, 'a control character (newline?) inside a string'],
    ['{"a": "abc', 6, 'a string is never closed'],
    ['{"a": 1."b"}', 7, 'expected "," or "}", found "."'],
    ['{"a": truex}', 10, 'expected "," or "}", found "x"'],
    ['{"a": 01}', 7, 'expected "," or "}", found "1"'],
    ['{"a": 1 /* note */}', 8, 'expected "," or "}", found "/"'],
    ['{"a" 1}', 5, 'expected ":", found "1"'],
    ['{"a": 1 "b": 2}', 8, 'expected "," or "}", found "\\""'],
    ['[1, 2,]', 6, 'a trailing comma before "]"'],
    ['{"a": ]}', 6, 'unexpected "]"'],
    ['{,}', 1, 'expected a "quoted" key, found ","'],
    ['{"a": 1}\n{"b": 2}', 9, 'unexpected "{" after the end of the JSON value'],
    ['', 0, 'unexpected end of file'],
    ['{"a":\u30001}', 5, 'unexpected "\u3000"'],
  ])('%j → offset %i: %s', (text, offset, message) => {
    expect(checkJsonSyntax(text).error).toEqual({ offset, message });
  });

  it('a leading byte order mark is not an error', () => {
    expect(checkJsonSyntax('\ufeff{"a": 1}')).toEqual({ error: null, duplicateKeys: [] });
  });

  it('accepts exactly what JSON.parse accepts, on 600 damaged copies of the sample config', () => {
    const base = readFileSync(new URL('../../fixtures/sample/config.json', import.meta.url), 'utf8');
    const pieces = ['{', '}', '[', ']', ',', ':', '"', '\\', '\n', '1', '-', '.', 'e', 't', ' ', "'", '/', '\\u12', '\u3000', '\t'];
    let seed = 20260302;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let rejected = 0;
    const disagreements: string[] = [];
    for (let k = 0; k < 600; k++) {
      const at = Math.floor(random() * base.length);
      const text = random() < 0.5 ? base.slice(0, at) + base.slice(at + 1) : base.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + base.slice(at);
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      const { error } = checkJsonSyntax(text);
      if (error !== null) rejected++;
      if ((error === null) !== parses) disagreements.push(text);
    }
    expect(disagreements).toEqual([]);
    // Most single edits break the file, so the comparison above is not a run of trivially valid texts.
    expect(rejected).toBeGreaterThan(200);
  });
});

describe('keys written twice', () => {
  it('are found at every depth, with their JSON path and the offset of the repeated key', () => {
    const text = '{"a": 1, "b": [{"c": 1, "c": 2}], "odd key": {"x": 0, "x": 0}, "a": 3}';
    expect(checkJsonSyntax(text)).toEqual({
      error: null,
      duplicateKeys: [
        { offset: 24, path: 'b[0].c' },
        { offset: 54, path: '["odd key"].x' },
        { offset: 63, path: 'a' },
      ],
    });
  });

  it('the same key in two different objects is not a repeat', () => {
    expect(checkJsonSyntax('[{"a": 1}, {"a": 2}]').duplicateKeys).toEqual([]);
  });
});
