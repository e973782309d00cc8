/** "Table + geometry → area" (src/experiments/areaGeometry.ts), shared by Node and the data worker. */
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geometryLookup, shapesOfTopology } from '../../src/experiments/areaGeometry.ts';
import { areaFromTable, loadGemeenteGeometry } from '../../src/node/data.ts';
import { bundledTable, MILL } from '../helpers/areas.ts';

const square = (x: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 51],
      [x + 0.01, 51],
      [x + 0.01, 51.01],
      [x, 51.01],
      [x, 51],
    ],
  ],
});

describe('geometryLookup', () => {
  it('takes the user’s own boundary first, then the gemeente’s map, else null; each map asked for once', () => {
    const calls: string[] = [];
    const shapes = (gm: string) => {
      calls.push(gm);
      return gm === 'GM1982'
        ? new Map([
            ['BU19820101', square(5)],
            ['BU19820102', square(6)],
          ])
        : null;
    };
    const own = new Map([['BU19820102', square(7)]]);
    const lookup = geometryLookup(shapes, own);
    expect(lookup('BU19820101')).toEqual(square(5));
    expect(lookup('BU19820102')).toEqual(square(7));
    expect(lookup('BU19820199')).toBeNull();
    expect(lookup('BU03630000')).toBeNull();
    expect(lookup('BU03630001')).toBeNull();
    expect(lookup('NL00')).toBeNull();
    expect(calls).toEqual(['GM1982', 'GM0363']);
  });
});

describe('areaFromTable (Node) over the shared function', () => {
  it('gives Mill’s buurten the bundled boundaries of Land van Cuijk', () => {
    const bundled = shapesOfTopology(loadGemeenteGeometry('GM1982'), 'GM1982');
    const area = areaFromTable(bundledTable(), [MILL]);
    expect(area.buurten.length).toBeGreaterThan(1);
    for (const b of area.buurten) expect(b.geometry).toEqual(bundled.get(b.code));
  });

  it('names --area in the message for an unknown code', () => {
    expect(() => areaFromTable(bundledTable(), ['XX99'])).toThrow(/--area/);
  });
});
