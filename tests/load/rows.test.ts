/**
 * RowTracks: the rows of the keys whose values are kept in their own arrays, the others' in one log
 * in file order; a duplicate (key, day) is found either way, with its line and the first row's line.
 */
import { describe, expect, it } from 'vitest';
import { RowTracks } from '../../src/load/rows.js';

describe('RowTracks', () => {
  it('duplicates of kept and of logged keys, rows in any order, many keys interleaved', () => {
    const tracks = new RowTracks(1, (k) => k === 'KEPT');
    let line = 2;
    const push = (key: string, day: number) => tracks.get(key).push(day, line++);
    for (let day = 10; day < 20; day++) for (let k = 0; k < 50; k++) push(`K${k}`, day); // lines 2..501, increasing
    push('K7', 12); // line 502: a duplicate of K7's day 12 (line 2 + 2 * 50 + 7 = 109)
    push('K3', 5); // line 503: earlier, not a duplicate
    push('KEPT', 3);
    push('KEPT', 1);
    push('KEPT', 3); // line 506: duplicate of line 504
    const found = [...tracks.map].flatMap(([key, t]) => t.duplicates().map((d) => `${key} ${d.day} ${d.line} ${d.firstLine}`));
    expect(found).toEqual(['K7 12 502 109', 'KEPT 3 506 504']);
    expect(tracks.map.get('K3')!.values).toBeNull();
    expect(tracks.map.get('KEPT')!.values).not.toBeNull();
  });

  it('a log of several segments (65,536 rows each): a duplicate across them, with both lines', () => {
    const tracks = new RowTracks(0, () => false);
    let line = 2;
    for (let day = 0; day < 70_000; day++) for (const key of ['A', 'B', 'C']) tracks.get(key).push(day, line++);
    tracks.get('B').push(3, line); // day 3 of B was line 2 + 3 * 3 + 1 = 12
    expect(tracks.map.get('A')!.duplicates()).toEqual([]);
    expect(tracks.map.get('B')!.duplicates()).toEqual([{ day: 3, line: 210_002, firstLine: 12 }]);
    expect(tracks.map.get('B')!.n).toBe(70_001);
  });

  it("a logged key's rows in (day, line) order, gathered from the log when asked for", () => {
    const tracks = new RowTracks(0, () => false);
    tracks.get('A').push(5, 2);
    tracks.get('B').push(1, 3);
    tracks.get('A').push(3, 4);
    tracks.get('A').push(9, 5);
    const a = tracks.map.get('A')!;
    expect(Array.from(a.order(), (i) => a.lines[i])).toEqual([4, 2, 5]);
    const b = tracks.map.get('B')!;
    expect(Array.from(b.order(), (i) => b.days[i])).toEqual([1]);
  });
});
