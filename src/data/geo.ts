/**
 * The bundled per-gemeente TopoJSON (data/geo/GMxxxx.topo.json, objects `gemeente`, `wijken`,
 * `buurten`, WGS84) → GeoJSON features keyed by CBS code, and which buurten border each other.
 * Pure: the caller fetches or reads the file and hands over the parsed JSON.
 */
import type { Feature, Geometry, Position } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { InputError } from '../core/errors.ts';
import { say } from '../i18n/engine/index.ts';

interface AreaProperties {
  code: string;
  name: string;
  /** The wijk a buurt lies in (buurten only). */
  wijk?: string;
}

type AreaFeature = Feature<Geometry, AreaProperties>;

export interface GemeenteFeatures {
  gemeente: AreaFeature | null;
  wijken: Map<string, AreaFeature>;
  buurten: Map<string, AreaFeature>;
}

/**
 * Features of one gemeente topology, keyed by code, in code order. An object the topology lacks
 * gives an empty map (or null for the gemeente).
 * @example featuresOf(topo).buurten.get('BU19820101')?.properties.name // "Oud Velp"
 */
export function featuresOf(topology: unknown, file = 'topology'): GemeenteFeatures {
  const topo = asTopology(topology, file);
  const byCode = (name: string) => {
    const out = new Map<string, AreaFeature>();
    const object = collectionOf(topo, name, file);
    if (!object) return out;
    for (const f of (feature(topo, object) as unknown as { features: AreaFeature[] }).features) out.set(f.properties.code, f);
    return out;
  };
  const gemeente = byCode('gemeente');
  return { gemeente: gemeente.values().next().value ?? null, wijken: byCode('wijken'), buurten: byCode('buurten') };
}

/**
 * The boundaries of one gemeente topology by code: its buurten, its wijken and, under `gemeente`,
 * the gemeente itself (when the topology has it).
 * @example geometryByCode(topo, 'GM1982').size // 135: 101 buurten, 33 wijken and the gemeente
 */
export function geometryByCode(topology: unknown, gemeente: string, file = 'topology'): Map<string, Geometry> {
  const f = featuresOf(topology, file);
  const byCode = new Map<string, Geometry>();
  for (const [code, feature] of [...f.buurten, ...f.wijken]) byCode.set(code, feature.geometry);
  if (f.gemeente) byCode.set(gemeente, f.gemeente.geometry);
  return byCode;
}

/**
 * Buurten that border each other, by code (both directions, sorted). Two buurten border when they
 * share an arc (topojson-client `neighbors`) or, because the bundled buurt outlines were
 * simplified one by one upstream and leave gaps between real neighbours, when their outlines come
 * within `toleranceM` metres. The default, 50 m, is one source unit in the coarsest gemeente; it
 * lifts the mean number of neighbours in Amsterdam from 2.2 (shared arcs only, 17 buurten with
 * none) to 6.4 (1 with none), in Land van Cuijk from 3.0 to 4.5. Pass 0 for shared arcs only.
 */
export function buurtNeighbours(topology: unknown, toleranceM = 50, file = 'topology'): Map<string, string[]> {
  const topo = asTopology(topology, file);
  const object = collectionOf(topo, 'buurten', file);
  const result = new Map<string, Set<string>>();
  if (!object) return new Map();
  const codes = object.geometries.map((g) => String((g.properties as AreaProperties | undefined)?.code));
  for (const c of codes) result.set(c, new Set());
  const link = (a: string, b: string) => {
    if (a === b) return;
    result.get(a)!.add(b);
    result.get(b)!.add(a);
  };
  neighbors(object.geometries as never).forEach((list, i) => list.forEach((j) => link(codes[i], codes[j])));
  if (toleranceM > 0) {
    const outlines = (feature(topo, object) as unknown as { features: AreaFeature[] }).features.map((f) => outline(f.geometry));
    for (let i = 0; i < outlines.length; i++) {
      for (let j = i + 1; j < outlines.length; j++) {
        if (!result.get(codes[i])!.has(codes[j]) && withinDistance(outlines[i], outlines[j], toleranceM)) link(codes[i], codes[j]);
      }
    }
  }
  return new Map([...result].map(([code, set]) => [code, [...set].sort()]));
}

function asTopology(value: unknown, file: string): Topology {
  const t = value as Topology | null;
  if (!t || typeof t !== 'object' || t.type !== 'Topology' || typeof t.objects !== 'object' || !Array.isArray(t.arcs)) {
    throw new InputError('not-topology', say('data.geo.notTopology'), { file });
  }
  return t;
}

function collectionOf(topo: Topology, name: string, file: string): GeometryCollection | null {
  const object = topo.objects[name] as Topology['objects'][string] | undefined;
  if (object === undefined) return null;
  if (object.type !== 'GeometryCollection') {
    throw new InputError('bad-topology-object', say('data.geo.notCollection', { name }), { file, field: name });
  }
  return object as GeometryCollection;
}

/** Rings as planar metres (equirectangular around the ring's latitude: < 0.1 % off over a gemeente). */
interface Outline {
  rings: number[][][];
  box: [number, number, number, number];
}

const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LON_EQUATOR = 111_320;
/** All of NL lies within a few degrees of 52° N; one scale keeps buurten comparable. */
const COS_LAT = Math.cos((52 * Math.PI) / 180);

function outline(g: Geometry): Outline {
  const polygons: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  const rings = polygons.flat().map((ring) => ring.map(([lon, lat]) => [lon * M_PER_DEG_LON_EQUATOR * COS_LAT, lat * M_PER_DEG_LAT]));
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return { rings, box };
}

function withinDistance(a: Outline, b: Outline, d: number): boolean {
  if (a.box[0] > b.box[2] + d || b.box[0] > a.box[2] + d || a.box[1] > b.box[3] + d || b.box[1] > a.box[3] + d) return false;
  return vertexNear(a, b, d * d) || vertexNear(b, a, d * d);
}

/**
 * Some vertex of `a` lies within √d2 of an edge of `b`. With the mirror call this finds every
 * pair of outlines closer than d, except two that cross deeply with no vertex near the other's
 * edge, which neighbouring buurten that were simplified at 60 m do not do.
 */
function vertexNear(a: Outline, b: Outline, d2: number): boolean {
  for (const ring of a.rings) {
    for (const p of ring) {
      for (const other of b.rings) {
        for (let i = 1; i < other.length; i++) if (segmentDistance2(p, other[i - 1], other[i]) <= d2) return true;
      }
    }
  }
  return false;
}

function segmentDistance2(p: number[], a: number[], b: number[]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  const ex = p[0] - (a[0] + t * dx);
  const ey = p[1] - (a[1] + t * dy);
  return ex * ex + ey * ey;
}
