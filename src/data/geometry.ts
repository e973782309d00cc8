/**
 * Geometry a user brings (INTERFACES.md "Data"): GeoJSON or TopoJSON of gemeenten, wijken or
 * buurten, in WGS84 lon/lat or in RD New (EPSG:28992, as CBS/PDOK distribute the wijk- en
 * buurtkaart), converted to WGS84 with proj4. Pure: bytes or text in, polygons by CBS code out.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import proj4 from 'proj4';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { InputError, type Said } from '../core/errors.ts';
import { excerpt, parseJson as parseJsonText } from '../core/json.ts';
import { bounds } from '../core/geometry.ts';
import { decodeText } from './cbs/decode.ts';
import { checkPolygonGeometry, checkTopology, CRS_RANGE, geometryError, outsideRange, type FeatureLabel, type FeatureRef } from './geometryChecks.ts';
import { isRegionCode } from './regions.ts';
import { say } from '../i18n/engine/index.ts';

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

type Crs = 'WGS84' | 'RD';

export interface GeometryFile {
  crs: Crs;
  /** Polygons by CBS code (BU/WK/GM), in WGS84. */
  byCode: Map<string, Polygon | MultiPolygon>;
  /** Features without a polygon (points, lines) that were skipped. */
  skipped: number;
}

const fail = (file: string, said: Said, where: { line?: number; column?: number; field?: string } = {}) => new InputError('geometry', said, { file, ...where });

function parseJson(text: string, file: string): unknown {
  return parseJsonText(text, 'geometry', { file }, say('data.geometry.invalidJson'));
}

/** A feature with where it came from, for messages ("object 3 (BU19820101)", features[2].geometry). */
interface Found {
  feature: Feature | null;
  label: FeatureLabel;
  path: string;
}

function features(json: unknown, file: string): Found[] {
  const o = json as { type?: string; objects?: Record<string, unknown>; features?: unknown };
  if (o?.type === 'Topology') {
    checkTopology(json as Record<string, unknown>, file);
    return Object.entries(o.objects!).flatMap(([name, obj]) => {
      const fc = feature(json as Topology, obj as GeometryCollection) as unknown as FeatureCollection | Feature;
      const list = 'features' in fc ? fc.features : [fc];
      const nested = 'features' in fc ? '.geometries' : '';
      return list.map((f, i) => ({ feature: f, label: { layer: name, n: i + 1 }, path: `objects.${name}${nested ? `${nested}[${i}]` : ''}` }));
    });
  }
  if (o?.type === 'FeatureCollection' && Array.isArray(o.features)) {
    return (o.features as (Feature | null)[]).map((f, i) => ({ feature: f, label: { n: i + 1 }, path: `features[${i}]` }));
  }
  if (o?.type === 'Feature') return [{ feature: json as Feature, label: { n: 1 }, path: '' }];
  throw fail(file, say('data.geometry.notGeo'));
}

/** Geometry types that are not areas: skipped (and counted), as labels and roads in a map file are. */
const OTHER_TYPES: readonly string[] = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'GeometryCollection'];

function codeOf(found: Found, file: string): string {
  const props = (found.feature?.properties ?? {}) as Record<string, unknown>;
  const keys = Object.keys(props);
  for (const want of CODE_KEYS) {
    const key = keys.find((k) => k.toLowerCase() === want);
    const v = key === undefined ? undefined : String(props[key] ?? '').trim().toUpperCase();
    if (v && isRegionCode(v)) return v;
  }
  throw fail(file, say('data.geometry.noCode', { feature: found.label, keys: CODE_KEYS }), { field: `${found.path}${found.path ? '.' : ''}properties` });
}

/** The reference system the file names in its `crs` member (GeoJSON 2008), if any. */
function declaredCrs(json: unknown): Crs | undefined {
  const crs = (json as { crs?: { properties?: { name?: unknown; code?: unknown } } }).crs;
  const name = typeof crs?.properties?.name === 'string' ? crs.properties.name : '';
  // GeoJSON 2008 named a system by URN (properties.name) or, in older files, by EPSG code.
  if (/28992/.test(name) || String(crs?.properties?.code) === '28992') return 'RD';
  if (/CRS84|4326/i.test(name)) return 'WGS84';
  return undefined;
}

/** RD when the numbers are metres in the Dutch grid, WGS84 when they are degrees; anything else is an error. */
function detectCrs(polys: (Polygon | MultiPolygon)[], file: string): Crs {
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const g of polys) {
    const [a, b, c, d] = bounds(g);
    if (a < x0) x0 = a;
    if (c > x1) x1 = c;
    if (b < y0) y0 = b;
    if (d > y1) y1 = d;
  }
  if (x0 >= NL.lon[0] && x1 <= NL.lon[1] && y0 >= NL.lat[0] && y1 <= NL.lat[1]) return 'WGS84';
  if (x0 >= CRS_RANGE.RD.x[0] && x1 <= CRS_RANGE.RD.x[1] && y0 >= CRS_RANGE.RD.y[0] && y1 <= CRS_RANGE.RD.y[1]) return 'RD';
  throw fail(file, say('data.geometry.unknownCrs', { x0: Math.round(x0), x1: Math.round(x1), y0: Math.round(y0), y1: Math.round(y1) }));
}

/** Longitude and latitude around the Netherlands (RD New's area of use lies well inside). */
const NL = { lon: [2, 8], lat: [50, 54] } as const;

/**
 * Polygons by CBS code, each checked (geometryChecks.ts) before any is used: one broken feature
 * refuses the whole file, so a map is never half-used.
 */
export function readGeometry(input: string | Uint8Array | ArrayBuffer, file: string): GeometryFile {
  const text = typeof input === 'string' ? input : decodeText(input, file).text;
  if (!text.trim()) throw fail(file, say('data.geometry.empty'));
  const json = parseJson(text, file);
  const list = features(json, file);
  const coded: [string, Polygon | MultiPolygon, Found][] = [];
  const seen = new Map<string, Found>();
  let skipped = 0;
  for (const found of list) {
    const f = found.feature;
    if (f === null || typeof f !== 'object') throw fail(file, say('data.geometry.emptyFeature', { feature: found.label, value: excerpt(f) }), { field: found.path });
    const g = f.geometry as Geometry | null | undefined;
    if (g && OTHER_TYPES.includes(g.type)) {
      skipped++; // points and lines (labels, roads) are not areas
      continue;
    }
    const code = codeOf(found, file);
    const ref = refOf(file, found, code);
    if (g && g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
      throw geometryError(ref, '.type', say('data.geometry.unknownType', { feature: ref.label, type: excerpt(g.type) }));
    }
    if (!g) throw geometryError(ref, '', say('data.geometry.noGeometry', { feature: ref.label }));
    checkPolygonGeometry(g, ref);
    const earlier = seen.get(code);
    if (earlier) throw geometryError(ref, '', say('data.geometry.duplicateCode', { feature: ref.label, code, earlier: earlier.label }));
    seen.set(code, found);
    coded.push([code, g, found]);
  }
  if (coded.length === 0) throw fail(file, say('data.geometry.noAreas'));
  const declared = declaredCrs(json);
  const crs = declared ?? detectCrs(coded.map(([, g]) => g), file);
  const byCode = new Map<string, Polygon | MultiPolygon>();
  for (const [code, g, found] of coded) {
    const ref = refOf(file, found, code);
    const off = outsideRange(g, crs);
    if (off) throw geometryError(ref, off.path, say('data.geometry.outsideCrs', { feature: ref.label, position: excerpt(off.position), crs, declared: declared !== undefined }));
    const wgs = crs === 'RD' ? rdToWgs84Geometry(g) : g;
    const [a, b, c, d] = bounds(wgs);
    if (a < NL.lon[0] || c > NL.lon[1] || b < NL.lat[0] || d > NL.lat[1]) {
      throw geometryError(ref, '', say('data.geometry.notInNetherlands', { feature: ref.label, west: a, east: c, south: b, north: d }));
    }
    byCode.set(code, wgs);
  }
  return { crs, byCode, skipped };
}

/** A coded feature for the checks: its label with the code, and the path of its geometry. */
const refOf = (file: string, found: Found, code: string): FeatureRef => ({ file, label: { ...found.label, code }, path: `${found.path}${found.path ? '.' : ''}geometry` });

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
