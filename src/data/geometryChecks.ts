/**
 * Checks on a geometry file before any of it is used (issue #15): a broken outline must never
 * move people or change circles in silence. Rings must be closed, have at least 4 positions
 * (RFC 7946 §3.1.6), enclose an area, and holes must lie inside their outer ring; positions are
 * pairs of finite numbers; a TopoJSON's arcs and objects must point at arcs that exist. Every
 * finding is an InputError naming the feature (number and CBS code) and the field path.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { InputError, type Said } from '../core/errors.ts';
import { excerpt } from '../core/json.ts';
import { say } from '../i18n/engine/index.ts';

/** Which feature a message is about, said "object 3 (BU19820101)" / "feature 3 (BU19820101)" by the engine words. */
export interface FeatureLabel {
  /** The TopoJSON object (layer) it came from. */
  layer?: string;
  /** 1-based number in its collection. */
  n: number;
  code?: string;
}

export interface FeatureRef {
  file: string;
  label: FeatureLabel;
  /** JSON path of the geometry, e.g. features[2].geometry. */
  path: string;
}

/** A finding about one feature: the message names the feature (its label is among the values). */
const bad = (ref: FeatureRef, path: string, said: Said) => new InputError('geometry', said, { file: ref.file, field: `${ref.path}${path}` });

/** Twice the signed area of a ring (shoelace, in the file's own units). */
function signedArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return s;
}

function checkPosition(p: unknown, ref: FeatureRef, path: string): void {
  if (!Array.isArray(p) || p.length < 2) throw bad(ref, path, say('data.geometryChecks.position', { feature: ref.label, value: excerpt(p) }));
  for (let k = 0; k < p.length; k++) {
    if (typeof p[k] !== 'number' || !Number.isFinite(p[k])) throw bad(ref, `${path}[${k}]`, say('data.geometryChecks.coordinate', { feature: ref.label, value: excerpt(p[k]) }));
  }
}

/** The ring checked (positions, closure, length) and whether it encloses an area. */
function checkRing(ring: unknown, ref: FeatureRef, path: string): { ring: Position[]; flat: boolean } {
  if (!Array.isArray(ring)) throw bad(ref, path, say('data.geometryChecks.ring', { feature: ref.label, value: excerpt(ring) }));
  ring.forEach((p, i) => checkPosition(p, ref, `${path}[${i}]`));
  const r = ring as Position[];
  if (r.length < 4) throw bad(ref, path, say('data.geometryChecks.ringShort', { feature: ref.label, count: r.length }));
  const [a, z] = [r[0], r[r.length - 1]];
  if (a[0] !== z[0] || a[1] !== z[1]) throw bad(ref, path, say('data.geometryChecks.ringOpen', { feature: ref.label, last: excerpt(z), first: excerpt(a) }));
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const [x, y] of r) {
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  // Zero area (all points on one line, or all the same): relative to the ring's own box, so
  // degrees and metres are judged alike; 1e-9 is far below any real buurt (a 1 m² buurt in a
  // 1 km box is 1e-6).
  const flat = Math.abs(signedArea2(r)) <= 1e-9 * Math.max((x1 - x0) ** 2 + (y1 - y0) ** 2, Number.MIN_VALUE);
  return { ring: r, flat };
}

/** Whether the polygon encloses an area; throws for anything malformed. */
function checkPolygon(rings: unknown, ref: FeatureRef, path: string): boolean {
  if (!Array.isArray(rings) || rings.length === 0) throw bad(ref, path, say('data.geometryChecks.noRing', { feature: ref.label, value: excerpt(rings) }));
  const checked = rings.map((ring, k) => checkRing(ring, ref, `${path}[${k}]`));
  if (checked[0].flat) return false;
  const outer: Polygon = { type: 'Polygon', coordinates: [checked[0].ring] };
  const outerArea = Math.abs(signedArea2(checked[0].ring));
  for (let k = 1; k < checked.length; k++) {
    const hole = checked[k].ring;
    if (checked[k].flat) continue; // removes nothing, wherever it lies
    // A hole lies inside its outer ring: smaller, and (most of) its vertices inside or on the
    // outline. "Most": simplified maps let a small hole poke a vertex a few metres out (one
    // bundled wijk, WK171410, does), which moves no one; a hole mostly outside is a broken file.
    const corners = hole.slice(0, -1);
    const outside = corners.filter((p) => !booleanPointInPolygon(p, outer)).length;
    if (Math.abs(signedArea2(hole)) >= outerArea) {
      throw bad(ref, `${path}[${k}]`, say('data.geometryChecks.holeLarger', { feature: ref.label, hole: k }));
    }
    if (outside * 2 >= corners.length) {
      throw bad(ref, `${path}[${k}]`, say('data.geometryChecks.holeOutside', { feature: ref.label, hole: k, outside, corners: corners.length }));
    }
  }
  return true;
}

/**
 * Throws an InputError for the first thing wrong with a Polygon or MultiPolygon. A part of a
 * MultiPolygon that encloses no area is allowed when another part does: simplified maps (CBS's
 * own, and 57 of the 342 bundled gemeenten) keep such slivers, and they hold no one.
 */
export function checkPolygonGeometry(g: Polygon | MultiPolygon, ref: FeatureRef): void {
  const c = (g as { coordinates?: unknown }).coordinates;
  if (!Array.isArray(c) || c.length === 0) throw bad(ref, '.coordinates', say('data.geometryChecks.noCoordinates', { feature: ref.label, value: excerpt(c) }));
  if (g.type === 'Polygon') {
    if (!checkPolygon(c, ref, '.coordinates')) throw bad(ref, '.coordinates[0]', say('data.geometryChecks.noArea', { feature: ref.label }));
    return;
  }
  const withArea = c.map((poly, i) => checkPolygon(poly, ref, `.coordinates[${i}]`));
  if (!withArea.includes(true)) throw bad(ref, '.coordinates', say('data.geometryChecks.noPartArea', { feature: ref.label }));
}

/** The coordinate range each reference system allows (its area of use, with a margin). */
export const CRS_RANGE = {
  /** Degrees, anywhere on earth; readGeometry separately requires the Netherlands. */
  WGS84: { x: [-180, 180], y: [-90, 90] },
  /** RD New's area of use in metres (EPSG:28992: x −7,000 … 300,000, y 289,000 … 629,000), plus 10 km. */
  RD: { x: [-17_000, 310_000], y: [279_000, 639_000] },
} as const;

/** The first position outside `crs`'s range, as a field path and the position; null when all are inside. */
export function outsideRange(g: Polygon | MultiPolygon, crs: keyof typeof CRS_RANGE): { path: string; position: Position } | null {
  const { x, y } = CRS_RANGE[crs];
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (let i = 0; i < polys.length; i++) {
    for (let k = 0; k < polys[i].length; k++) {
      const ring = polys[i][k];
      for (let j = 0; j < ring.length; j++) {
        const p = ring[j];
        if (p[0] < x[0] || p[0] > x[1] || p[1] < y[0] || p[1] > y[1]) return { path: `.coordinates${g.type === 'Polygon' ? '' : `[${i}]`}[${k}][${j}]`, position: p };
      }
    }
  }
  return null;
}

export { bad as geometryError };

const topoError = (file: string, field: string, said: Said) => new InputError('geometry', said, { file, field });

/**
 * A TopoJSON's structure, before topojson-client turns it into features (it trusts its input: a
 * missing arc or a string in an arc ends in a TypeError or NaN coordinates). Arcs are lists of
 * number pairs; a transform has two numbers for scale and translate; every arc index an object
 * uses (i, or ~i for the arc reversed) points at an arc that exists.
 */
export function checkTopology(topo: Record<string, unknown>, file: string): void {
  const arcs = topo.arcs;
  if (!Array.isArray(arcs)) throw topoError(file, 'arcs', say('data.geometryChecks.arcs', { value: excerpt(arcs) }));
  arcs.forEach((arc, i) => {
    if (!Array.isArray(arc) || arc.length < 2) throw topoError(file, `arcs[${i}]`, say('data.geometryChecks.arcShort', { value: excerpt(arc) }));
    arc.forEach((p, j) => {
      if (!Array.isArray(p) || p.length < 2 || p.some((v) => typeof v !== 'number' || !Number.isFinite(v))) {
        throw topoError(file, `arcs[${i}][${j}]`, say('data.geometryChecks.arcPosition', { value: excerpt(p) }));
      }
    });
  });
  if (topo.transform !== undefined) {
    const t = topo.transform as { scale?: unknown; translate?: unknown } | null;
    for (const key of ['scale', 'translate'] as const) {
      const v = t?.[key];
      if (!Array.isArray(v) || v.length !== 2 || v.some((n) => typeof n !== 'number' || !Number.isFinite(n))) {
        throw topoError(file, `transform.${key}`, say('data.geometryChecks.transform', { key, value: excerpt(v) }));
      }
    }
  }
  const objects = topo.objects;
  if (typeof objects !== 'object' || objects === null || Array.isArray(objects)) throw topoError(file, 'objects', say('data.geometryChecks.objects', { value: excerpt(objects) }));
  const index = (v: unknown, path: string) => {
    const i = typeof v === 'number' && Number.isInteger(v) ? (v < 0 ? ~v : v) : -1;
    if (i < 0 || i >= arcs.length) throw topoError(file, path, say('data.geometryChecks.arcReference', { value: excerpt(v), arcs: arcs.length }));
  };
  const list = (v: unknown, path: string, depth: number) => {
    if (!Array.isArray(v)) throw topoError(file, path, say('data.geometryChecks.arcList', { value: excerpt(v) }));
    v.forEach((x, i) => (depth === 0 ? index(x, `${path}[${i}]`) : list(x, `${path}[${i}]`, depth - 1)));
  };
  const depthOf: Record<string, number> = { LineString: 0, MultiLineString: 1, Polygon: 1, MultiPolygon: 2 };
  const walk = (g: unknown, path: string, nesting: number) => {
    const o = g as { type?: unknown; arcs?: unknown; geometries?: unknown } | null;
    if (typeof o !== 'object' || o === null || typeof o.type !== 'string') throw topoError(file, path, say('data.geometryChecks.geometryType', { value: excerpt(g) }));
    if (o.type === 'GeometryCollection') {
      // Collections inside collections are legal but never deep in real maps; refuse absurd nesting.
      if (!Array.isArray(o.geometries) || nesting > 8) throw topoError(file, `${path}.geometries`, say('data.geometryChecks.collection'));
      o.geometries.forEach((x, i) => walk(x, `${path}.geometries[${i}]`, nesting + 1));
    } else if (o.type in depthOf) list(o.arcs, `${path}.arcs`, depthOf[o.type]);
  };
  for (const [name, object] of Object.entries(objects)) walk(object, `objects.${name}`, 0);
}
