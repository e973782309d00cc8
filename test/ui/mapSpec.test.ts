import { geoArea } from 'd3';
import type { Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { mapSpec, rewind, shareFill, shareLegend, shareColours, type AreaFeature } from '../../src/ui/charts/mapSpec.ts';

/** A small square near Cuijk, counter-clockwise as RFC 7946 wants exterior rings. */
function square(code: string, name: string, x: number, y: number, size = 0.02): AreaFeature {
  const ring = [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ];
  return { type: 'Feature', properties: { code, name }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

describe('winding order', () => {
  test('an RFC 7946 ring (area > 2π for d3) is reversed; a d3-wound ring is left alone', () => {
    const rfc = square('WK1', 'A', 5.8, 51.7);
    expect(geoArea(rfc.geometry as Polygon)).toBeGreaterThan(2 * Math.PI);
    const fixed = rewind(rfc);
    expect(geoArea(fixed.geometry as Polygon)).toBeLessThan(1e-6);
    expect(rewind(fixed).geometry).toEqual(fixed.geometry);
  });

  test('multipolygons are fixed per part', () => {
    const a = square('x', 'x', 5.8, 51.7).geometry as Polygon;
    const b = rewind(square('y', 'y', 5.9, 51.7)).geometry as Polygon;
    const multi: AreaFeature = {
      type: 'Feature',
      properties: { code: 'm', name: 'm' },
      geometry: { type: 'MultiPolygon', coordinates: [a.coordinates, b.coordinates] },
    };
    const fixed = rewind(multi);
    expect(geoArea(fixed.geometry)).toBeLessThan(1e-6);
  });
});

describe('map spec', () => {
  const features = [square('WK2', 'Beers', 5.82, 51.7), square('WK1', 'Agger', 5.8, 51.7), square('WK3', 'Cuijk', 5.84, 51.7)];
  const values = new Map<string, number | 'secret'>([
    ['WK1', 12],
    ['WK2', 27.5],
    ['WK3', 'secret'],
  ]);
  const spec = mapSpec({ features, values, width: 600 });

  test('fits the areas into the width with the natural aspect ratio', () => {
    expect(spec.width).toBeLessThanOrEqual(601);
    expect(spec.width).toBeGreaterThan(590);
    // Three 0.02° "squares" in a row at 51.7°N: a degree of longitude is cos(51.7°) ≈ 0.62 of a
    // degree of latitude, so the map is 3 × 0.62 ≈ 1.86 times as wide as high (not 3, as a plain
    // lon/lat plot would draw it).
    expect(spec.width / spec.height).toBeGreaterThan(1.75);
    expect(spec.width / spec.height).toBeLessThan(1.95);
    for (const shape of spec.shapes) expect(shape.d).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  test('shapes come in name order (the keyboard order) with fills by class', () => {
    expect(spec.shapes.map((s) => s.name)).toEqual(['Agger', 'Beers', 'Cuijk']);
    expect(spec.shapes.map((s) => s.fill)).toEqual([shareColours[0], shareColours[3], null]);
    expect(spec.shapes[2].value).toBe('secret');
  });

  test('a tall gemeente is limited by maxHeight', () => {
    const tall = [square('WK1', 'a', 5.8, 51.0, 0.02), square('WK2', 'b', 5.8, 52.0, 0.02)];
    const s = mapSpec({ features: tall, values: new Map(), width: 600, maxHeight: 400 });
    expect(s.height).toBeLessThanOrEqual(401);
    expect(s.shapes.every((shape) => shape.fill === null && shape.value === 'absent')).toBe(true);
  });

  test('fixed classes: edges belong to the upper class; the legend covers all classes', () => {
    expect(shareFill(14.99)).toBe(shareColours[0]);
    expect(shareFill(15)).toBe(shareColours[1]);
    expect(shareFill(35)).toBe(shareColours[5]);
    expect(shareFill(80)).toBe(shareColours[5]);
    expect(shareFill('blank')).toBeNull();
    const legend = shareLegend();
    expect(legend).toHaveLength(6);
    expect(legend[0]).toEqual({ from: null, to: 15, fill: shareColours[0] });
    expect(legend[5]).toEqual({ from: 35, to: null, fill: shareColours[5] });
  });
});
