/**
 * Cell-level behaviour of the CBS reader: special values stay missing (never 0), number notations,
 * header variants (OData suffixes, StatLine labels with double spaces, title and source lines),
 * levels and parents from the code.
 */
import { describe, expect, it } from 'vitest';
import { readCbsTable } from '../../src/data/cbs/index.ts';
import { expectInputError } from './helpers.ts';

const read = (text: string) => readCbsTable(text, 'test.csv');

describe('CBS special values', () => {
  const table = read(
    [
      'regio_code;naam;a_inw;a_65_oo;a_hh;p_koopw;g_hhgro',
      'GM1982;Land van Cuijk;91722;21992;39678;69;2,3',
      'BU19820101;Oud Velp;.;x;-;?;',
      'BU19820103;Nieuw Velp;505;X;165; . ;-99999999',
    ].join('\n') + '\n', // a download ends its last line (an unterminated last row is set aside: rows.ts)
  );
  const [, oudVelp, nieuwVelp] = table.regions;

  it('keeps . x - ? and blank as their reason, with no value', () => {
    expect(oudVelp.values).toEqual({});
    expect(oudVelp.missing).toEqual({ inhabitants: 'unknown', age65plus: 'secret', households: 'nil', ownerShare: 'uncertain', householdSize: 'blank' });
  });

  it('trims padded specials, accepts X, reads the kaart sentinel -99999999 as unknown', () => {
    expect(nieuwVelp.values).toEqual({ inhabitants: 505, households: 165 });
    expect(nieuwVelp.missing).toEqual({ age65plus: 'secret', ownerShare: 'unknown', householdSize: 'unknown' });
  });

  it('never turns a missing count into 0', () => {
    for (const r of table.regions) for (const v of Object.keys(r.missing)) expect(r.values).not.toHaveProperty(v);
  });
});

describe('number notations', () => {
  it('reads a thousands point in whole counts when no decimal shows the style', () => {
    const t = read('"Regioaanduiding/Codering (code)";"Bevolking/Aantal inwoners (aantal)"\n"GM1982    ";"91.722"\n"NL00";"17.942.942"\n');
    expect(t.byCode.get('GM1982')?.values.inhabitants).toBe(91_722);
    expect(t.byCode.get('NL00')?.values.inhabitants).toBe(17_942_942);
  });

  it('reads a decimal comma with thousands points', () => {
    const t = read('gwb_code;a_inw;g_hhgro;bev_dich\nGM1982;91.722;2,3;1.234,5\n');
    expect(t.regions[0].values).toEqual({ inhabitants: 91_722, householdSize: 2.3, density: 1234.5 });
  });

  it('reads decimal points, and whole counts written as 21992.0 by pandas', () => {
    const t = read('regio_code,a_inw,a_65_oo,g_hhgro\nGM1982,91722.0,21992,2.3\n');
    expect(t.regions[0].values).toEqual({ inhabitants: 91_722, age65plus: 21_992, householdSize: 2.3 });
  });

  it('rejects a file that mixes decimal marks at the first cell in the other notation', () => {
    const e = expectInputError(() => read('regio_code;a_inw;g_hhgro\nGM1982;91722;2,3\nGM0034;226500;2.3\n'), 'bad-number', { line: 3, column: 3 });
    expect(e.messages.nl).toContain('decimale komma');
  });
});

describe('headers', () => {
  it('resolves OData keys by stem whatever their suffix', () => {
    const a = read('WijkenEnBuurten,AantalInwoners_5,k_65JaarOfOuder_12,HuishoudensTotaal_28,InBezitWoningcorporatie_42\nGM0034,1,1,1,1\n');
    const b = read('WijkenEnBuurten,AantalInwoners_3,k_65JaarOfOuder_99,HuishoudensTotaal_29,InBezitWoningcorporatie_49\nGM0034,1,1,1,1\n');
    expect(a.columns).toEqual(['inhabitants', 'age65plus', 'households', 'corporationShare']);
    expect(b.columns).toEqual(a.columns);
  });

  it('does not confuse the energy column Huurwoning_59 (kWh) with HuurwoningenTotaal (%)', () => {
    const t = read('Codering_3,Huurwoning_59,HuurwoningenTotaal_48\nGM0034,2710,34\n');
    expect(t.regions[0].values).toEqual({ rentalShare: 34 });
  });

  it('reads StatLine labels with double spaces and units, and any column order', () => {
    const t = read('"Bevolking/Leeftijdsgroepen/65 jaar of ouder  (aantal)";"Wijken en buurten";"Regioaanduiding/Codering (code)"\n"5";"Oud Velp";"BU19820101"\n');
    expect(t.regions[0]).toMatchObject({ code: 'BU19820101', name: 'Oud Velp', values: { age65plus: 5 } });
  });

  it('skips a title line above the header and a "Bron: CBS" line below the table, with warnings', () => {
    const t = read('"Kerncijfers wijken en buurten 2024";;\n\n"Wijken en buurten";"Regioaanduiding/Codering (code)";"Bevolking/Aantal inwoners (aantal)"\n"Land van Cuijk";"GM1982";"91.722"\n"Bron: CBS";;\n');
    expect(t.regions).toHaveLength(1);
    expect(t.warnings.map((w) => w.code)).toEqual(['preamble', 'footer']);
  });

  it('ignores columns it does not know and warns about a variable given twice', () => {
    const t = read('regio_code,naam,a_inw,pst_mvp,AantalInwoners_5\nGM1982,Land van Cuijk,91722,5361,1\n');
    expect(t.regions[0].values).toEqual({ inhabitants: 91_722 });
    expect(t.warnings).toMatchObject([{ code: 'duplicate-column', column: 5 }]);
  });
});

describe('codes, levels and parents', () => {
  const t = read(
    ['regio_code,soort_regio,naam,a_inw', 'NL00,Land,Nederland,17942942', 'gm0363 ,Gemeente,Amsterdam,931298', ' WK0363AA,Wijk,Burgwallen-Oude Zijde,4405', 'BU0363AA01,Buurt,Kop Zeedijk,1010', 'BU03630001,Buurt,x,5', ''].join('\n'),
  );

  it('derives level and parent from the code prefix; trims and upper-cases; letters allowed', () => {
    expect(t.regions.map((r) => [r.code, r.level, r.parent, r.gemeente])).toEqual([
      ['NL00', 'land', null, null],
      ['GM0363', 'gemeente', 'NL00', 'GM0363'],
      ['WK0363AA', 'wijk', 'GM0363', 'GM0363'],
      ['BU0363AA01', 'buurt', 'WK0363AA', 'GM0363'],
      ['BU03630001', 'buurt', 'WK036300', 'GM0363'],
    ]);
  });

  it('records the 1-based line of each row', () => {
    expect(t.regions.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
  });

  it('counts lines inside quoted fields that span lines', () => {
    const q = read('regio_code,naam,a_inw\nGM1982,"Land van\nCuijk",91722\nGM0034,Almere,226500\n');
    expect(q.byCode.get('GM0034')?.line).toBe(4);
  });

  it('cross-checks soort_regio with the code, in Dutch or English', () => {
    expect(read('regio_code,recs,a_inw\nGM1982,Municipality,1\n').regions[0].level).toBe('gemeente');
    expectInputError(() => read('regio_code,soort_regio,a_inw\nGM1982,Gemeente,1\nWK198201,Buurt,1\n'), 'kind-mismatch', { line: 3, column: 2 });
  });
});
