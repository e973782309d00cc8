/**
 * Geometry a user brings (INTERFACES.md "Data"): GeoJSON or TopoJSON of gemeenten, wijken or
 * buurten, in WGS84 lon/lat or in RD New (EPSG:28992, as CBS/PDOK distribute the wijk- en
 * buurtkaart), converted to WGS84 with proj4. Pure: bytes or text in, polygons by CBS code out.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import proj4 from 'proj4';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { InputError, jsonErrorWhere } from '../core/errors.ts';
import { bounds } from '../core/geometry.ts';
import { decodeText } from './cbs/decode.ts';
import { isRegionCode } from './regions.ts';

/**
 * EPSG:28992 (Amersfoort / RD New) with the Helmert shift to WGS84 (about 1 m, fine for maps and
 * for placing people in buurten; the exact RDNAPTRANS grid is not needed here). Parameters as in
 * the EPSG registry entry used by proj4 users (research/style-and-ecosystem.md B2).
 */
const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel ' +
  '+towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';
const rdToWgs84 = proj4(RD_NEW, 'WGS84');

/** One RD New point (metres) as WGS84 [lon, lat] (the circle register's x,y columns). */
export const rdToLonLat = (x: number, y: number): [number, number] => rdToWgs84.forward([x, y]) as [number, number];

/** Property names that hold a CBS code in files people meet (PDOK, CBS shapefiles, our bundle). */
const CODE_KEYS = ['code', 'statcode', 'buurtcode', 'wijkcode', 'gemeentecode', 'bu_code', 'wk_code', 'gm_code', 'regio_code', 'gwb_code', 'gwb_code_10', 'codering'];

export type Crs = 'WGS84' | 'RD';

export interface GeometryFile {
  crs: Crs;
  /** Polygons by CBS code (BU/WK/GM), in WGS84. */
  byCode: Map<string, Polygon | MultiPolygon>;
  /** Features without a polygon (points, lines) that were skipped. */
  skipped: number;
}

const fail = (file: string, nl: string, en: string, where: { line?: number; column?: number; field?: string } = {}) => new InputError('geometry', { nl, en }, { file, ...where });

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw fail(file, 'dit is geen geldige JSON (GeoJSON of TopoJSON verwacht)', 'this is not valid JSON (expected GeoJSON or TopoJSON)', jsonErrorWhere(text, e));
  }
}

function features(json: unknown, file: string): Feature[] {
  const o = json as { type?: string; objects?: Record<string, unknown>; features?: Feature[] };
  if (o?.type === 'Topology' && o.objects) {
    return Object.values(o.objects).flatMap((obj) => {
      const fc = feature(json as Topology, obj as GeometryCollection) as unknown as FeatureCollection | Feature;
      return 'features' in fc ? fc.features : [fc];
    });
  }
  if (o?.type === 'FeatureCollection' && Array.isArray(o.features)) return o.features;
  if (o?.type === 'Feature') return [json as Feature];
  throw fail(file, 'geen GeoJSON (FeatureCollection) of TopoJSON (Topology) gevonden', 'found no GeoJSON (FeatureCollection) or TopoJSON (Topology)');
}

function codeOf(f: Feature, i: number, file: string): string {
  const props = (f.properties ?? {}) as Record<string, unknown>;
  const keys = Object.keys(props);
  for (const want of CODE_KEYS) {
    const key = keys.find((k) => k.toLowerCase() === want);
    const v = key === undefined ? undefined : String(props[key] ?? '').trim().toUpperCase();
    if (v && isRegionCode(v)) return v;
  }
  throw fail(
    file,
    `object ${i + 1} heeft geen CBS-code (GM…, WK… of BU…) in een van de eigenschappen ${CODE_KEYS.join(', ')}`,
    `feature ${i + 1} has no CBS code (GM…, WK… or BU…) in any of the properties ${CODE_KEYS.join(', ')}`,
    { field: `features[${i}].properties` },
  );
}

/** RD when the numbers are metres in the Dutch grid, WGS84 when they are degrees; anything else is an error. */
function detectCrs(json: unknown, polys: (Polygon | MultiPolygon)[], file: string): Crs {
  const named = JSON.stringify((json as { crs?: unknown }).crs ?? '');
  if (/28992/.test(named)) return 'RD';
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const g of polys) {
    const [a, b, c, d] = bounds(g);
    if (a < x0) x0 = a;
    if (c > x1) x1 = c;
    if (b < y0) y0 = b;
    if (d > y1) y1 = d;
  }
  if (x0 >= 2 && x1 <= 8 && y0 >= 50 && y1 <= 54) return 'WGS84';
  if (x0 >= -10_000 && x1 <= 310_000 && y0 >= 290_000 && y1 <= 640_000) return 'RD';
  throw fail(
    file,
    `de coördinaten (x ${Math.round(x0)} … ${Math.round(x1)}, y ${Math.round(y0)} … ${Math.round(y1)}) zijn geen lengte/breedte in Nederland (WGS84) en geen RD New (EPSG:28992)`,
    `the coordinates (x ${Math.round(x0)} … ${Math.round(x1)}, y ${Math.round(y0)} … ${Math.round(y1)}) are neither longitude/latitude in the Netherlands (WGS84) nor RD New (EPSG:28992)`,
  );
}

export function readGeometry(input: string | Uint8Array | ArrayBuffer, file: string): GeometryFile {
  const text = typeof input === 'string' ? input : decodeText(input, file).text;
  if (!text.trim()) throw fail(file, 'het bestand is leeg', 'the file is empty');
  const json = parseJson(text, file);
  const list = features(json, file);
  const coded: [string, Polygon | MultiPolygon][] = [];
  let skipped = 0;
  list.forEach((f, i) => {
    const g = f.geometry as Geometry | null;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      skipped++;
      return;
    }
    coded.push([codeOf(f, i, file), g]);
  });
  if (coded.length === 0) throw fail(file, 'er staan geen vlakken (Polygon/MultiPolygon) in dit bestand', 'this file holds no areas (Polygon/MultiPolygon)');
  const crs = detectCrs(json, coded.map(([, g]) => g), file);
  return { crs, byCode: new Map(crs === 'RD' ? coded.map(([code, g]) => [code, rdToWgs84Geometry(g)]) : coded), skipped };
}

/**
 * The polygon in WGS84 (to a micro-degree), with new positions: an unquantized TopoJSON gives every
 * polygon along an arc the same position arrays, so converting in place would move a shared
 * vertex twice.
 */
function rdToWgs84Geometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const position = (p: Position): Position => {
    const [lon, lat] = rdToWgs84.forward([p[0], p[1]]);
    return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6, ...p.slice(2)];
  };
  const rings = (poly: Position[][]) => poly.map((ring) => ring.map(position));
  return g.type === 'Polygon' ? { ...g, coordinates: rings(g.coordinates) } : { ...g, coordinates: g.coordinates.map(rings) };
}
