/**
 * Property (issue #15): whatever happens to a real map file on its way to us (cut off, a value
 * replaced by text, null, an empty list or a number far away, a ring's closing point or a
 * coordinate dropped, x and y swapped, a wrong reference system declared, label points added), readGeometry either
 * refuses it with an InputError that names the file, or returns for every code exactly the
 * polygon of the clean file. Never another exception, never a half-used or changed outline.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { featuresOf } from '../../src/data/geo.ts';
import { readGeometry } from '../../src/data/geometry.ts';

const topo = JSON.parse(readFileSync(new URL('../../data/geo/GM1982.topo.json', import.meta.url), 'utf8'));
/** The buurten of Mill (wijk WK198210) as GeoJSON, the form people export from QGIS. */
const clean = {
  type: 'FeatureCollection',
  features: [...featuresOf(topo).buurten.values()].filter((f) => f.properties.wijk === 'WK198210' || f.properties.code.startsWith('BU198210')).map((f) => ({ type: 'Feature', properties: { code: f.properties.code, naam: f.properties.name }, geometry: f.geometry })),
};
const cleanText = JSON.stringify(clean);
const cleanRead = readGeometry(cleanText, 'mill.geojson').byCode;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const ODD: Json[] = ['5.7', '', 'NaN', null, [], {}, true, 0, -1, 1e20, 200, -200, [5.7], [[5.7, 51.6]]];

/** Every path in the tree, to pick from. */
function paths(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) paths(v[k], [...at, k], out);
  return out;
}
const get = (v: Json, p: (string | number)[]) => p.reduce<Json>((o, k) => (o as Record<string, Json>)[k], v);

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'replace'; at: number; value: number }
  | { kind: 'dropLast'; at: number }
  | { kind: 'swapXY' }
  | { kind: 'declareRd' }
  | { kind: 'label'; at: number; value: number };

const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at }),
  fc.record({ kind: fc.constant('replace' as const), at, value: fc.integer({ min: 0, max: ODD.length - 1 }) }),
  fc.record({ kind: fc.constant('dropLast' as const), at }),
  fc.constant({ kind: 'swapXY' as const }),
  fc.constant({ kind: 'declareRd' as const }),
  fc.record({ kind: fc.constant('label' as const), at, value: fc.integer({ min: 0, max: ODD.length - 1 }) }),
);

function apply(text: string, m: Mutation): string {
  if (m.kind === 'truncate') return text.slice(0, Math.floor(m.at * text.length));
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch {
    return text; // already cut: later mutations leave it as it is
  }
  if (m.kind === 'declareRd') return JSON.stringify({ ...(json as object), crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } } });
  if (m.kind === 'label') {
    // What a map export adds that is no outline: a label point, and odd values in non-code properties.
    const fc = json as { features?: Json[] } | null;
    if (!fc || typeof fc !== 'object' || !Array.isArray(fc.features)) return text;
    const f = fc.features[Math.floor(m.at * fc.features.length)] as { properties?: Record<string, Json> } | null;
    if (f && typeof f === 'object' && f.properties && typeof f.properties === 'object') f.properties.naam = structuredClone(ODD[m.value]);
    fc.features.push({ type: 'Feature', properties: { label: 'Mill' }, geometry: { type: 'Point', coordinates: [5.77, 51.69] } });
    return JSON.stringify(json);
  }
  if (m.kind === 'swapXY') return text.replace(/\[(-?[\d.e+-]+),(-?[\d.e+-]+)\]/g, '[$2,$1]');
  const all = paths(json);
  if (m.kind === 'replace') {
    const p = all[Math.floor(m.at * all.length)];
    if (p.length === 0) return JSON.stringify(ODD[m.value]);
    (get(json, p.slice(0, -1)) as Record<string | number, Json>)[p[p.length - 1]] = structuredClone(ODD[m.value]);
    return JSON.stringify(json);
  }
  // dropLast: the last element of a ring (its closing position) or of a position (its y).
  const rings = all.filter((p) => {
    const v = get(json, p);
    return Array.isArray(v) && v.length > 0 && (typeof v[0] === 'number' || (Array.isArray(v[0]) && typeof v[0][0] === 'number'));
  });
  if (rings.length === 0) return JSON.stringify(json);
  (get(json, rings[Math.floor(m.at * rings.length)]) as Json[]).pop();
  return JSON.stringify(json);
}

function check(text: string): 'same' | 'refused' {
  let read;
  try {
    read = readGeometry(text, 'mill.geojson').byCode;
  } catch (e) {
    if (!(e instanceof InputError)) throw new Error(`not an InputError: ${e instanceof Error ? e.stack : String(e)}`);
    if (e.where.file !== 'mill.geojson' || !e.messages.nl || !e.messages.en) throw new Error(`incomplete InputError: ${e.format('en')}`);
    if (e.format('nl').length > 1200) throw new Error('message too long');
    return 'refused';
  }
  // Accepted: each code's polygon exactly as in the clean file (a removed feature or property may drop a code, never change one).
  for (const [code, g] of read) expect(g, code).toEqual(cleanRead.get(code));
  return 'same';
}

/** FUZZ_RUNS=5000 for a deeper search; a fixed seed keeps CI repeatable (FUZZ_SEED=random explores). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED === 'random' ? undefined : Number(process.env.FUZZ_SEED ?? 20261204);

describe('readGeometry under mutation (fast-check)', () => {
  it('refused with the project\'s own error, or accepted with the clean file\'s polygons', () => {
    expect(cleanRead.size).toBeGreaterThan(3);
    const seen = { same: 0, refused: 0 };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
        seen[check(ms.reduce(apply, cleanText))]++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Not vacuous: both outcomes occur.
    expect(seen.refused).toBeGreaterThan(RUNS / 4);
    expect(seen.same).toBeGreaterThan(5);
  });

  it('random text and random JSON values', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => void check(s)), { numRuns: 200, seed: SEED });
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => void check(JSON.stringify(v) ?? 'null')), { numRuns: 300, seed: SEED });
  });
});
