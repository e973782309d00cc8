import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { areaFromTable } from '../../src/node/data.ts';
import { createDataApi, type DataApi } from '../../src/workers/dataApi.ts';
import { bundledTable } from '../helpers/areas.ts';

/** The worker's API run directly in Node on the bundled national table. */
const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
const tableFile = `${dataDir}kwb-2024.csv`;
let api: DataApi;

beforeAll(async () => {
  api = createDataApi(async (path) => {
    const bytes = await readFile(path);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  });
  const result = await api.loadTable({ url: tableFile, file: 'kwb-2024.csv' });
  if (!result.ok) throw new Error(result.error.en);
  expect(result.regions).toBe(18_310);
  expect((await api.loadExtras({ url: `${dataDir}gemeenten-2024-extra.csv`, file: 'gemeenten-2024-extra.csv' })).ok).toBe(true);
  const geo = readdirSync(`${dataDir}geo`).filter((f) => f.endsWith('.topo.json'));
  api.setGeometryUrls(Object.fromEntries(geo.map((f) => [f.slice(0, -'.topo.json'.length), `${dataDir}geo/${f}`])));
});

describe('the model area built in the worker', () => {
  test('is exactly what the CLI builds (same table, estimates and boundaries): the basis of equal numbers', async () => {
    for (const codes of [['WK198210'], ['BU19821001'], ['GM1982']]) {
      const built = await api.buildArea(codes, []);
      if (!built.ok) throw new Error(built.error.en);
      expect(JSON.stringify(built.area), codes.join()).toBe(JSON.stringify(areaFromTable(bundledTable(), codes)));
    }
  });

  test('a group of buurten (a kerkdorp) is an area too', async () => {
    const groups = [{ name: 'Mill-Centrum en omgeving', buurten: ['BU19821001', 'BU19821003'] }];
    const built = await api.buildArea(['Mill-Centrum en omgeving'], groups);
    if (!built.ok) throw new Error(built.error.en);
    expect(built.area.buurten.map((b) => b.code)).toEqual(['BU19821001', 'BU19821003']);
    expect(built.area.buurten.every((b) => b.geometry !== null)).toBe(true);
    expect(JSON.stringify(built.area)).toBe(JSON.stringify(areaFromTable(bundledTable(), ['Mill-Centrum en omgeving'], groups)));
  });

  test('bad areas come back as messages in both languages', async () => {
    const built = await api.buildArea(['GM9999'], []);
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.error.nl).not.toBe(built.error.en);
  });

  test('places to rank: the wijken of a gemeente, each as a model area', async () => {
    const units = await api.rankUnits('GM1982', 'wijk', []);
    if (!units.ok) throw new Error(units.error.en);
    expect(units.units).toHaveLength(33);
    expect(units.units.find((u) => u.code === 'WK198210')?.area?.age65plus).toBe(1590);
  });

  test('field data is read in the worker; a broken file names its line', async () => {
    const enc = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
    const ok = await api.readField({ bytes: enc('date,area,circles\n2024-06,WK198210,3\n2024-12,WK198210,5\n'), file: 'veld.csv' }, []);
    expect(ok.ok && ok.data.rows.length).toBe(2);
    const bad = await api.readField({ bytes: enc('date,area,circles\n2024-06,WK198210,drie\n'), file: 'veld.csv' }, []);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.nl).toMatch(/veld\.csv, regel 2/);
  });
});

describe('data worker API', () => {
  test('Land van Cuijk: 33 wijken and 101 buurten with known figures', () => {
    const view = api.area('GM1982')!;
    expect(view.gemeente.name).toBe('Land van Cuijk');
    expect(view.gemeente.figures.inhabitants).toBe(91_722);
    expect(view.gemeente.figures.age65plus).toBe(21_992);
    expect(view.wijken).toHaveLength(33);
    expect(view.buurten).toHaveLength(101);
    const mill = view.wijken.find((w) => w.code === 'WK198210')!;
    expect(mill.name).toBe('Mill');
    expect(mill.figures.age65plus).toBe(1590);
    expect(view.buurten.every((b) => b.parent?.startsWith('WK1982'))).toBe(true);
  });

  test('a missing 65+ count stays missing (Almere business parks)', () => {
    const view = api.area('GM0034')!;
    const uithof = view.buurten.find((b) => b.code === 'BU00340304')!;
    expect(typeof uithof.figures.age65plus).toBe('string');
    expect(uithof.figures.age65plus).not.toBe(0);
  });

  test('unknown or non-gemeente codes give null', () => {
    expect(api.area('GM9999')).toBeNull();
    expect(api.area('WK198210')).toBeNull();
  });

  test('search finds Mill (a wijk in Land van Cuijk) and Helmond (a gemeente) first', () => {
    const mill = api.search('Mill');
    expect(mill.some((h) => h.code === 'WK198210' && h.gemeenteName === 'Land van Cuijk')).toBe(true);
    expect(api.search('helmond')[0]).toEqual({ code: 'GM0794', name: 'Helmond', level: 'gemeente', gemeenteName: null });
    expect(api.search('GM1982')[0].code).toBe('GM1982');
    expect(api.search('Mill', 5)).toHaveLength(5);
  });

  test('an empty query lists all gemeenten by name', () => {
    const all = api.search('');
    expect(all).toHaveLength(342);
    expect(all.every((h) => h.level === 'gemeente')).toBe(true);
    expect(all[0].name.localeCompare(all[1].name, 'nl')).toBeLessThanOrEqual(0);
  });

  test('a bad file is reported in both languages, without throwing', async () => {
    const bad = createDataApi(async () => new TextEncoder().encode('foo,bar\n1,2\n').buffer as ArrayBuffer);
    const result = await bad.loadTable({ url: 'x', file: 'rommel.csv' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.nl).toContain('rommel.csv');
      expect(result.error.en).toContain('rommel.csv');
      expect(result.error.nl).not.toBe(result.error.en);
    }
    expect(() => bad.search('x')).toThrow();
  });
});
