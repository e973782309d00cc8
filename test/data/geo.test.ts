/** The bundled gemeente geometry through featuresOf and buurtNeighbours. */
import { readFileSync } from 'node:fs';
import { geoArea, geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { buurtNeighbours, featuresOf, geometryByCode } from '../../src/data/geo.ts';
import { regionsWithin } from '../../src/data/regions.ts';
import { bundledTable, expectInputError, repoPath } from './helpers.ts';

const topology = (code: string) => JSON.parse(readFileSync(repoPath(`data/geo/${code}.topo.json`), 'utf8'));

describe('featuresOf (Land van Cuijk)', () => {
  const table = bundledTable();
  const f = featuresOf(topology('GM1982'));

  it('gives the gemeente, its 33 wijken and 101 buurten keyed by code, with the table’s names', () => {
    expect(f.gemeente?.properties).toEqual({ code: 'GM1982', name: 'Land van Cuijk' });
    expect([...f.wijken.keys()].sort()).toEqual(regionsWithin(table, 'GM1982', 'wijk').map((r) => r.code).sort());
    expect([...f.buurten.keys()].sort()).toEqual(regionsWithin(table, 'GM1982', 'buurt').map((r) => r.code).sort());
    for (const [code, b] of f.buurten) {
      expect(b.properties.name).toBe(table.byCode.get(code)!.name);
      expect(b.properties.wijk).toBe(table.byCode.get(code)!.parent);
    }
  });

  it('is wound for d3 (no buurt fills the globe) and lies in the Netherlands', () => {
    let total = 0;
    for (const b of f.buurten.values()) {
      const a = geoArea(b);
      expect(a).toBeLessThan(1e-4); // a buurt is far below 1e-4 sr (≈ 4,000 km²)
      total += a;
    }
    // Land area 34,126 ha (CBS) ≈ 8.4e-6 sr on a 6,371 km sphere; the rebuild is within a few %.
    expect(total * 6371e3 ** 2 / 1e4).toBeGreaterThan(34_126 * 0.9);
    expect(total * 6371e3 ** 2 / 1e4).toBeLessThan(34_126 * 1.1);
    expect(geoContains(f.gemeente!, [5.88, 51.7])).toBe(true); // Boxmeer–Cuijk area
  });

  it('rejects what is not a topology', () => {
    expectInputError(() => featuresOf({ type: 'FeatureCollection', features: [] }, 'x.json'), 'not-topology', { file: 'x.json' });
  });
});

describe('geometryByCode', () => {
  it('gives the geometry of every buurt and wijk and, under its code, of the gemeente', () => {
    const f = featuresOf(topology('GM1982'));
    const byCode = geometryByCode(topology('GM1982'), 'GM1982');
    expect(byCode.size).toBe(101 + 33 + 1);
    for (const [code, b] of [...f.buurten, ...f.wijken]) expect(byCode.get(code)).toEqual(b.geometry);
    expect(byCode.get('GM1982')).toEqual(f.gemeente!.geometry);
  });
});

describe('buurtNeighbours', () => {
  it('is symmetric, never lists a buurt as its own neighbour, covers every buurt', () => {
    const topo = topology('GM1982');
    const nb = buurtNeighbours(topo);
    expect(nb.size).toBe(101);
    for (const [code, list] of nb) {
      expect(list).not.toContain(code);
      for (const other of list) expect(nb.get(other)).toContain(code);
    }
    expect([...nb.values()].every((l) => l.length > 0)).toBe(true);
  });

  it('with tolerance adds neighbours that shared arcs miss, keeping all shared-arc ones', () => {
    const topo = topology('GM0034');
    const arcsOnly = buurtNeighbours(topo, 0);
    const withGaps = buurtNeighbours(topo);
    for (const [code, list] of arcsOnly) expect(withGaps.get(code)).toEqual(expect.arrayContaining(list));
    const mean = (m: Map<string, string[]>) => [...m.values()].reduce((s, l) => s + l.length, 0) / m.size;
    expect(mean(withGaps)).toBeGreaterThan(mean(arcsOnly) + 2);
    expect([...withGaps.values()].filter((l) => l.length === 0)).toHaveLength(0);
  });
});
