import { describe, expect, test } from 'vitest';
import type { Figure, RegionRow } from '../../src/workers/dataApi.ts';
import { cellValue, nextSort, share65, sortRows } from '../../src/ui/areas/figures.ts';

function row(code: string, name: string, inhabitants: Figure, age65plus: Figure, parent = 'WK000101'): RegionRow {
  return { code, name, level: 'buurt', parent, gemeente: 'GM0001', figures: { inhabitants, age65plus, households: 'absent' } };
}

describe('share of 65+', () => {
  test('is a percentage of inhabitants', () => {
    expect(share65(row('BU1', 'A', 200, 50))).toBe(25);
  });
  test('carries the reason a count is missing instead of becoming 0', () => {
    expect(share65(row('BU1', 'A', 200, 'secret'))).toBe('secret');
    expect(share65(row('BU1', 'A', 'unknown', 50))).toBe('unknown');
    expect(share65(row('BU1', 'A', 'absent', 'blank'))).toBe('blank');
  });
  test('no inhabitants gives no share (business parks), not 0 % or NaN', () => {
    expect(share65(row('BU1', 'A', 0, 0))).toBe('unknown');
  });
});

describe('sorting', () => {
  const rows = [row('BU3', 'Centrum', 1000, 300), row('BU1', 'Akker', 500, 'secret'), row('BU2', 'Beek', 800, 100), row('BU4', 'Dorp', 'blank', 'blank')];

  test('by name by default, Dutch collation', () => {
    expect(sortRows(rows, null).map((r) => r.name)).toEqual(['Akker', 'Beek', 'Centrum', 'Dorp']);
  });

  test('missing figures come last in both directions', () => {
    expect(sortRows(rows, { column: 'age65plus', descending: true }).map((r) => r.code)).toEqual(['BU3', 'BU2', 'BU1', 'BU4']);
    expect(sortRows(rows, { column: 'age65plus', descending: false }).map((r) => r.code)).toEqual(['BU2', 'BU3', 'BU1', 'BU4']);
    expect(sortRows(rows, { column: 'share65', descending: true }).map((r) => r.code)).toEqual(['BU3', 'BU2', 'BU1', 'BU4']);
  });

  test('the wijk column sorts by wijk name, not code', () => {
    const names = new Map([
      ['WK000101', 'Zuid'],
      ['WK000102', 'Noord'],
    ]);
    const two = [row('BU1', 'A', 1, 1, 'WK000101'), row('BU2', 'B', 1, 1, 'WK000102')];
    expect(cellValue(two[0], 'wijk', names)).toBe('Zuid');
    expect(sortRows(two, { column: 'wijk', descending: false }, names).map((r) => r.code)).toEqual(['BU2', 'BU1']);
  });

  test('codes sort naturally, so letter codes (WK0363AA) keep their place', () => {
    const coded = [row('BU10', 'x', 1, 1), row('BU9', 'y', 1, 1)];
    expect(sortRows(coded, { column: 'code', descending: false }).map((r) => r.code)).toEqual(['BU9', 'BU10']);
  });

  test('a first click on a count column sorts largest first; a second click turns it around', () => {
    expect(nextSort(null, 'inhabitants')).toEqual({ column: 'inhabitants', descending: true });
    expect(nextSort({ column: 'inhabitants', descending: true }, 'inhabitants')).toEqual({ column: 'inhabitants', descending: false });
    expect(nextSort(null, 'name')).toEqual({ column: 'name', descending: true });
    expect(nextSort({ column: 'age65plus', descending: true }, 'name')).toEqual({ column: 'name', descending: false });
  });
});
