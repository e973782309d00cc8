/**
 * Issue #15 point 1: a geometry file is checked whole before any of it is used. Each broken file
 * of the issue is refused with an InputError naming the feature (number and CBS code), the field
 * path and what is wrong; through the CLI that is exit 2 with a plain message, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.ts';
import { readGeometry } from '../../src/data/geometry.ts';
import { hasStackTrace, runMain, tempFiles } from '../helpers/cli.ts';

/** Mill (WK198210) as a square around the village, in WGS84. */
const square = [[5.70, 51.66], [5.80, 51.66], [5.80, 51.72], [5.70, 51.72], [5.70, 51.66]];
const feature = (geometry: unknown, code = 'WK198210') => ({ type: 'Feature', properties: { code }, geometry });
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const polygon = (...rings: unknown[]) => ({ type: 'Polygon', coordinates: rings });

function refusal(text: string): InputError {
  try {
    readGeometry(text, 'kaart.geojson');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('the file was accepted');
}

describe('geometry refused before use, naming the feature and what is wrong', () => {
  it.each([
    ['string coordinates', collection(feature(polygon(square.map(([x, y]) => [String(x), y])))), /object 1 \(WK198210\): coördinaat "5\.7" is geen getal/, 'features[0].geometry.coordinates[0][0][0]'],
    ['a ring of two points', collection(feature(polygon([[5.7, 51.66], [5.7, 51.66]]))), /minstens 4 punten.*deze heeft er 2/, 'features[0].geometry.coordinates[0]'],
    ['an unclosed ring', collection(feature(polygon(square.slice(0, 4)))), /niet gesloten/, 'features[0].geometry.coordinates[0]'],
    ['a zero-area (collinear) ring', collection(feature(polygon([[5.7, 51.66], [5.75, 51.69], [5.8, 51.72], [5.7, 51.66]]))), /geen oppervlak/, 'features[0].geometry.coordinates[0]'],
    ['a hole larger than its polygon', collection(feature(polygon(square, [[5.6, 51.6], [5.9, 51.6], [5.9, 51.8], [5.6, 51.8], [5.6, 51.6]]))), /gat 1 is groter dan het vlak/, 'features[0].geometry.coordinates[1]'],
    ['a hole outside its polygon', collection(feature(polygon(square, [[5.9, 51.9], [5.95, 51.9], [5.95, 51.95], [5.9, 51.9]]))), /gat 1 ligt niet binnen/, 'features[0].geometry.coordinates[1]'],
    ['empty coordinates', collection(feature({ type: 'Polygon', coordinates: [] })), /coördinaten ontbreken of zijn leeg/, 'features[0].geometry.coordinates'],
    ['null coordinates', collection(feature({ type: 'MultiPolygon', coordinates: null })), /coördinaten ontbreken/, 'features[0].geometry.coordinates'],
    ['a null feature', collection(feature(polygon(square)), null), /object 2 is leeg/, 'features[1]'],
    ['a null geometry', collection(feature(null)), /object 1 \(WK198210\): heeft geen geometrie/, 'features[0].geometry'],
    ['an unknown geometry type', collection(feature({ type: 'Polygoon', coordinates: [square] })), /onbekend geometrietype "Polygoon"; verwacht Polygon of MultiPolygon/, 'features[0].geometry.type'],
    ['WGS84 coordinates labelled EPSG:28992', JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } }, features: [feature(polygon(square))] }), /buiten het bereik van RD New \(EPSG:28992\), het stelsel dat het bestand opgeeft/, 'features[0].geometry.coordinates[0][0]'],
    ['one code twice', collection(feature(polygon(square)), feature(polygon(square))), /WK198210 staat al in object 1/, 'features[1].geometry'],
    ['TopoJSON arc index out of range', JSON.stringify({ type: 'Topology', arcs: [[[0, 0], [1, 1]]], objects: { wijken: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[7]], properties: { code: 'WK198210' } }] } } }), /verwijzing 7 wijst niet naar een bestaande arc \(er zijn er 1\)/, 'objects.wijken.geometries[0].arcs[0][0]'],
    ['TopoJSON arc with text', JSON.stringify({ type: 'Topology', arcs: [[[0, 0], ['1', 1]]], objects: {} }), /punt moet \[x, y\] met getallen zijn/, 'arcs[0][1]'],
    ['TopoJSON object without a type', JSON.stringify({ type: 'Topology', arcs: [], objects: { wijken: null } }), /geometrie met een type/, 'objects.wijken'],
    ['TopoJSON bad transform', JSON.stringify({ type: 'Topology', transform: { scale: [1], translate: [0, 0] }, arcs: [], objects: {} }), /transform\.scale moet twee getallen zijn/, 'transform.scale'],
  ])('%s', (_, text, message, field) => {
    const e = refusal(text);
    expect(e.format('nl')).toMatch(message);
    expect(e.where).toMatchObject({ file: 'kaart.geojson', field });
    expect(e.messages.en.length).toBeGreaterThan(10);
  });

  it('accepts a sliver part of a MultiPolygon next to a real one (simplified maps have them), but not a MultiPolygon of slivers only', () => {
    const sliver = [[5.7, 51.66], [5.71, 51.66], [5.72, 51.66], [5.7, 51.66]];
    expect(readGeometry(collection(feature({ type: 'MultiPolygon', coordinates: [[square], [sliver]] })), 'k.json').byCode.size).toBe(1);
    expect(refusal(collection(feature({ type: 'MultiPolygon', coordinates: [[sliver]] }))).format('nl')).toMatch(/geen van de delen omsluit een oppervlak/);
  });

  it('quotes at most a short excerpt of a huge value', () => {
    const e = refusal(collection(feature(polygon([['x'.repeat(1_000_000), 51.66], ...square.slice(1)]))));
    expect(e.format('nl').length).toBeLessThan(300);
  });

  it('reads every bundled gemeente map (343 files, real-world outlines) without a refusal', () => {
    for (const gm of ['GM1982', 'GM0363', 'GM1714', 'GM0050']) {
      const text = readFileSync(new URL(`../../data/geo/${gm}.topo.json`, import.meta.url));
      expect(readGeometry(text, `${gm}.topo.json`).byCode.size).toBeGreaterThan(1);
    }
  });
});

describe('simulate --geometry with a broken file', () => {
  const file = tempFiles('sneeuwbal-badgeo-');
  it.each([
    ['string coordinates', collection(feature(polygon(square.map(([x, y]) => [String(x), y]))))],
    ['a null feature', collection(null)],
    ['bad TopoJSON arcs', JSON.stringify({ type: 'Topology', arcs: [[[0, 0], [1, 1]]], objects: { wijken: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[3]], properties: { code: 'WK198210' } }] } } })],
    ['WGS84 labelled RD', JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:28992' } }, features: [feature(polygon(square))] })],
  ])('%s → exit 2, a plain message naming the file, nothing on stdout', async (name, text) => {
    const path = file(`${name.replace(/\W+/g, '-')}.geojson`, text);
    const r = await runMain('simulate', '--area', 'WK198210', '--plan', 'b=1', '--reps', '1', '--months', '12', '--geometry', path, '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(path);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
