/** Region codes, the hierarchy, lookups within an area and the search box, on the bundled table. */
import { describe, expect, it } from 'vitest';
import { gemeenteOf, isWithin, levelOf, parentOf, regionsWithin, searchRegions } from '../../src/data/regions.ts';
import { bundledTable, roundingTolerance } from './helpers.ts';

describe('codes', () => {
  it('levelOf and parentOf follow the prefix; letters allowed in wijk and buurt parts', () => {
    expect(['NL00', 'GM1982', 'WK198201', 'BU19820101', 'WK0363AA', 'BU0363AA01'].map(levelOf)).toEqual(['land', 'gemeente', 'wijk', 'buurt', 'wijk', 'buurt']);
    expect(['NL00', 'GM1982', 'WK198201', 'BU19820101', 'BU0363AA01'].map(parentOf)).toEqual([null, 'NL00', 'GM1982', 'WK198201', 'WK0363AA']);
    expect(gemeenteOf('BU0363AA01')).toBe('GM0363');
  });

  it('rejects what is no code', () => {
    for (const bad of ['', 'GM198', 'WK1982', 'BU1982010', 'gm1982', 'XX1982', ' GM1982', 'GMabcd']) {
      expect(levelOf(bad)).toBeNull();
      expect(parentOf(bad)).toBeNull();
    }
  });

  it('isWithin compares the code digits of the ancestor level', () => {
    expect(isWithin('BU19820101', 'GM1982')).toBe(true);
    expect(isWithin('BU19820101', 'WK198201')).toBe(true);
    expect(isWithin('BU19820201', 'WK198201')).toBe(false);
    expect(isWithin('GM1982', 'BU19820101')).toBe(false);
    expect(isWithin('GM1982', 'GM1982')).toBe(true);
    expect(isWithin('WK003401', 'NL00')).toBe(true);
  });
});

describe('regionsWithin on the bundled table', () => {
  const table = bundledTable();

  it('Land van Cuijk has 33 wijken and 101 buurten, one level at a time', () => {
    expect(regionsWithin(table, 'GM1982')).toHaveLength(33); // default: the level below
    expect(regionsWithin(table, 'GM1982', 'wijk')).toHaveLength(33);
    expect(regionsWithin(table, 'GM1982', 'buurt')).toHaveLength(101);
    expect(regionsWithin(table, 'GM1982', 'gemeente').map((r) => r.code)).toEqual(['GM1982']);
    expect(regionsWithin(table, 'NL00')).toHaveLength(342);
    expect(regionsWithin(table, 'WK198201').every((r) => r.parent === 'WK198201')).toBe(true);
  });

  it('summing one level never counts a person twice: buurt and wijk sums both match the gemeente', () => {
    const gm = table.byCode.get('GM1982')!.values.age65plus!;
    for (const level of ['wijk', 'buurt'] as const) {
      const areas = regionsWithin(table, 'GM1982', level);
      const sum = areas.reduce((s, r) => s + (r.values.age65plus ?? 0), 0);
      expect(Math.abs(sum - gm), level).toBeLessThanOrEqual(roundingTolerance(areas.length));
    }
  });

  it('the 14,574 buurten of NL add up to the national 65+ figure within rounding and blanks', () => {
    const buurten = regionsWithin(table, 'NL00', 'buurt');
    expect(buurten).toHaveLength(14_574);
    const sum = buurten.reduce((s, r) => s + (r.values.age65plus ?? 0), 0);
    // Blank buurten (secret or 0) are left out, so allow the rounding band plus 0.5 %.
    expect(Math.abs(sum - 3_677_228)).toBeLessThanOrEqual(roundingTolerance(buurten.length) + 0.005 * 3_677_228);
  });

  it('an unknown or malformed code gives nothing', () => {
    expect(regionsWithin(table, 'GM9999')).toEqual([]);
    expect(regionsWithin(table, 'nonsense')).toEqual([]);
  });
});

describe('searchRegions', () => {
  const table = bundledTable();
  const codes = (q: string, level?: 'gemeente' | 'wijk' | 'buurt') => searchRegions(table, q, level).map((r) => r.code);

  it('ignores case and diacritics', () => {
    expect(codes('nijlan')).toEqual(expect.arrayContaining(['BU00804101', 'WK008041']));
    expect(codes('SUDWEST')[0]).toBe('GM1900');
    expect(codes('lumiere')).toContain('BU00341807');
  });

  it('ranks an exact name first, gemeenten before wijken and buurten', () => {
    expect(codes('Land van Cuijk')[0]).toBe('GM1982');
    expect(codes('almere')[0]).toBe('GM0034');
  });

  it('finds codes by prefix and filters by level', () => {
    expect(codes('gm1982')[0]).toBe('GM1982');
    expect(codes('BU198201').every((c) => c.startsWith('BU198201'))).toBe(true);
    expect(searchRegions(table, 'velp', 'buurt').every((r) => r.level === 'buurt')).toBe(true);
  });

  it('gives nothing for an empty query and respects the limit', () => {
    expect(codes('  ')).toEqual([]);
    expect(searchRegions(table, 'a', undefined, 5)).toHaveLength(5);
  });
});
