/**
 * The same CBS rows in every downloaded form must come out as the same records: Land van Cuijk
 * (NL00 + GM1982 with 33 wijken and 101 buurten, real 2024 values) as kwb short names (Dutch
 * Excel: `;`, decimal comma, Windows-1252), OData keys (padded strings, 2024 suffixes, names in
 * WijkenEnBuurten) and a StatLine download (BOM, quoted, `;`, decimal comma, thousands dot).
 */
import { describe, expect, it } from 'vitest';
import { readCbsTable } from '../../src/data/cbs/index.ts';
import { regionsWithin } from '../../src/data/regions.ts';
import type { RegionRecord } from '../../src/data/types.ts';
import { toUtf16le, toWindows1252 } from '../fixtures/encode.ts';
import { LVC_FORMS, bundledTable, fixture, roundingTolerance } from './helpers.ts';

/** What must agree between forms: everything but the line number and the missing reason's spelling. */
const comparable = (r: RegionRecord) => ({ code: r.code, name: r.name, level: r.level, parent: r.parent, gemeente: r.gemeente, values: r.values, missingKeys: Object.keys(r.missing).sort() });

const reference = () => bundledTable().regions.filter((r) => r.code === 'NL00' || r.gemeente === 'GM1982').map(comparable);

describe('each download form of Land van Cuijk', () => {
  it.each(LVC_FORMS.map((f, i) => [f, ['kwb', 'odata', 'statline'][i]]))('%s reads as form %s with the bundled values', (file, form) => {
    const table = readCbsTable(fixture(file), file);
    expect(table.form).toBe(form);
    expect(table.warnings).toEqual([]);
    expect(table.regions.map(comparable)).toEqual(reference());
    expect(table.columns).toEqual(['inhabitants', 'age0to14', 'age65plus', 'households', 'householdSize', 'density', 'singleFamilyShare', 'ownerShare', 'gpDistanceKm', 'landAreaHa', 'urbanity', 'addressDensity']);
  });

  it.each(LVC_FORMS)('%s: 101 buurten whose 65+ add up to the gemeente figure within CBS rounding', (file) => {
    const table = readCbsTable(fixture(file), file);
    const buurten = regionsWithin(table, 'GM1982', 'buurt');
    expect(buurten).toHaveLength(101);
    const sum = buurten.reduce((s, b) => s + (b.values.age65plus ?? 0), 0);
    expect(Math.abs(sum - table.byCode.get('GM1982')!.values.age65plus!)).toBeLessThanOrEqual(roundingTolerance(101));
  });

  it('takes a string, a Uint8Array or an ArrayBuffer alike', () => {
    const bytes = fixture('land-van-cuijk-odata.csv');
    const fromText = readCbsTable(new TextDecoder().decode(bytes), 'x.csv').regions.map(comparable);
    expect(readCbsTable(bytes, 'x.csv').regions.map(comparable)).toEqual(fromText);
    expect(readCbsTable(bytes.slice().buffer, 'x.csv').regions.map(comparable)).toEqual(fromText);
  });

  it('reads the StatLine form re-encoded as Windows-1252 and as UTF-16 (Excel "Unicode-tekst")', () => {
    const text = new TextDecoder().decode(fixture('land-van-cuijk-statline.csv'));
    for (const bytes of [toWindows1252(text.replace(/^\uFEFF/, '')), toUtf16le(text.replace(/^\uFEFF/, ''))]) {
      expect(readCbsTable(bytes, 'x.csv').regions.map(comparable)).toEqual(reference());
    }
  });
});

describe('Frisian names in Windows-1252', () => {
  const table = readCbsTable(fixture('frisian-kwb-cp1252.csv'), 'frisian.csv');

  it('decodes â and ú and says it read Windows-1252', () => {
    expect(table.byCode.get('BU00804101')?.name).toBe('Nijlân');
    expect(table.byCode.get('WK008041')?.name).toBe('Nijlân & De Zwette');
    expect(table.byCode.get('GM1900')?.name).toBe('Súdwest-Fryslân');
    // The excerpt holds one wijk of Súdwest-Fryslân (and part of a wijk's buurten): said, not hidden.
    expect(table.warnings[0].code).toBe('encoding');
    expect(table.warnings.slice(1).every((w) => w.code === 'missing-parts')).toBe(true);
  });

  it('gives the same names as the UTF-8 bundled table', () => {
    for (const r of table.regions) expect(r.name).toBe(bundledTable().byCode.get(r.code)?.name);
  });
});

describe('a raw OData dump (84799NED, 2020, 118 columns)', () => {
  const table = readCbsTable(fixture('kwb-2020-84799NED-almere.csv'), 'kwb-2020.csv');

  it('finds codes in WijkenEnBuurten, variables by key stem, and names only where the file has them', () => {
    expect(table.form).toBe('odata');
    const almere = table.byCode.get('GM0034')!;
    // CBS checks 2020 (data/SOURCES.md): Almere 211,893 inhabitants, 24,891 aged 65+.
    expect(almere.values).toMatchObject({ inhabitants: 211_893, age65plus: 24_891, households: 89_319, onePersonHouseholds: 28_774, age45to64: 60_899 });
    expect(almere.name).toBe('Almere');
    // The dump has no wijk/buurt names: the code stands in, with a warning.
    expect(table.byCode.get('WK003401')?.name).toBe('WK003401');
    expect(table.warnings.map((w) => w.code)).toEqual(['no-names']);
  });

  it('keeps the empty housing theme as missing, never as 0', () => {
    const almere = table.byCode.get('GM0034')!;
    expect(almere.values.corporationShare).toBeUndefined();
    expect(almere.missing.corporationShare).toBe('blank');
    expect(table.columns).toContain('corporationShare');
  });

  it('keeps the levels apart', () => {
    const count = (level: string) => table.regions.filter((r) => r.level === level).length;
    expect([count('land'), count('gemeente'), count('wijk'), count('buurt')]).toEqual([1, 1, 6, 67]); // SOURCES.md: Almere had 67 buurten in 2020
  });
});
