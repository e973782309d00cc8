/**
 * Population synthesis against CBS: the synthetic 65+ per buurt matches the table (CBS rounds buurt
 * figures to 5, so per buurt within 5, the area total exactly), people lie inside their buurt, and
 * complexes have 20–80 residents 65+.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { toLonLat } from '../../src/core/geometry.ts';
import { resolveParams } from '../../src/core/params/index.ts';
import { buildWorld } from '../../src/core/world.ts';
import { area, bundledTable, MILL } from '../helpers/areas.ts';

const params = resolveParams({});

describe.each([MILL, 'GM1982', 'WK003401'])('synthetic population of %s', (code) => {
  const a = area(code);
  const world = buildWorld(a, params, 24, 5, 0);
  const region = bundledTable().byCode.get(code)!;

  it('has exactly the CBS number of people 65+ at the start', () => {
    expect(world.n0).toBe(region.values.age65plus);
    expect(a.age65plus).toBe(region.values.age65plus);
  });

  it('matches every buurt figure within CBS rounding (5)', () => {
    const perBuurt = new Array(a.buurten.length).fill(0);
    for (let s = 0; s < world.pl.n; s++) if (world.pl.activeFrom[s] === 0) perBuurt[world.pl.buurt[s]]++;
    a.buurten.forEach((b, i) => {
      const cbs = bundledTable().byCode.get(b.code)!.values.age65plus;
      expect(perBuurt[i]).toBe(b.age65plus);
      if (cbs !== undefined) expect(Math.abs(perBuurt[i] - cbs), b.code).toBeLessThanOrEqual(5);
    });
  });

  it('places people inside their buurt (≥ 97%; jitter of complexes and couples may cross a border)', () => {
    let inside = 0,
      checked = 0;
    for (let s = 0; s < world.pl.n; s += 7) {
      const g = a.buurten[world.pl.buurt[s]].geometry;
      if (!g) continue;
      checked++;
      const feature = { type: 'Feature' as const, properties: {}, geometry: g };
      if (booleanPointInPolygon(toLonLat(world.pl.proj, world.pl.x[s], world.pl.y[s]), feature)) inside++;
    }
    expect(checked).toBeGreaterThan(50);
    expect(inside / checked).toBeGreaterThan(0.97);
  });

  it('makes corporation complexes of 20–80 residents 65+ and a tie network of realistic degree', () => {
    for (const c of world.pl.complexes) {
      expect(c.size).toBeGreaterThanOrEqual(20);
      expect(c.size).toBeLessThanOrEqual(80 * 1.5);
    }
    const degree = world.ties.list.length / world.pl.n;
    expect(degree).toBeGreaterThan(6);
    expect(degree).toBeLessThan(25);
  });

  it('grows the 65+ population by about growth65 a year', () => {
    const expected = region.values.age65plus! * (1 + params.growth65) ** 2;
    expect(Math.abs(world.population[24] - expected) / expected).toBeLessThan(0.01);
  });
});
