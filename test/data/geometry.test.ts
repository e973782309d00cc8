/**
 * User geometry: GeoJSON or TopoJSON, WGS84 or RD New (EPSG:28992, converted with proj4). A bundled
 * gemeente map projected to RD by proj4 must come back within a metre; bad files get InputErrors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.ts';
import { featuresOf } from '../../src/data/geo.ts';
import { readGeometry } from '../../src/data/geometry.ts';
import { sneeuwbal } from '../helpers/cli.ts';

const RD = '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';
const topoText = readFileSync(new URL('../../data/geo/GM1982.topo.json', import.meta.url), 'utf8');
const wgs = featuresOf(JSON.parse(topoText)).buurten;
const toRd = proj4('WGS84', RD);

/** The buurten of Land van Cuijk as an RD New GeoJSON, with PDOK's property name `buurtcode`. */
function rdGeoJson(): string {
  const features = [...wgs.values()].map((f) => {
    const g = structuredClone(f.geometry) as { type: string; coordinates: unknown };
    const walk = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? toRd.forward(c as [number, number]) : (c as unknown[]).map(walk));
    g.coordinates = walk(g.coordinates);
    return { type: 'Feature', properties: { buurtcode: f.properties.code, buurtnaam: f.properties.name }, geometry: g };
  });
  return JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } }, features });
}

const error = (f: () => unknown) => {
  try { f(); } catch (e) { return e as Error; }
  throw new Error('no error');
};

describe('readGeometry', () => {
  it('reads RD New GeoJSON and converts it back to WGS84 within a metre', () => {
    const g = readGeometry(rdGeoJson(), 'buurten-rd.geojson');
    expect(g.crs).toBe('RD');
    expect(g.byCode.size).toBe(wgs.size);
    const code = 'BU19821001';
    const back = g.byCode.get(code)!;
    const orig = wgs.get(code)!.geometry as typeof back;
    const a = (back.type === 'Polygon' ? back.coordinates[0][0] : back.coordinates[0][0][0]) as number[];
    const b = (orig.type === 'Polygon' ? orig.coordinates[0][0] : orig.coordinates[0][0][0]) as number[];
    expect(Math.abs(a[0] - b[0]) * 68_000).toBeLessThan(1);
    expect(Math.abs(a[1] - b[1]) * 111_000).toBeLessThan(1);
  });

  it('reads TopoJSON in WGS84 (the bundled format) and detects RD without a crs member', () => {
    const topo = readGeometry(topoText, 'GM1982.topo.json');
    expect(topo.crs).toBe('WGS84');
    expect(topo.byCode.get('WK198210')).toBeTruthy();
    const noCrs = JSON.parse(rdGeoJson());
    delete noCrs.crs;
    expect(readGeometry(JSON.stringify(noCrs), 'x.geojson').crs).toBe('RD');
  });

  it('converts a vertex that two polygons share through an unquantized TopoJSON arc only once', () => {
    // Two squares in RD with a common edge (arc 0); topojson-client hands both the same array for its inner vertex.
    const arcs = [
      [[181_000, 410_000], [181_000, 410_500], [181_000, 411_000]],
      [[181_000, 411_000], [180_000, 411_000], [180_000, 410_000], [181_000, 410_000]],
      [[181_000, 410_000], [182_000, 410_000], [182_000, 411_000], [181_000, 411_000]],
    ];
    const geometries = [{ type: 'MultiPolygon', properties: { code: 'WK198210' }, arcs: [[[0, 1]], [[~0, 2]]] }];
    const g = readGeometry(JSON.stringify({ type: 'Topology', arcs, objects: { wijken: { type: 'GeometryCollection', geometries } } }), 'mill-rd.topo.json');
    expect(g.crs).toBe('RD');
    const got = g.byCode.get('WK198210')!;
    const rd = [
      [181_000, 410_000], [181_000, 410_500], [181_000, 411_000], [180_000, 411_000], [180_000, 410_000], [181_000, 410_000],
      [181_000, 411_000], [181_000, 410_500], [181_000, 410_000], [182_000, 410_000], [182_000, 411_000], [181_000, 411_000],
    ];
    const positions = (got.type === 'MultiPolygon' ? got.coordinates : [got.coordinates]).flat(2);
    expect(positions).toHaveLength(rd.length);
    positions.forEach((p, i) => {
      const [lon, lat] = toRd.inverse(rd[i]);
      expect(p[0]).toBeCloseTo(lon, 5);
      expect(p[1]).toBeCloseTo(lat, 5);
    });
  });

  it.each([
    ['empty', '', /leeg/],
    ['not JSON', '{"type": "FeatureCollection", "features": [', /regel 1, kolom \d+: dit is geen geldige JSON/],
    ['not geo', '{"hello": 1}', /geen GeoJSON/],
    ['no code', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { naam: 'Mill' }, geometry: { type: 'Polygon', coordinates: [[[5.7, 51.68], [5.8, 51.68], [5.8, 51.7], [5.7, 51.68]]] } }] }), /object 1 heeft geen CBS-code/],
    ['outside NL', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'BU19821001' }, geometry: { type: 'Polygon', coordinates: [[[-70, 40], [-71, 40], [-71, 41], [-70, 40]]] } }] }), /geen lengte\/breedte in Nederland/],
    ['no polygons', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'BU19821001' }, geometry: { type: 'Point', coordinates: [5.7, 51.7] } }] }), /geen vlakken/],
  ])('%s → a clear InputError', (_, text, message) => {
    const e = error(() => readGeometry(text, 'kaart.json'));
    expect(isInputError(e)).toBe(true);
    expect((e as unknown as { format(l: string): string }).format('nl')).toMatch(message);
  });

  it('lets simulate use an RD New buurt map given with --geometry', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sneeuwbal-geo-')), 'mill-rd.geojson');
    writeFileSync(path, rdGeoJson());
    const r = await sneeuwbal('simulate', '--area', 'WK198210', '--plan', 'b=1', '--reps', '2', '--months', '24', '--geometry', path, '--json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).summary.age65plus).toBe(1590);
  }, 60_000);
});
