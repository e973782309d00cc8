/**
 * The bundled data in data/: the national table as CBS published it (one name repaired), the
 * gemeente extras, and one TopoJSON per gemeente whose buurten match the table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGemeenteExtras } from '../../src/data/estimates.ts';
import { bundledTable, repoPath } from './helpers.ts';

describe('data/kwb-2024.csv', () => {
  const table = bundledTable();

  it('has all 18,310 areas of 2024, levels apart', () => {
    const count = (level: string) => table.regions.filter((r) => r.level === level).length;
    expect([table.regions.length, count('land'), count('gemeente'), count('wijk'), count('buurt')]).toEqual([18_310, 1, 342, 3_393, 14_574]);
    expect(table.form).toBe('kwb');
    expect(table.warnings).toEqual([]);
  });

  it('matches the CBS checks in data/SOURCES.md', () => {
    expect(table.byCode.get('NL00')?.values).toMatchObject({ inhabitants: 17_942_942, age65plus: 3_677_228 });
    expect(table.byCode.get('GM1982')?.values).toMatchObject({ inhabitants: 91_722, age65plus: 21_992, households: 39_678, urbanity: 4, addressDensity: 651, gpDistanceKm: 1.6 });
    expect(table.byCode.get('GM0034')?.values).toMatchObject({ inhabitants: 226_500, age65plus: 30_913 });
  });

  it('has the garbled Almere buurt name repaired, and no other replacement characters', () => {
    expect(table.byCode.get('BU00341807')?.name).toBe('Lumièrepark');
    expect(table.regions.filter((r) => /[Þ\uFFFD]/.test(r.name))).toEqual([]);
  });
});

describe('data/gemeenten-2024-extra.csv', () => {
  const extras = parseGemeenteExtras(readFileSync(repoPath('data/gemeenten-2024-extra.csv')), 'gemeenten-2024-extra.csv');

  it('has every gemeente of the table with its one-person household share', () => {
    const gemeenten = bundledTable().regions.filter((r) => r.level === 'gemeente');
    expect(extras.size).toBe(342);
    for (const g of gemeenten) expect(extras.get(g.code)?.onePersonShare, g.code).toBeGreaterThan(0);
    expect(extras.get('GM1982')).toMatchObject({ name: 'Land van Cuijk', onePersonShare: 31, age45to64Share: 29, age65plusShare: 24, households: 39_678 });
  });
});

describe('data/geo', () => {
  const table = bundledTable();
  const gemeenten = table.regions.filter((r) => r.level === 'gemeente');

  it('has one topology per gemeente of the table, and the overview', () => {
    for (const g of gemeenten) expect(existsSync(repoPath(`data/geo/${g.code}.topo.json`)), g.code).toBe(true);
    const overview = JSON.parse(readFileSync(repoPath('data/geo/gemeenten.topo.json'), 'utf8'));
    expect(overview.objects.gemeenten.geometries).toHaveLength(342);
  });

  it('holds every buurt of the table but the 8 lost upstream (data/SOURCES.md)', () => {
    const lost = ['BU02090125', 'BU0363MK03', 'BU06380006', 'BU16690604', 'BU18920102', 'BU19040216', 'BU19780608', 'BU19781103'];
    let withGeometry = 0;
    for (const g of gemeenten) {
      const topo = JSON.parse(readFileSync(repoPath(`data/geo/${g.code}.topo.json`), 'utf8'));
      const codes = new Set<string>(topo.objects.buurten.geometries.map((x: { properties: { code: string } }) => x.properties.code));
      for (const c of codes) expect(table.byCode.get(c)?.gemeente, c).toBe(g.code);
      withGeometry += codes.size;
      expect(topo.objects.wijken.geometries.length, g.code).toBe(table.regions.filter((r) => r.level === 'wijk' && r.gemeente === g.code).length);
    }
    expect(withGeometry).toBe(14_574 - lost.length);
  });
});
