/**
 * Issue #13 for src/data and src/core: the readers and the core's checks throw InputErrors made from
 * the engine words (src/i18n/engine), carrying a key and the values as data, while warnings that are
 * stored or posted keep the plain {nl, en} shape (no key or values fields in JSON or worker messages).
 */
import { describe, expect, it } from 'vitest';
import { formatWhere, InputError } from '../../src/core/errors.ts';
import { parseJson } from '../../src/core/json.ts';
import { checkParam } from '../../src/core/params/index.ts';
import { checkKeys } from '../../src/core/suggest.ts';
import { readCbsTable } from '../../src/data/cbs/index.ts';
import { readFieldData } from '../../src/data/field.ts';
import { readGeometry } from '../../src/data/geometry.ts';
import { readRegister } from '../../src/data/register.ts';

function caught(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

const H = 'gwb_code;regio;a_inw;a_65_oo\n';

describe('src/data readers speak through the catalogue', () => {
  it.each([
    [
      'CBS table: a bad code',
      () => readCbsTable(`${H}GM1982;L;10;2\nXX12;b;1;1\n`, 'k.csv'),
      'data.read.badCode',
      { code: 'XX12' },
      "k.csv, regel 3, kolom 1: 'XX12' is geen CBS-regiocode.",
    ],
    [
      'CBS table: a part over its whole',
      () => readCbsTable(`${H}GM1982;L;10;20\n`, 'k.csv'),
      'data.read.partOverWhole',
      { part: 'age65plus', partValue: 20, partHeader: 'a_65_oo', wholeValue: 10, wholeHeader: 'a_inw', rounded: false },
      'meer 65-plussers dan inwoners (20 in a_65_oo, 10 in a_inw)',
    ],
    [
      'CBS table: an impossible value',
      () => readCbsTable(`${H}GM1982;L;-10;2\n`, 'k.csv'),
      'data.read.impossibleValue',
      { text: '-10', column: 'a_inw', problem: 'negativeCount' },
      '-10 in kolom a_inw: een aantal kan niet negatief zijn.',
    ],
    [
      'CBS table: a PDF',
      () => readCbsTable(new TextEncoder().encode('%PDF-1.4\n'), 'k.pdf'),
      'data.decode.binaryKind',
      { kind: 'pdf' },
      'dit is geen tekstbestand maar een PDF-bestand.',
    ],
    [
      'register: an unknown route',
      () => readRegister('founded,buurt,route,members\n2023-04,BU19820101,q,8\n', 'r.csv', { today: '2025-01' }),
      'data.register.route',
      undefined,
      "route 'q' ken ik niet. Verwacht: a (corporatiecomplex), b (buurt), c (indicatie), self",
    ],
    [
      'register: a month that does not exist',
      () => readRegister('founded,buurt,members\n2023-13,BU19820101,8\n', 'r.csv', { today: '2025-01' }),
      'data.registerMonth.noSuchMonth',
      { text: '2023-13' },
      "'2023-13' is geen bestaande maand",
    ],
    [
      'field data: a negative count',
      () => readFieldData('date,area,circles\n2024-06,GM1982,-3\n', 'f.csv'),
      'data.field.countNegative',
      { text: '-3', column: 'circles' },
      '-3 circles: een aantal kan niet negatief zijn.',
    ],
  ])('%s', (_, f, key, values, nl) => {
    const e = caught(f);
    expect(e.key).toBe(key);
    if (values) expect(e.values).toEqual(values);
    expect(e.format('nl')).toContain(nl);
    expect(e.messages.en).not.toBe(e.messages.nl);
  });

  it('a geometry message names the feature by data (number and code), the catalogue says it in words', () => {
    const open = [
      [5, 51],
      [5.01, 51],
      [5.01, 51.01],
      [5, 51.01],
    ];
    const json = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { code: 'BU19820101' }, geometry: { type: 'Polygon', coordinates: [open] } }],
    });
    const e = caught(() => readGeometry(json, 'g.geojson'));
    expect([e.key, e.values]).toEqual(['data.geometryChecks.ringOpen', { feature: { n: 1, code: 'BU19820101' }, last: '[5,51.01]', first: '[5,51]' }]);
    expect(e.messages).toEqual({
      nl: 'object 1 (BU19820101): de ring is niet gesloten: het laatste punt [5,51.01] is niet het eerste [5,51].',
      en: 'feature 1 (BU19820101): the ring is not closed: the last position [5,51.01] is not the first [5,51].',
    });
  });

  it('warnings keep the plain {nl, en} shape, with no key or values in their JSON', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode(`Titel\n${H}GM1982;Cuijk`), 0xe9, ...new TextEncoder().encode(';10;2\nBron: CBS\n')]);
    const { warnings } = readCbsTable(latin1, 'k.csv');
    expect(warnings.map((w) => w.code)).toEqual(['encoding', 'preamble', 'footer']);
    for (const w of warnings) expect(Object.keys(w.messages).sort()).toEqual(['en', 'nl']);
    expect(warnings[1].messages).toEqual({ nl: 'regels boven de kopregel (regel 2) overgeslagen', en: 'lines above the header (line 2) skipped' });
  });
});

describe('src/core checks speak through the catalogue', () => {
  it('parameters, fields, JSON depth and places', () => {
    const unknown = caught(() => checkParam('walkRadiusUrbn', 1));
    expect([unknown.key, unknown.values]).toEqual(['core.params.unknown', { name: 'walkRadiusUrbn', near: ['walkRadiusUrban', 'walkRadiusRural'] }]);
    const range = caught(() => checkParam('wellMixed', 0.5));
    expect(range.key).toBe('core.params.outOfRange');
    expect(range.messages.nl).toBe('wellMixed = 0.5 valt buiten het toegestane bereik 0 … 1, hele getallen (switch)');
    const field = caught(() => checkKeys({ month: 1 }, ['months', 'reps'], ''));
    expect([field.key, field.format('en')]).toEqual([
      'core.suggest.unknownField',
      "field month: unknown field 'month' — did you mean 'months'? Known fields: months, reps.",
    ]);
    const deep = caught(() => parseJson('[[[[', 'json', { file: 'a.json' }, undefined, 2));
    expect([deep.key, deep.values, deep.where]).toEqual(['core.json.tooDeep', { max: 2 }, { file: 'a.json', line: 1, column: 3 }]);
    expect(caught(() => parseJson('{x', 'json', {})).key).toBe('core.json.invalid');
    expect([formatWhere({ file: 'f', line: 1, column: 'naam', field: 'x' }, 'nl'), formatWhere({ line: 2, column: 3 }, 'en')]).toEqual([
      'f, regel 1, kolom naam, veld x',
      'line 2, column 3',
    ]);
  });
});
